import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AddressesService } from './addresses.service';
import { CurrentUser, type Principal } from './auth.decorators';
import { AddressBookDto, AddressDto, AddressViewDto } from './identity.dto';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me/addresses')
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Get()
  @ApiOkResponse({ type: AddressBookDto })
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

  /** Answers with the book as it is now: deleting the default moves it to another address. */
  @Delete(':id')
  @ApiOkResponse({ type: AddressBookDto })
  async remove(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    await this.addresses.remove(user.userId, id);
    return this.addresses.list(user.userId);
  }
}
