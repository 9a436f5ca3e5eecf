import type { Role } from '@bangfu/contracts';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { selectSql } from '../database/rows';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthedRequest, type Principal } from './auth.decorators';
import { TokenService } from './token.service';

/** Every route needs a valid token unless marked @Public(); @Roles narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly db: Database,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (header?.startsWith('Bearer ')) {
      request.principal = await this.current(this.tokens.verify(header.slice('Bearer '.length).trim()));
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

  /** Role and supplier come from the account as it is now, so an approval or a demotion applies at once. */
  private async current(claimed: Principal): Promise<Principal> {
    // Every authenticated request comes here: only the three columns it needs, no entity to hydrate.
    const [user] = await selectSql<{ id: number; role: Role; supplier_id: number | null }>(
      this.db.manager,
      'SELECT id, role, supplier_id FROM users WHERE id = ?',
      [claimed.userId],
    );
    if (!user) throw AppError.unauthenticated('This account no longer exists');
    return { userId: user.id, role: user.role, supplierId: user.supplier_id };
  }
}
