import type { DevSmsView } from '@bangfu/contracts';
import { Logger } from '@nestjs/common';
import type { SmsMessage, SmsSender } from './sms-sender';

/** How many phones the dev SMS box remembers; the oldest is forgotten first. */
const BOX_SIZE = 200;

/**
 * The embedded default's SMS "phone": keeps the last code per number for the dev SMS box and writes it to the
 * log, as the dev cashier stands in for a payment. Production refuses it (create-sms-sender.ts).
 */
export class DevSmsSender implements SmsSender {
  readonly kind = 'dev';
  private readonly logger = new Logger('DevSms');
  private readonly box = new Map<string, DevSmsView>();

  constructor(
    private readonly now: () => Date,
    private readonly validSeconds: number,
  ) {}

  async send({ phone, code, purpose }: SmsMessage): Promise<void> {
    const sentAt = this.now();
    this.box.delete(phone);
    this.box.set(phone, { phone, code, purpose, sentAt: sentAt.toISOString(), expiresAt: new Date(sentAt.getTime() + this.validSeconds * 1000).toISOString() });
    if (this.box.size > BOX_SIZE) this.box.delete(this.box.keys().next().value as string);
    this.logger.log(`SMS code for ${phone} (${purpose}): ${code}`);
  }

  lastTo(phone: string): DevSmsView | undefined {
    return this.box.get(phone);
  }

  /** Newest first. */
  recent(): DevSmsView[] {
    return [...this.box.values()].reverse();
  }
}
