import type { LoginRequest, LoginResponse, RegisterRequest, ResetPasswordRequest, Role, UserView } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from '../database/database';
import { isUniqueViolation } from '../database/errors';
import { hashPassword, verifyPassword } from './password';
import { SmsCodesService } from './sms-codes.service';
import { ThrottleService, type ThrottleRule } from './throttle.service';
import { TokenService } from './token.service';
import { UserEntity } from './user.entity';

/** Failed logins allowed per account in a minute; the sixth waits, even with the right password. */
export const ACCOUNT_LOGIN_RULE: ThrottleRule = { limit: 5, windowMs: 60_000 };
/**
 * Failed logins allowed from one address in ten minutes, whichever accounts they try: high enough that a
 * shared office or school address is not locked out by a few typos, low enough to stop a sweep of accounts.
 */
export const ADDRESS_LOGIN_RULE: ThrottleRule = { limit: 50, windowMs: 10 * 60_000 };

// Compared against when the phone is unknown, so a miss costs as much time as a wrong password.
const DECOY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    phone: user.phone,
    name: user.name,
    role: user.role,
    supplierId: user.supplierId,
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly throttle: ThrottleService,
    private readonly smsCodes: SmsCodesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterRequest, ip: string, now = new Date()): Promise<UserView> {
    await this.throttle.take(
      [{ key: `register:ip:${ip}`, rule: { limit: this.config.registrationsPerAddressPerHour, windowMs: 3600_000 } }],
      now.getTime(),
      'Too many new accounts from this address; try again later',
    );
    if (input.smsCode) await this.smsCodes.spend(input.phone, 'register', input.smsCode);
    else if (this.smsCodes.requiredForSignUp) throw new AppError(400, 'SMS_CODE_REQUIRED', 'Sign-up needs the SMS code sent to the phone', [{ field: 'smsCode', message: 'is required' }]);
    return toUserView(await this.createUser({ ...input, role: 'shopper' }));
  }

  /** Creates an account; used by registration, demo data and staff tooling. */
  async createUser(input: RegisterRequest & { role: Role; supplierId?: number | null }): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    const taken = () => AppError.conflict('PHONE_TAKEN', 'An account with this phone number already exists', { field: 'phone' });
    try {
      return await this.db.transaction(async (m) => {
        if (await m.existsBy(UserEntity, { phone: input.phone })) throw taken();
        return m.save(m.create(UserEntity, { phone: input.phone, name: input.name, passwordHash, role: input.role, supplierId: input.supplierId ?? null }));
      });
    } catch (error) {
      // Two sign-ups of one phone at once: the unique index lets one in and the other is the same 409.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }

  /**
   * The applicant of an approved application now acts for the supplier. One account acts for at most one
   * supplier: an account bound since, or no longer a shopper, is not bound again (false).
   */
  async bindToSupplier(m: EntityManager, userId: number, supplierId: number): Promise<boolean> {
    return Boolean((await m.update(UserEntity, { id: userId, supplierId: IsNull(), role: 'shopper' }, { supplierId, role: 'supplier' })).affected);
  }

  /** Holds the account's row to the end of the transaction, so two requests deciding on it run one after the other. */
  async holdAccount(m: EntityManager, userId: number): Promise<void> {
    await m.update(UserEntity, { id: userId }, { updatedAt: new Date() });
  }

  /**
   * By password: a try is counted against the account and the address before the password is checked, so
   * parallel guesses cannot all pass; the right password clears the account's count and gives the address its
   * try back. By SMS code: the code's own lockout counts the tries (SmsCodesService.spend).
   */
  async login(input: LoginRequest, ip: string, now = new Date()): Promise<LoginResponse> {
    if (input.smsCode !== undefined) {
      await this.smsCodes.spend(input.phone, 'login', input.smsCode);
      const user = await this.db.manager.findOneBy(UserEntity, { phone: input.phone });
      if (!user) throw new AppError(401, 'INVALID_CREDENTIALS', 'Wrong phone number or SMS code');
      return this.session(user, now);
    }
    const account = `login:phone:${input.phone}`;
    const address = `login:ip:${ip}`;
    await this.throttle.take(
      [
        { key: account, rule: ACCOUNT_LOGIN_RULE },
        { key: address, rule: ADDRESS_LOGIN_RULE },
      ],
      now.getTime(),
      'Too many failed logins; wait a minute and try again',
    );
    const user = await this.db.manager.findOneBy(UserEntity, { phone: input.phone });
    const ok = await verifyPassword(input.password ?? '', user?.passwordHash ?? DECOY_HASH);
    if (!user || !ok) throw new AppError(401, 'INVALID_CREDENTIALS', 'Wrong phone number or password');
    await this.throttle.forgive({ emptied: [account], returned: [address] });
    return this.session(user, now);
  }

  /** A forgotten password is replaced once the phone is proven; the account's failed logins are forgiven. */
  async resetPassword(input: ResetPasswordRequest, now = new Date()): Promise<LoginResponse> {
    await this.smsCodes.spend(input.phone, 'reset_password', input.smsCode);
    const passwordHash = await hashPassword(input.password);
    await this.db.manager.update(UserEntity, { phone: input.phone }, { passwordHash });
    const user = await this.db.manager.findOneBy(UserEntity, { phone: input.phone });
    if (!user) throw new AppError(404, 'ACCOUNT_NOT_FOUND', 'No account has this phone number');
    await this.throttle.forgive({ emptied: [`login:phone:${input.phone}`] });
    return this.session(user, now);
  }

  private session(user: UserEntity, now: Date): LoginResponse {
    const { accessToken, expiresAt } = this.tokens.issue({ userId: user.id, role: user.role, supplierId: user.supplierId }, now.getTime());
    return { accessToken, expiresAt: expiresAt.toISOString(), user: toUserView(user) };
  }

  async me(userId: number): Promise<UserView> {
    const user = await this.db.manager.findOneBy(UserEntity, { id: userId });
    if (!user) throw AppError.unauthenticated('This account no longer exists');
    return toUserView(user);
  }
}
