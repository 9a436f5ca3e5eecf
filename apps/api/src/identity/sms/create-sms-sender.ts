import { SMS_CODE_RULES } from '@bangfu/contracts';
import type { AppConfig } from '../../config/config';
import { AliyunSmsSender } from './aliyun-sms-sender';
import { DevSmsSender } from './dev-sms-sender';
import type { SmsSender } from './sms-sender';

/** Aliyun SMS when its keys are configured; otherwise the dev SMS box, which production refuses. */
export function createSmsSender(config: AppConfig, now: () => Date): SmsSender {
  if (config.aliyunSms) return new AliyunSmsSender(config.aliyunSms);
  if (config.env === 'production') {
    throw new Error('SMS: set ALIYUN_SMS_ACCESS_KEY_ID, ALIYUN_SMS_ACCESS_KEY_SECRET, ALIYUN_SMS_SIGN_NAME and ALIYUN_SMS_TEMPLATE_CODE; the dev SMS box does not run in production');
  }
  return new DevSmsSender(now, SMS_CODE_RULES.validSeconds);
}
