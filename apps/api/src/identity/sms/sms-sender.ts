import type { SmsPurpose } from '@bangfu/contracts';

/** One text message carrying a code; the provider words it from its approved template. */
export interface SmsMessage {
  phone: string;
  code: string;
  purpose: SmsPurpose;
}

/** Sends SMS codes: the dev SMS box in the embedded default, Aliyun SMS when its keys are set. */
export interface SmsSender {
  readonly kind: 'dev' | 'aliyun';
  /** Resolves once the provider accepted the message; throws SmsNotSentError when it refused. */
  send(message: SmsMessage): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** The provider refused or could not be reached; its own code goes to the log, never to the shopper. */
export class SmsNotSentError extends Error {
  constructor(
    readonly providerCode: string,
    message: string,
  ) {
    super(`SMS not sent (${providerCode}): ${message}`);
  }
}
