import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../identity/auth.decorators';
import { CatalogService } from './catalog.service';

@ApiTags('catalog')
@Public()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('counties')
  counties() {
    return this.catalog.counties();
  }

  @Get('categories')
  categories() {
    return this.catalog.categories();
  }
}
