import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../identity/auth.decorators';
import { CategoryListDto, CountyListDto, CountyTownsDto, PublicProductViewDto, PublicSupplierViewDto } from './catalog.dto';
import { CatalogService } from './catalog.service';

@ApiTags('catalog')
@Public()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('counties')
  @ApiOkResponse({ type: CountyListDto })
  counties() {
    return this.catalog.counties();
  }

  @Get('counties/:code/towns')
  @ApiOkResponse({ type: CountyTownsDto })
  countyTowns(@Param('code') code: string) {
    return this.catalog.countyTowns(code);
  }

  @Get('categories')
  @ApiOkResponse({ type: CategoryListDto })
  categories() {
    return this.catalog.categories();
  }

  @Get('products/:id')
  @ApiOkResponse({ type: PublicProductViewDto })
  product(@Param('id', ParseIntPipe) id: number) {
    return this.catalog.product(id);
  }

  @Get('suppliers/:id')
  @ApiOkResponse({ type: PublicSupplierViewDto })
  supplier(@Param('id', ParseIntPipe) id: number) {
    return this.catalog.supplier(id);
  }
}
