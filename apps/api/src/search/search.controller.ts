import { ReindexStatus, SearchQuery, SearchResponse, SuggestQuery, SuggestResponse, SynonymGroups } from '@bangfu/contracts';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Public, Roles } from '../identity/auth.decorators';
import { SearchIndexer } from './search-indexer';
import { SearchService } from './search.service';
import { SynonymsService } from './synonyms.service';

class SearchQueryDto extends createZodDto(SearchQuery) {}
class SearchResponseDto extends createZodDto(SearchResponse) {}
class SuggestQueryDto extends createZodDto(SuggestQuery) {}
class SuggestResponseDto extends createZodDto(SuggestResponse) {}
class SynonymGroupsDto extends createZodDto(SynonymGroups) {}
class ReindexStatusDto extends createZodDto(ReindexStatus) {}

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly indexer: SearchIndexer,
    private readonly synonyms: SynonymsService,
  ) {}

  @Public()
  @Get('search')
  @ApiOkResponse({ type: SearchResponseDto })
  find(@Query() query: SearchQueryDto) {
    return this.search.search(query);
  }

  @Public()
  @Get('search/suggest')
  @ApiOkResponse({ type: SuggestResponseDto })
  suggest(@Query() query: SuggestQueryDto) {
    return this.search.suggest(query.q);
  }

  @ApiBearerAuth()
  @Roles('staff')
  @Get('association/search/synonyms')
  @ApiOkResponse({ type: SynonymGroupsDto })
  getSynonyms() {
    return this.synonyms.get();
  }

  @ApiBearerAuth()
  @Roles('staff')
  @Put('association/search/synonyms')
  @ApiOkResponse({ type: SynonymGroupsDto })
  replaceSynonyms(@Body() body: SynonymGroupsDto) {
    return this.synonyms.replace(body);
  }

  /** Rebuilds this instance's index from the database in the background; poll the GET for progress. */
  @ApiBearerAuth()
  @Roles('staff')
  @Post('association/search/reindex')
  @HttpCode(202)
  @ApiOkResponse({ type: ReindexStatusDto })
  reindex() {
    return this.indexer.startReindex();
  }

  @ApiBearerAuth()
  @Roles('staff')
  @Get('association/search/reindex')
  @ApiOkResponse({ type: ReindexStatusDto })
  reindexStatus() {
    return this.indexer.reindexStatus();
  }
}
