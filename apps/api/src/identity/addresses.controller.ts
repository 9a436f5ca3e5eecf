import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AddressesService } from './addresses.service';
import { CurrentUser, type Principal } from './auth.decorators';
import { AddressDto, AddressViewDto } from './identity.dto';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me/addresses')
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Get()
  list(@CurrentUser() user: Principal) {
    return this.addresses.list(user.userId);
  }

  @Post()
  @ApiCreatedResponse({ type: AddressViewDto })
  add(@CurrentUser() user: Principal, @Body() body: AddressDto) {
    return this.addresses.add(user.userId, body);
  }

  @Put(':id')
  @ApiOkResponse({ type: AddressViewDto })
  update(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: AddressDto) {
    return this.addresses.update(user.userId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.addresses.remove(user.userId, id);
  }
}
