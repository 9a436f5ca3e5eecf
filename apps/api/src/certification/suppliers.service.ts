import {
  countyNameOf,
  type RenewalNotice,
  type SupplierAdminView,
  type SupplierListQuery,
  type SupplierProfileView,
  type SupplierStatus,
} from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProductEntity } from '../catalog/catalog.entities';
import { AppError } from '../common/app-error';
import { Clock, daysBetween } from '../common/clock';
import { Database } from '../database/database';
import { ownSupplierId, type Principal } from '../identity/auth.decorators';
import { OutboxService } from '../outbox/outbox.service';
import { OPEN_APPLICATION_STATUSES } from './applications.service';
import { suppliers } from './certification-processes';
import { CertificateEntity, SupplierApplicationEntity, SupplierEntity } from './certification.entities';

/** Suppliers see the renewal notice from this many days before their certificate runs out. */
export const RENEWAL_NOTICE_DAYS = 30;

type Loaded = SupplierEntity & { certificate?: CertificateEntity | null };

@Injectable()
export class SuppliersService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async list(query: SupplierListQuery): Promise<{ items: SupplierAdminView[]; total: number }> {
    const q = this.withCertificate()
      .orderBy('s.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status) q.andWhere('s.status = :status', { status: query.status });
    if (query.county) q.andWhere('s.county_code = :county', { county: query.county });
    if (query.q) q.andWhere('(s.name LIKE :q OR s.credit_code LIKE :q)', { q: `%${query.q}%` });
    const [rows, total] = await q.getManyAndCount();
    const counts = await this.productCounts(rows.map((r) => r.id));
    return { items: rows.map((r) => toAdminView(r, counts.get(r.id) ?? 0)), total };
  }

  async get(id: number): Promise<SupplierAdminView> {
    const supplier = await this.withCertificate().where('s.id = :id', { id }).getOne();
    if (!supplier) throw AppError.notFound('Supplier', id);
    return toAdminView(supplier, (await this.productCounts([id])).get(id) ?? 0);
  }

  /** Which of these ids name no supplier. */
  async unknown(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const found = await this.db.manager.find(SupplierEntity, { where: { id: In(ids) }, select: { id: true } });
    const known = new Set(found.map((s) => s.id));
    return ids.filter((id) => !known.has(id));
  }

  /** The supplier's own view, with the renewal notice it needs to act on. */
  async profile(user: Principal): Promise<SupplierProfileView> {
    const view = await this.get(ownSupplierId(user));
    return { ...view, renewal: await this.renewalNotice(view.id, view) };
  }

  suspend(staff: Principal, id: number, reason: string): Promise<SupplierAdminView> {
    return this.move(staff, id, { to: 'suspended', action: 'supplier.suspended', reason });
  }

  async reinstate(staff: Principal, id: number, reason: string | null): Promise<SupplierAdminView> {
    const supplier = await this.get(id);
    if (supplier.status === 'suspended' && (!supplier.certificate || supplier.certificate.validUntil < this.clock.today())) {
      throw AppError.conflict('CERTIFICATE_EXPIRED', 'The supplier certificate has expired; the supplier must renew it first');
    }
    return this.move(staff, id, { to: 'active', action: 'supplier.reinstated', reason });
  }

  /** A guarded status change, its audit entry and its outbox event in one transaction. */
  private async move(
    staff: Principal,
    id: number,
    change: { to: SupplierStatus; action: string; reason: string | null },
  ): Promise<SupplierAdminView> {
    await this.db.transaction(async (m) => {
      const before = await m.findOneBy(SupplierEntity, { id });
      if (!before) throw AppError.notFound('Supplier', id);
      const status = before.status;
      await suppliers.move(m, before, change.to, undefined);
      await this.audit.record(m, {
        actorUserId: staff.userId,
        action: change.action,
        subjectType: 'supplier',
        subjectId: id,
        before: { status },
        after: { status: change.to },
        reason: change.reason,
      });
      await this.outbox.emit(m, 'supplier.changed', { type: 'supplier', id }, { status: change.to });
    });
    return this.get(id);
  }

  private async renewalNotice(supplierId: number, view: SupplierAdminView): Promise<RenewalNotice | null> {
    if (!view.certificate) return null;
    const daysLeft = daysBetween(this.clock.today(), view.certificate.validUntil);
    const renewalPending = await this.db.manager.existsBy(SupplierApplicationEntity, {
      supplierId,
      kind: 'renewal',
      status: In(OPEN_APPLICATION_STATUSES),
    });
    return {
      certificateNo: view.certificate.no,
      validUntil: view.certificate.validUntil,
      daysLeft,
      due: daysLeft <= RENEWAL_NOTICE_DAYS && !renewalPending,
      renewalPending,
    };
  }

  private withCertificate() {
    return this.db.manager.createQueryBuilder(SupplierEntity, 's').leftJoinAndMapOne('s.certificate', CertificateEntity, 'c', 'c.id = s.certificate_id');
  }

  private async productCounts(supplierIds: number[]): Promise<Map<number, number>> {
    if (supplierIds.length === 0) return new Map();
    const rows: { id: number; n: string | number }[] = await this.db.manager
      .createQueryBuilder(ProductEntity, 'p')
      .select('p.supplier_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('p.supplier_id IN (:...ids)', { ids: supplierIds })
      .groupBy('p.supplier_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
  }
}

function toAdminView(s: Loaded, productCount: number): SupplierAdminView {
  return {
    id: s.id,
    name: s.name,
    creditCode: s.creditCode,
    entityType: s.entityType,
    countyCode: s.countyCode,
    countyName: countyNameOf(s.countyCode),
    town: s.town,
    village: s.village,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    householdsLinked: s.householdsLinked,
    status: s.status,
    certificate: s.certificate
      ? { no: s.certificate.no, validFrom: s.certificate.validFrom, validUntil: s.certificate.validUntil, status: s.certificate.status }
      : null,
    productCount,
    createdAt: new Date(s.createdAt).toISOString(),
  };
}
