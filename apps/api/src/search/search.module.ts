import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { APP_CONFIG } from '../config/config';
import { createEngine } from './create-engine';
import { SearchDocuments } from './search-documents';
import { SEARCH_ENGINE } from './search-engine';
import { SearchIndexer } from './search-indexer';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';
import { SynonymsService } from './synonyms.service';
import { TextNormalizer } from './text/text-normalizer';

@Module({
  imports: [OutboxModule],
  controllers: [SearchController],
  providers: [
    { provide: TextNormalizer, useFactory: () => new TextNormalizer() },
    { provide: SEARCH_ENGINE, inject: [APP_CONFIG, TextNormalizer], useFactory: createEngine },
    SearchDocuments,
    SynonymsService,
    SearchIndexer,
    SearchService,
  ],
  exports: [SearchService, SearchIndexer],
})
export class SearchModule {}
