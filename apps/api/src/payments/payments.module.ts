import { Module, type DynamicModule } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { createPaymentProvider } from './create-provider';
import { DevCashierController } from './dev/dev-cashier.controller';
import { PAYMENT_PROVIDER } from './payment-provider';
import { PaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';
import { ReconciliationJob } from './reconciliation.job';

@Module({})
export class PaymentsModule {
  /** The dev cashier's routes exist only when Alipay is not configured. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PaymentsModule,
      global: true,
      controllers: config.alipay ? [PaymentsController] : [PaymentsController, DevCashierController],
      providers: [
        { provide: PAYMENT_PROVIDER, inject: [APP_CONFIG, Clock], useFactory: (c: AppConfig, clock: Clock) => createPaymentProvider(c, () => clock.now()) },
        PaymentsService,
        ReconciliationJob,
      ],
      exports: [PaymentsService],
    };
  }
}
