import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ProductAdminViewDto, ProductDecisionListDto, ProductDraftDto, ProductListQueryDto, ProductPatchDto, ProductAdminListDto, UnlistDto } from './catalog.dto';
import { SupplierProductsService } from './supplier-products.service';

/** A supplier's own products; another supplier's product answers 403. */
@ApiTags('supplier')
@ApiBearerAuth()
@Roles('supplier')
@Controller('supplier/products')
export class SupplierProductsController {
  constructor(private readonly products: SupplierProductsService) {}

  @Post()
  @ApiOkResponse({ type: ProductAdminViewDto })
  create(@CurrentUser() user: Principal, @Body() body: ProductDraftDto) {
    return this.products.create(user, body);
  }

  @Get()
  @ApiOkResponse({ type: ProductAdminListDto })
  listOwn(@CurrentUser() user: Principal, @Query() query: ProductListQueryDto) {
    return this.products.list(user, query);
  }

  @Get(':id/decisions')
  @ApiOkResponse({ type: ProductDecisionListDto })
  decisions(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.products.decisions(user, id);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProductAdminViewDto })
  get(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.products.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProductAdminViewDto })
  update(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ProductPatchDto) {
    return this.products.update(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductAdminViewDto })
  submit(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.products.submit(user, id);
  }

  @Post(':id/list')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductAdminViewDto })
  list(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.products.setListed(user, id, true);
  }

  @Post(':id/unlist')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductAdminViewDto })
  unlist(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: UnlistDto) {
    return this.products.setListed(user, id, false, body.reason);
  }

  @Post(':id/renew')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductAdminViewDto })
  renew(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.products.renew(user, id);
  }
}
