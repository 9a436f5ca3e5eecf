import type { Role } from '@bangfu/contracts';
import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../common/app-error';

export const IS_PUBLIC = 'bangfu:public';
export const REQUIRED_ROLES = 'bangfu:roles';

/** The signed-in user as the token says; services load more when they need it. */
export interface Principal {
  userId: number;
  role: Role;
  supplierId: number | null;
}

/** The supplier the caller acts for; an account acting for none is refused. */
export function ownSupplierId(user: Principal): number {
  if (user.supplierId === null) throw AppError.forbidden('This account does not act for a supplier');
  return user.supplierId;
}

export type AuthedRequest = Request & { principal?: Principal };

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call this route; admin may call every staff route. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().principal;
});
