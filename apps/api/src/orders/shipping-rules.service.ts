import type { ShippingRule } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import type { Principal } from '../identity/auth.decorators';
import { ShippingRuleEntity } from './orders.entities';

/** A supplier that has set no rule ships for free. */
export const NO_SHIPPING_FEE: ShippingRule = { flatFeeFen: 0, freeOverFen: null };

/** Each supplier's shipping rule, which checkout applies to the supplier's order. */
@Injectable()
export class ShippingRulesService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  async own(user: Principal): Promise<ShippingRule> {
    const row = await this.db.manager.findOneBy(ShippingRuleEntity, { supplierId: ownSupplierId(user) });
    return row ? { flatFeeFen: row.flatFeeFen, freeOverFen: row.freeOverFen } : NO_SHIPPING_FEE;
  }

  /** Applies to orders placed from now on; placed orders keep the fee they were charged. */
  async set(user: Principal, rule: ShippingRule): Promise<ShippingRule> {
    const supplierId = ownSupplierId(user);
    const before = await this.own(user);
    await this.db.transaction(async (m) => {
      await m.upsert(ShippingRuleEntity, { supplierId, flatFeeFen: rule.flatFeeFen, freeOverFen: rule.freeOverFen }, ['supplierId']);
      await this.audit.record(m, {
        actorUserId: user.userId,
        action: 'supplier.shipping_rule_changed',
        subjectType: 'supplier',
        subjectId: supplierId,
        before,
        after: rule,
      });
    });
    return rule;
  }
}

function ownSupplierId(user: Principal): number {
  if (user.supplierId === null) throw AppError.forbidden('This account does not act for a supplier');
  return user.supplierId;
}
