import { countyNameOf, type VillagePointCreate, type VillagePointView } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SuppliersService } from '../certification/suppliers.service';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { isUniqueViolation } from '../database/errors';
import { findRow } from '../database/rows';
import type { Principal } from '../identity/auth.decorators';
import { VillagePointEntity } from './villages.entities';

const CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * vp_ and eight letters or digits without look-alikes (no l, o, 0, 1): short enough to read out in a livestream.
 * `draw(n)` picks in [0, n): random by default, seeded for demo data.
 */
export function villagePointCode(draw: (n: number) => number = randomInt): string {
  return `vp_${Array.from({ length: 8 }, () => CODE_ALPHABET[draw(CODE_ALPHABET.length)]).join('')}`;
}

export function villagePointView(p: VillagePointEntity): VillagePointView {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    countyCode: p.countyCode,
    countyName: countyNameOf(p.countyCode),
    town: p.town,
    village: p.village,
    supplierIds: p.supplierIds,
    createdAt: new Date(p.createdAt).toISOString(),
  };
}

/** Village e-commerce points and the attribution codes that credit them with sales. */
@Injectable()
export class VillagesService {
  constructor(
    private readonly db: Database,
    private readonly suppliers: SuppliersService,
    private readonly audit: AuditService,
  ) {}

  async create(staff: Principal, input: VillagePointCreate): Promise<VillagePointView> {
    const supplierIds = [...new Set(input.supplierIds)];
    const unknown = await this.suppliers.unknown(supplierIds);
    if (unknown.length) throw AppError.invalid('supplierIds', `name no supplier: ${unknown.join(', ')}`);
    for (let attempt = 1; ; attempt++) {
      try {
        const point = await this.db.transaction(async (m) => {
          const saved = await m.save(m.create(VillagePointEntity, { ...input, operatorPhone: input.operatorPhone ?? null, supplierIds, code: villagePointCode() }));
          await this.audit.record(m, { actorUserId: staff.userId, action: 'village_point.registered', subjectType: 'village_point', subjectId: saved.id, after: { code: saved.code, name: saved.name } });
          return saved;
        });
        return villagePointView(point);
      } catch (error) {
        // Two points drew the same code (one in 32^8): draw again.
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  async get(id: number): Promise<VillagePointView> {
    const point = await findRow(this.db.manager, VillagePointEntity, { id });
    if (!point) throw AppError.notFound('Village point', id);
    return villagePointView(point);
  }

  /**
   * True when `ref` is the code of a registered village point. Livestream codes (ls_…) are credited once
   * livestreams are registered; until then no livestream code is known.
   */
  async isKnownRef(m: EntityManager, ref: string): Promise<boolean> {
    if (!ref.startsWith('vp_')) return false;
    return (await findRow(m, VillagePointEntity, { code: ref })) !== null;
  }
}
