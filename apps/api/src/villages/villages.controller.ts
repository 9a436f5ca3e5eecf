import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles, type Principal } from '../identity/auth.decorators';
import { VillagePointCreateDto, VillagePointViewDto } from './villages.dto';
import { VillagesService } from './villages.service';

@ApiTags('villages')
@Controller()
export class VillagesController {
  constructor(private readonly villages: VillagesService) {}

  @Post('association/village-points')
  @Roles('staff')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: VillagePointViewDto })
  create(@CurrentUser() staff: Principal, @Body() body: VillagePointCreateDto) {
    return this.villages.create(staff, body);
  }

  @Get('village-points/:id')
  @Public()
  @ApiOkResponse({ type: VillagePointViewDto })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.villages.get(id);
  }
}
