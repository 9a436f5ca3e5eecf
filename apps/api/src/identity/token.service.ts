import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { Role } from '@bangfu/contracts';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Principal } from './auth.decorators';

const Claims = z.object({ sub: z.number().int(), role: Role, sid: z.number().int().nullable(), iat: z.number(), exp: z.number() });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = b64({ alg: 'HS256', typ: 'JWT' });

/** HS256 JWTs: stateless, so any API instance can check a token another one issued. */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  issue(principal: Principal, now = Date.now()): { accessToken: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const body = `${HEADER}.${b64({ sub: principal.userId, role: principal.role, sid: principal.supplierId, iat, exp })}`;
    return { accessToken: `${body}.${this.sign(body)}`, expiresAt: new Date(exp * 1000) };
  }

  verify(token: string, now = Date.now()): Principal {
    const [header, payload, signature] = token.split('.');
    if (header !== HEADER || !payload || !signature) throw AppError.unauthenticated('The access token is malformed');
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw AppError.unauthenticated('The access token is not valid');
    }
    const claims = Claims.safeParse(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!claims.success) throw AppError.unauthenticated('The access token is not valid');
    if (claims.data.exp * 1000 <= now) throw AppError.unauthenticated('The access token has expired; sign in again');
    return { userId: claims.data.sub, role: claims.data.role, supplierId: claims.data.sid };
  }

  private sign(data: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(data).digest('base64url');
  }
}
