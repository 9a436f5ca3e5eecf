import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { InventoryService } from './inventory.service';
import { SupplierStockController } from './supplier-stock.controller';
import { SupplierStockService } from './supplier-stock.service';

@Module({
  imports: [OutboxModule],
  controllers: [SupplierStockController],
  providers: [InventoryService, SupplierStockService],
  exports: [InventoryService],
})
export class InventoryModule {}
