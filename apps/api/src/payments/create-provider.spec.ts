import { loadConfig } from '../config/config';
import { createPaymentProvider } from './create-provider';
import { DevPaymentProvider } from './dev/dev-provider';

describe('choosing the payment provider', () => {
  const now = () => new Date();
  const base = { JWT_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/bangfu-provider-spec' };

  it('runs the dev cashier when no Alipay keys are set', () => {
    expect(createPaymentProvider(loadConfig({ ...base, NODE_ENV: 'development' }), now)).toBeInstanceOf(DevPaymentProvider);
  });

  it('refuses to start in production without Alipay', () => {
    expect(() => createPaymentProvider(loadConfig({ ...base, NODE_ENV: 'production' }), now)).toThrow(/ALIPAY_APP_ID.*dev payment provider does not run in production/);
  });
});
