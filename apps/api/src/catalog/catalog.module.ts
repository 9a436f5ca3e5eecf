import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { InventoryModule } from '../inventory/inventory.module';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { ProductsService } from './products.service';
import { SupplierProductsController } from './supplier-products.controller';
import { SupplierProductsService } from './supplier-products.service';

@Module({
  imports: [AuditModule, OutboxModule, InventoryModule],
  controllers: [CatalogController, SupplierProductsController],
  providers: [CatalogService, ProductsService, SupplierProductsService],
  exports: [CatalogService, ProductsService],
})
export class CatalogModule {}
