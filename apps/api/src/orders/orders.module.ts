import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
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
import { ShippingRulesService } from './shipping-rules.service';
import { SupplierOrdersController } from './supplier-orders.controller';
import { SupplierShippingController } from './supplier-shipping.controller';

@Module({
  imports: [AuditModule, CatalogModule, InventoryModule, VillagesModule],
  controllers: [CheckoutController, OrdersController, SupplierOrdersController, SupplierShippingController, AssociationOrdersController],
  providers: [
    OrderTransitions,
    OrderViews,
    CheckoutService,
    OrdersService,
    AfterSalesService,
    OrderSettlement,
    { provide: PAYMENT_SETTLEMENT, useExisting: OrderSettlement },
    OrderJobsService,
    ShippingRulesService,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
