import type { LoginRequest, LoginResponse, RegisterRequest, Role, UserView } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { hashPassword, verifyPassword } from './password';
import { TokenService } from './token.service';
import { LoginFailureEntity, UserEntity } from './user.entity';

/** Failed logins allowed per phone (or per address) in the window before further tries get 429. */
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MS = 60_000;

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
  ) {}

  async register(input: RegisterRequest): Promise<UserView> {
    return toUserView(await this.createUser({ ...input, role: 'shopper' }));
  }

  /** Creates an account; used by registration, demo data and staff tooling. */
  async createUser(input: RegisterRequest & { role: Role; supplierId?: number | null }): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (m) => {
      if (await m.existsBy(UserEntity, { phone: input.phone })) {
        throw AppError.conflict('PHONE_TAKEN', 'An account with this phone number already exists', { field: 'phone' });
      }
      return m.save(
        m.create(UserEntity, {
          phone: input.phone,
          name: input.name,
          passwordHash,
          role: input.role,
          supplierId: input.supplierId ?? null,
        }),
      );
    });
  }

  async login(input: LoginRequest, ip: string, now = new Date()): Promise<LoginResponse> {
    await this.refuseWhileThrottled(input.phone, ip, now);
    const user = await this.db.manager.findOneBy(UserEntity, { phone: input.phone });
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !ok) {
      await this.db.transaction((m) => m.insert(LoginFailureEntity, { phone: input.phone, ip, at: now }));
      throw new AppError(401, 'INVALID_CREDENTIALS', 'Wrong phone number or password');
    }
    const { accessToken, expiresAt } = this.tokens.issue({ userId: user.id, role: user.role, supplierId: user.supplierId }, now.getTime());
    return { accessToken, expiresAt: expiresAt.toISOString(), user: toUserView(user) };
  }

  async me(userId: number): Promise<UserView> {
    const user = await this.db.manager.findOneBy(UserEntity, { id: userId });
    if (!user) throw AppError.unauthenticated('This account no longer exists');
    return toUserView(user);
  }

  /** Counted in the database, so the limit holds across API instances. */
  private async refuseWhileThrottled(phone: string, ip: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
    const failures = this.db.manager.getRepository(LoginFailureEntity);
    const [byPhone, byIp] = await Promise.all([
      failures.countBy({ phone, at: MoreThan(since) }),
      failures.countBy({ ip, at: MoreThan(since) }),
    ]);
    if (byPhone >= LOGIN_FAILURE_LIMIT || byIp >= LOGIN_FAILURE_LIMIT * 4) {
      throw new AppError(429, 'TOO_MANY_REQUESTS', 'Too many failed logins; wait a minute and try again', {
        retryAfterSeconds: Math.ceil(LOGIN_WINDOW_MS / 1000),
      });
    }
  }
}
