import type { ShippingRule } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Database } from '../database/database';
import { ownSupplierId, type Principal } from '../identity/auth.decorators';
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

  own(user: Principal): Promise<ShippingRule> {
    return this.ruleOf(this.db.manager, ownSupplierId(user));
  }

  /** Applies to orders placed from now on; placed orders keep the fee they were charged. */
  async set(user: Principal, rule: ShippingRule): Promise<ShippingRule> {
    const supplierId = ownSupplierId(user);
    await this.db.transaction(async (m) => {
      const before = await this.ruleOf(m, supplierId);
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

  private async ruleOf(m: EntityManager, supplierId: number): Promise<ShippingRule> {
    const row = await m.findOneBy(ShippingRuleEntity, { supplierId });
    return row ? { flatFeeFen: row.flatFeeFen, freeOverFen: row.freeOverFen } : NO_SHIPPING_FEE;
  }
}
