import { Module } from '@nestjs/common';
import { InventoryService } from './inventory.service';
import { SupplierStockController } from './supplier-stock.controller';
import { SupplierStockService } from './supplier-stock.service';

@Module({
  controllers: [SupplierStockController],
  providers: [InventoryService, SupplierStockService],
  exports: [InventoryService],
})
export class InventoryModule {}
