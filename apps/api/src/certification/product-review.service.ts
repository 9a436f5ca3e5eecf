import type { CertifyRequest, CertifyResult, ProductAdminView, ProductListQuery } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProductsService } from '../catalog/products.service';
import { AppError } from '../common/app-error';
import { addYears, Clock } from '../common/clock';
import { Database } from '../database/database';
import type { Principal } from '../identity/auth.decorators';
import { OutboxService } from '../outbox/outbox.service';
import { CertificateIssuer } from './certificate-issuer';
import { certificates } from './certification-processes';
import { CertificateEntity } from './certification.entities';

const DEFAULT_VALIDITY_YEARS = 3;

/** The association's decisions on products: certify (or renew), reject, revoke. */
@Injectable()
export class ProductReviewService {
  constructor(
    private readonly db: Database,
    private readonly products: ProductsService,
    private readonly issuer: CertificateIssuer,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  list(query: ProductListQuery): Promise<{ items: ProductAdminView[]; total: number }> {
    return this.products.list(query);
  }

  get(id: number): Promise<ProductAdminView> {
    return this.products.adminView(id);
  }

  /** Certifies a pending product, or renews a certified one whose supplier asked for it, with a new certificate. */
  async certify(staff: Principal, id: number, request: CertifyRequest): Promise<CertifyResult> {
    const validFrom = this.clock.today();
    const validUntil = request.validUntil ?? addYears(validFrom, DEFAULT_VALIDITY_YEARS);
    if (validUntil <= validFrom) throw AppError.invalid('validUntil', `must be after today (${validFrom})`);
    return this.db.transaction(async (m) => {
      const certified = { renewalRequested: false, reviewReason: null };
      const renewal = !(await this.products.tryMoveStatus(m, { id, status: 'pending' }, 'certified', { set: certified }));
      if (renewal && !(await this.products.tryMoveStatus(m, { id, status: 'certified' }, 'certified', { set: certified, guard: { renewalRequested: true } }))) {
        throw await this.notDecidable(m, id, 'only a pending product, or a certified one awaiting renewal, can be certified');
      }
      const replaced = renewal ? await this.currentCertificate(m, id) : null;
      const certificate = await this.issuer.issue(m, { type: 'product', id }, { from: validFrom, until: validUntil }, staff.userId);
      await this.products.setCertificate(m, id, certificate.id);
      await this.audit.record(m, {
        actorUserId: staff.userId,
        action: 'product.certified',
        subjectType: 'product',
        subjectId: id,
        before: renewal ? { status: 'certified', renewalRequested: true, certificateNo: replaced?.no ?? null } : { status: 'pending' },
        after: { status: 'certified', certificateNo: certificate.no, validFrom, validUntil },
      });
      await this.outbox.emit(m, 'product.changed', { type: 'product', id }, { reason: 'certified' });
      return { certificateNo: certificate.no, validFrom, validUntil, product: await this.products.adminView(id, m) };
    });
  }

  reject(staff: Principal, id: number, reason: string): Promise<ProductAdminView> {
    return this.db.transaction(async (m) => {
      if (!(await this.products.tryMoveStatus(m, { id, status: 'pending' }, 'rejected', { set: { reviewReason: reason } }))) {
        throw await this.notDecidable(m, id, 'only a pending product can be rejected');
      }
      await this.audit.record(m, {
        actorUserId: staff.userId,
        action: 'product.rejected',
        subjectType: 'product',
        subjectId: id,
        before: { status: 'pending' },
        after: { status: 'rejected' },
        reason,
      });
      return this.products.adminView(id, m);
    });
  }

  /** Takes a certified product off sale at once and voids its certificate. */
  revoke(staff: Principal, id: number, reason: string): Promise<ProductAdminView> {
    return this.db.transaction(async (m) => {
      if (!(await this.products.tryMoveStatus(m, { id, status: 'certified' }, 'revoked', { set: { reviewReason: reason, renewalRequested: false } }))) {
        throw await this.notDecidable(m, id, 'only a certified product can be revoked');
      }
      const certificate = await this.currentCertificate(m, id);
      if (certificate && certificates.can(certificate.status, 'revoked')) await certificates.tryMove(m, certificate, 'revoked', undefined);
      await this.audit.record(m, {
        actorUserId: staff.userId,
        action: 'product.revoked',
        subjectType: 'product',
        subjectId: id,
        before: { status: 'certified', certificateNo: certificate?.no ?? null },
        after: { status: 'revoked' },
        reason,
      });
      await this.outbox.emit(m, 'product.changed', { type: 'product', id }, { reason: 'revoked' });
      return this.products.adminView(id, m);
    });
  }

  private async currentCertificate(m: EntityManager, id: number): Promise<CertificateEntity | null> {
    const certificateId = (await this.products.reviewState(m, id))?.certificateId ?? null;
    return certificateId === null ? null : m.findOneBy(CertificateEntity, { id: certificateId });
  }

  private async notDecidable(m: EntityManager, id: number, rule: string): Promise<AppError> {
    const product = await this.products.reviewState(m, id);
    if (!product) return AppError.notFound('Product', id);
    return AppError.conflict('PRODUCT_STATE_CONFLICT', `Product ${id} is ${product.status}; ${rule}`, { status: product.status });
  }
}
