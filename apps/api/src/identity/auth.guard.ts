import type { Role } from '@bangfu/contracts';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/app-error';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthedRequest } from './auth.decorators';
import { TokenService } from './token.service';

/** Every route needs a valid token unless marked @Public(); @Roles narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (header?.startsWith('Bearer ')) {
      request.principal = this.tokens.verify(header.slice('Bearer '.length).trim());
    }
    if (isPublic) return true;
    if (!request.principal) throw AppError.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const role = request.principal.role;
    if (roles && !roles.includes(role) && !(role === 'admin' && roles.includes('staff'))) {
      throw AppError.forbidden(`This needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
