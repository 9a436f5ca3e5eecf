import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { AliyunSmsConfig } from '../../config/config';
import { SmsNotSentError, type SmsMessage, type SmsSender } from './sms-sender';

/** Aliyun SMS (短信服务) through its SDK: one approved template whose only parameter is ${code}. */
export class AliyunSmsSender implements SmsSender {
  readonly kind = 'aliyun';
  private readonly client: Dysmsapi;

  constructor(private readonly config: AliyunSmsConfig) {
    const endpoint = new URL(config.endpoint);
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: config.accessKeyId,
        accessKeySecret: config.accessKeySecret,
        endpoint: endpoint.host,
        protocol: endpoint.protocol.replace(':', ''),
        readTimeout: 5000,
        connectTimeout: 3000,
      }),
    );
  }

  async send({ phone, code }: SmsMessage): Promise<void> {
    let answer: { code?: string; message?: string } | undefined;
    try {
      const response = await this.client.sendSms(
        new SendSmsRequest({ phoneNumbers: phone, signName: this.config.signName, templateCode: this.config.templateCode, templateParam: JSON.stringify({ code }) }),
      );
      answer = response.body;
    } catch (error) {
      throw new SmsNotSentError('UNREACHABLE', error instanceof Error ? error.message : String(error));
    }
    if (answer?.code !== 'OK') throw new SmsNotSentError(answer?.code ?? 'NO_ANSWER', answer?.message ?? 'no answer body');
  }
}
