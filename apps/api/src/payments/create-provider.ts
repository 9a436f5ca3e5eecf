import type { AppConfig } from '../config/config';
import { AlipayProvider } from './alipay/alipay-provider';
import { DevPaymentProvider } from './dev/dev-provider';
import type { PaymentProvider } from './payment-provider';

/** Alipay when its keys are configured; otherwise the dev cashier, which production refuses. */
export function createPaymentProvider(config: AppConfig, now: () => Date): PaymentProvider {
  if (config.alipay) return new AlipayProvider(config.alipay, now);
  if (config.env === 'production') {
    throw new Error('Payments: set ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY and ALIPAY_PUBLIC_KEY; the dev payment provider does not run in production');
  }
  return new DevPaymentProvider(config.jwtSecret, config.publicUrl);
}
