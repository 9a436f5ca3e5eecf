import { DAY_MS, SMS_CODE_RULES, type SmsCodeRequest, type SmsCodeResponse, type SmsPurpose } from '@bangfu/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from '../database/database';
import { SmsCodeEntity } from './sms-code.entity';
import { SMS_SENDER, SmsNotSentError, type SmsSender } from './sms/sms-sender';
import { ThrottleService, type ThrottleRule } from './throttle.service';
import { UserEntity } from './user.entity';

const ONE_A_MINUTE: ThrottleRule = { limit: 1, windowMs: SMS_CODE_RULES.resendSeconds * 1000 };
const TEN_A_DAY: ThrottleRule = { limit: SMS_CODE_RULES.perPhonePerDay, windowMs: DAY_MS };
/** Wrong codes for one phone before it is locked for the rest of the window, whichever code they were aimed at. */
export const WRONG_CODE_LOCKOUT: ThrottleRule = { limit: SMS_CODE_RULES.wrongTriesAllowed, windowMs: 15 * 60_000 };

const invalidCode = () => new AppError(400, 'SMS_CODE_INVALID', 'Wrong or expired SMS code; ask for a new one', [{ field: 'smsCode', message: 'wrong or expired' }]);

/**
 * SMS codes: 6 digits, valid 5 minutes, single use, at most one a minute and ten a day per phone. Only a keyed
 * hash is stored, so a copy of the table gives no usable codes.
 */
@Injectable()
export class SmsCodesService {
  private readonly logger = new Logger('SmsCodes');

  constructor(
    private readonly db: Database,
    private readonly throttle: ThrottleService,
    private readonly clock: Clock,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether sign-up must prove the phone: always with a real SMS provider; the dev box also takes older clients without. */
  get requiredForSignUp(): boolean {
    return this.sender.kind !== 'dev';
  }

  async issue({ phone, purpose }: SmsCodeRequest, ip: string): Promise<SmsCodeResponse> {
    const registered = await this.db.manager.existsBy(UserEntity, { phone });
    if (purpose === 'register' && registered) throw AppError.conflict('PHONE_TAKEN', 'An account with this phone number already exists', { field: 'phone' });
    if (purpose !== 'register' && !registered) throw new AppError(404, 'ACCOUNT_NOT_FOUND', 'No account has this phone number', [{ field: 'phone', message: 'not registered' }]);
    const now = this.clock.now();
    await this.throttle.take(
      [
        { key: `sms:minute:${phone}`, rule: ONE_A_MINUTE },
        { key: `sms:day:${phone}`, rule: TEN_A_DAY },
        { key: `sms:ip:${ip}`, rule: { limit: this.config.smsCodesPerAddressPerHour, windowMs: 3600_000 } },
      ],
      now.getTime(),
      'Too many SMS codes asked for; wait and try again',
    );
    const code = String(randomInt(0, 10 ** SMS_CODE_RULES.digits)).padStart(SMS_CODE_RULES.digits, '0');
    const expiresAt = new Date(now.getTime() + SMS_CODE_RULES.validSeconds * 1000);
    const issued = await this.db.transaction(async (m) => {
      // A new code replaces the one before it: only the latest message on the phone works.
      await m.update(SmsCodeEntity, { phone, purpose, spentAt: IsNull() }, { spentAt: now });
      return m.save(m.create(SmsCodeEntity, { phone, purpose, codeHash: this.hash(phone, purpose, code), expiresAt, spentAt: null, wrongTries: 0 }));
    });
    try {
      await this.sender.send({ phone, code, purpose });
    } catch (error) {
      if (!(error instanceof SmsNotSentError)) throw error;
      this.logger.warn(error.message);
      await this.db.manager.update(SmsCodeEntity, { id: issued.id }, { spentAt: now });
      await this.throttle.forgive({ returned: [`sms:minute:${phone}`, `sms:day:${phone}`, `sms:ip:${ip}`] });
      throw new AppError(502, 'SMS_NOT_SENT', 'The SMS could not be sent; try again later');
    }
    return { expiresAt: expiresAt.toISOString(), resendAt: new Date(now.getTime() + ONE_A_MINUTE.windowMs).toISOString() };
  }

  /**
   * Spends the phone's latest code for the purpose, or refuses. A try is counted before the code is compared,
   * so parallel guesses cannot all pass; the right code clears the count. The claim is one guarded update, so
   * of two requests with the same code only one goes through.
   */
  async spend(phone: string, purpose: SmsPurpose, code: string): Promise<void> {
    const now = this.clock.now();
    const lockout = `sms:verify:${phone}`;
    await this.throttle.take([{ key: lockout, rule: WRONG_CODE_LOCKOUT }], now.getTime(), 'Too many wrong SMS codes; wait a while and ask for a new one');
    const latest = await this.db.manager.findOne(SmsCodeEntity, {
      where: { phone, purpose, spentAt: IsNull(), expiresAt: MoreThan(now) },
      order: { id: 'DESC' },
    });
    if (!latest) throw invalidCode();
    if (!this.matches(latest.codeHash, this.hash(phone, purpose, code))) {
      const tries = latest.wrongTries + 1;
      await this.db.manager.update(SmsCodeEntity, { id: latest.id }, tries >= SMS_CODE_RULES.wrongTriesAllowed ? { wrongTries: tries, spentAt: now } : { wrongTries: tries });
      throw invalidCode();
    }
    const claimed = await this.db.manager.update(SmsCodeEntity, { id: latest.id, spentAt: IsNull() }, { spentAt: now });
    if (!claimed.affected) throw invalidCode();
    await this.throttle.forgive({ emptied: [lockout] });
  }

  private hash(phone: string, purpose: SmsPurpose, code: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`sms-code:${phone}:${purpose}:${code}`).digest('hex');
  }

  private matches(stored: string, given: string): boolean {
    return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(given, 'hex'));
  }
}
