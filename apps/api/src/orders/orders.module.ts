import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { InventoryModule } from '../inventory/inventory.module';
import { VillagesModule } from '../villages/villages.module';
import { PAYMENT_SETTLEMENT } from '../payments/payment-settlement';
import { AfterSalesService } from './after-sales.service';
import { AssociationOrdersController } from './association-orders.controller';
import { CheckoutController } from './checkout.controller';
import { CheckoutService } from './checkout.service';
import { OrderJobsService } from './order-jobs.service';
import { OrderTransitions } from './order-process';
import { OrderSettlement } from './order-settlement';
import { OrderViews } from './order-views';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { SupplierOrdersController } from './supplier-orders.controller';

@Module({
  imports: [CatalogModule, InventoryModule, VillagesModule],
  controllers: [CheckoutController, OrdersController, SupplierOrdersController, AssociationOrdersController],
  providers: [
    OrderTransitions,
    OrderViews,
    CheckoutService,
    OrdersService,
    AfterSalesService,
    OrderSettlement,
    { provide: PAYMENT_SETTLEMENT, useExisting: OrderSettlement },
    OrderJobsService,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
