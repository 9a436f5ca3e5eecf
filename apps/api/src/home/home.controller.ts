import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../identity/auth.decorators';
import { HomeSettingsDto, HomeViewDto } from './home.dto';
import { HomeService } from './home.service';

@ApiTags('home')
@Controller()
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Public()
  @Get('home')
  @ApiOkResponse({ type: HomeViewDto })
  view() {
    return this.home.view();
  }

  @Roles('staff')
  @ApiBearerAuth()
  @Get('association/home')
  @ApiOkResponse({ type: HomeSettingsDto })
  settings() {
    return this.home.settings();
  }

  @Roles('staff')
  @ApiBearerAuth()
  @Put('association/home')
  @ApiOkResponse({ type: HomeSettingsDto })
  save(@Body() body: HomeSettingsDto) {
    return this.home.save(body);
  }
}
