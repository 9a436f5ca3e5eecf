import { loadConfig } from '../../config/config';
import { AliyunSmsSender } from './aliyun-sms-sender';
import { createSmsSender } from './create-sms-sender';
import { DevSmsSender } from './dev-sms-sender';

describe('choosing the SMS sender', () => {
  const now = () => new Date();
  const base = { JWT_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/bangfu-sms-spec' };
  const aliyun = { ALIYUN_SMS_ACCESS_KEY_ID: 'id', ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret', ALIYUN_SMS_SIGN_NAME: '帮扶集市', ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1' };

  it('runs the dev SMS box when no Aliyun keys are set', () => {
    expect(createSmsSender(loadConfig({ ...base, NODE_ENV: 'development' }), now)).toBeInstanceOf(DevSmsSender);
  });

  it('refuses to start in production without Aliyun SMS', () => {
    expect(() => createSmsSender(loadConfig({ ...base, NODE_ENV: 'production' }), now)).toThrow(/ALIYUN_SMS_ACCESS_KEY_ID.*dev SMS box does not run in production/);
  });

  it('sends through Aliyun when its keys are set, also in production', () => {
    expect(createSmsSender(loadConfig({ ...base, ...aliyun, NODE_ENV: 'production' }), now)).toBeInstanceOf(AliyunSmsSender);
  });

  it('takes the Aliyun keys all together or not at all', () => {
    expect(() => loadConfig({ ...base, ALIYUN_SMS_ACCESS_KEY_ID: 'id' })).toThrow(/must be set together/);
  });
});
