import {
  APPLICATION_DECISIONS,
  chinaDayBounds,
  type ApplicationDecisionList,
  type ApplicationListQuery,
  type ApplicationStatus,
  type ApplicationView,
  type ApprovalResult,
  type ApproveRequest,
  countyNameOf,
  type RenewalRequest,
  type SupplierApplicationRequest,
} from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { addYears, Clock } from '../common/clock';
import { Database } from '../database/database';
import { isUniqueViolation } from '../database/errors';
import type { Principal } from '../identity/auth.decorators';
import { IdentityService } from '../identity/identity.service';
import { InventoryService } from '../inventory/inventory.service';
import { OutboxService } from '../outbox/outbox.service';
import { UploadsService } from '../uploads/uploads.service';
import { CertificateIssuer } from './certificate-issuer';
import { applications, suppliers } from './certification-processes';
import { CertificateEntity, SupplierApplicationEntity, SupplierEntity } from './certification.entities';

export const OPEN_APPLICATION_STATUSES: ApplicationStatus[] = ['pending', 'changes_requested'];
export const DEFAULT_VALIDITY_YEARS = 3;

type Decision = { to: ApplicationStatus; action: string; reason: string | null };

/** Supplier certification (供应商认定): applications, the association's decisions, certificates. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly uploads: UploadsService,
    private readonly issuer: CertificateIssuer,
    private readonly clock: Clock,
    private readonly identity: IdentityService,
    private readonly inventory: InventoryService,
  ) {}

  async apply(applicant: Principal, input: SupplierApplicationRequest): Promise<ApplicationView> {
    if (applicant.supplierId !== null) {
      throw AppError.conflict('ALREADY_SUPPLIER', 'This account already acts for a certified supplier; apply to renew instead');
    }
    // Separation of duties: whoever certifies suppliers and products never acts for one.
    if (applicant.role === 'staff' || applicant.role === 'admin') {
      throw new AppError(403, 'SEPARATION_OF_DUTIES', 'Association accounts cannot apply to become a supplier; apply with a shopper account');
    }
    await this.uploads.ownDocuments(applicant, input.documents);
    const id = await this.writeOpenApplication(async (m) => {
      await this.refuseSecondOpenApplication(m, applicant.userId);
      await this.refuseTakenCreditCode(m, input.creditCode);
      const application = m.create(SupplierApplicationEntity, {
        ...this.fields(input),
        kind: 'new',
        applicantUserId: applicant.userId,
        supplierId: null,
        status: 'pending',
        submittedAt: this.clock.now(),
      });
      await m.insert(SupplierApplicationEntity, application);
      await this.audit.record(m, {
        actorUserId: applicant.userId,
        action: 'application.submitted',
        subjectType: 'application',
        subjectId: application.id,
        after: { status: 'pending', name: input.name, creditCode: input.creditCode },
      });
      return application.id;
    });
    return this.view(id);
  }

  /** After "changes requested" the applicant edits the application, which goes back to the queue. */
  async resubmit(applicant: Principal, id: number, input: SupplierApplicationRequest): Promise<ApplicationView> {
    const existing = await this.ownApplication(applicant, id);
    await this.uploads.ownDocuments(applicant, input.documents);
    await this.writeOpenApplication(async (m) => {
      if (input.creditCode !== existing.creditCode) await this.refuseTakenCreditCode(m, input.creditCode);
      const resubmitted = { ...this.fields(input), submittedAt: this.clock.now() };
      if (!(await applications.tryMove(m, { id, status: 'changes_requested' }, 'pending', undefined, { set: resubmitted }))) {
        throw AppError.conflict('APPLICATION_NOT_EDITABLE', `Application ${id} is ${existing.status}; only one with changes requested can be resubmitted`);
      }
      await this.audit.record(m, {
        actorUserId: applicant.userId,
        action: 'application.resubmitted',
        subjectType: 'application',
        subjectId: id,
        before: { status: existing.status },
        after: { status: 'pending' },
      });
      return id;
    });
    return this.view(id);
  }

  /** A certified supplier asks for a new certificate before (or after) the current one runs out. */
  async applyForRenewal(applicant: Principal, input: RenewalRequest): Promise<ApplicationView> {
    if (applicant.supplierId === null) throw AppError.forbidden('Only a supplier account can renew its certificate');
    await this.uploads.ownDocuments(applicant, input.documents);
    const supplier = await this.db.manager.findOneByOrFail(SupplierEntity, { id: applicant.supplierId });
    const id = await this.writeOpenApplication(async (m) => {
      const application = m.create(SupplierApplicationEntity, {
        kind: 'renewal',
        applicantUserId: applicant.userId,
        supplierId: supplier.id,
        status: 'pending',
        ...supplierProfile(supplier),
        openCreditCode: supplier.creditCode,
        description: input.note ?? supplier.description,
        documents: input.documents,
        submittedAt: this.clock.now(),
      });
      await m.insert(SupplierApplicationEntity, application);
      await this.audit.record(m, {
        actorUserId: applicant.userId,
        action: 'renewal.requested',
        subjectType: 'supplier',
        subjectId: supplier.id,
        after: { applicationId: application.id },
      });
      return application.id;
    });
    return this.view(id);
  }

  async mine(applicant: Principal): Promise<{ items: ApplicationView[]; total: number }> {
    const rows = await this.db.manager.find(SupplierApplicationEntity, {
      where: { applicantUserId: applicant.userId },
      order: { id: 'DESC' },
    });
    return { items: await this.views(rows), total: rows.length };
  }

  /** Every decision on the applicant's own application with its reason, newest first: a send-back stays readable after approval. */
  async decisionsFor(viewer: Principal, id: number): Promise<ApplicationDecisionList> {
    await this.getFor(viewer, id);
    return { items: await this.audit.decisionsOn('application', id, APPLICATION_DECISIONS) };
  }

  async getFor(viewer: Principal, id: number): Promise<ApplicationView> {
    const isStaff = viewer.role === 'staff' || viewer.role === 'admin';
    if (!isStaff) await this.ownApplication(viewer, id);
    return this.view(id);
  }

  async list(query: ApplicationListQuery): Promise<{ items: ApplicationView[]; total: number }> {
    const q = this.db.manager
      .createQueryBuilder(SupplierApplicationEntity, 'a')
      .orderBy('a.submitted_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status) q.andWhere('a.status = :status', { status: query.status });
    if (query.kind) q.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.county) q.andWhere('a.county_code = :county', { county: query.county });
    const { after, before } = chinaDayBounds(query.submittedFrom, query.submittedTo);
    if (after) q.andWhere('a.submitted_at >= :from', { from: after });
    if (before) q.andWhere('a.submitted_at < :to', { to: before });
    const [rows, total] = await q.getManyAndCount();
    return { items: await this.views(rows), total };
  }

  async approve(staff: Principal, id: number, input: ApproveRequest): Promise<ApprovalResult> {
    const validFrom = this.clock.today();
    const validUntil = input.validUntil ?? addYears(validFrom, DEFAULT_VALIDITY_YEARS);
    if (validUntil <= validFrom) throw AppError.invalid('validUntil', 'must be after today');
    try {
      return await this.db.transaction(async (m) => {
        const application = await this.decide(m, staff, id, { to: 'approved', action: 'application.approved', reason: input.note ?? null });
        const supplierId =
          application.kind === 'new' ? await this.createSupplier(m, application) : await this.reactivate(m, staff, application);
        const certificate = await this.issuer.issue(m, { type: 'supplier', id: supplierId }, { from: validFrom, until: validUntil }, staff.userId);
        await m.update(SupplierEntity, { id: supplierId }, { certificateId: certificate.id });
        await m.update(SupplierApplicationEntity, { id }, { supplierId, certificateId: certificate.id });
        await this.audit.record(m, {
          actorUserId: staff.userId,
          action: application.kind === 'new' ? 'supplier.certified' : 'supplier.renewed',
          subjectType: 'supplier',
          subjectId: supplierId,
          after: { status: 'active', certificateNo: certificate.no, validFrom, validUntil },
          reason: input.note ?? null,
        });
        await this.outbox.emit(m, 'supplier.changed', { type: 'supplier', id: supplierId }, { reason: 'certified' });
        return { applicationId: id, supplierId, certificateNo: certificate.no, validFrom, validUntil };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AppError.conflict('CREDIT_CODE_TAKEN', 'A certified supplier with this credit code already exists', { field: 'creditCode' });
      }
      throw error;
    }
  }

  async requestChanges(staff: Principal, id: number, reason: string): Promise<ApplicationView> {
    await this.db.transaction((m) => this.decide(m, staff, id, { to: 'changes_requested', action: 'application.changes_requested', reason }));
    return this.view(id);
  }

  async reject(staff: Principal, id: number, reason: string): Promise<ApplicationView> {
    await this.db.transaction((m) => this.decide(m, staff, id, { to: 'rejected', action: 'application.rejected', reason }));
    return this.view(id);
  }

  /**
   * Moves a pending application with one guarded update: of two reviewers deciding at once, one wins.
   * Nobody decides on an application they filed.
   */
  private async decide(m: EntityManager, staff: Principal, id: number, decision: Decision): Promise<SupplierApplicationEntity> {
    const filed = await m.findOne(SupplierApplicationEntity, { where: { id }, select: { id: true, applicantUserId: true } });
    if (!filed) throw AppError.notFound('Application', id);
    if (filed.applicantUserId === staff.userId) {
      throw new AppError(403, 'SEPARATION_OF_DUTIES', `Application ${id} was filed by this account; another member of staff must decide on it`);
    }
    const decided = await applications.tryMove(m, { id, status: 'pending' }, decision.to, undefined, {
      set: {
        reason: decision.reason,
        decidedBy: staff.userId,
        decidedAt: this.clock.now(),
        // A closed application frees its credit code for a new one.
        ...(decision.to === 'changes_requested' ? {} : { openCreditCode: null }),
      },
    });
    const application = await m.findOneBy(SupplierApplicationEntity, { id });
    if (!application) throw AppError.notFound('Application', id);
    if (!decided) {
      throw AppError.conflict('APPLICATION_ALREADY_DECIDED', `Application ${id} is ${application.status}, not pending`);
    }
    await this.audit.record(m, {
      actorUserId: staff.userId,
      action: decision.action,
      subjectType: 'application',
      subjectId: id,
      before: { status: 'pending' },
      after: { status: decision.to },
      reason: decision.reason,
    });
    return application;
  }

  private async createSupplier(m: EntityManager, a: SupplierApplicationEntity): Promise<number> {
    const supplier = m.create(SupplierEntity, {
      ...supplierProfile(a),
      status: 'active',
      certificateId: null,
    });
    await m.insert(SupplierEntity, supplier);
    await this.inventory.openWarehouse(m, supplier);
    if (!(await this.identity.bindToSupplier(m, a.applicantUserId, supplier.id))) {
      throw AppError.conflict('ALREADY_SUPPLIER', `The applicant of application ${a.id} already acts for a supplier, or is no longer a shopper account`);
    }
    return supplier.id;
  }

  /** A renewal reopens an expired supplier; a suspended one stays suspended until staff reinstate it. */
  private async reactivate(m: EntityManager, staff: Principal, a: SupplierApplicationEntity): Promise<number> {
    const supplierId = a.supplierId as number;
    if (await suppliers.tryMove(m, { id: supplierId, status: 'expired' }, 'active', undefined)) {
      await this.audit.record(m, {
        actorUserId: staff.userId,
        action: 'supplier.reactivated',
        subjectType: 'supplier',
        subjectId: supplierId,
        before: { status: 'expired' },
        after: { status: 'active' },
      });
    }
    return supplierId;
  }

  private fields(input: SupplierApplicationRequest) {
    return {
      name: input.name,
      creditCode: input.creditCode,
      openCreditCode: input.creditCode,
      entityType: input.entityType,
      countyCode: input.county,
      town: input.town,
      village: input.village ?? null,
      address: input.address,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      legalRep: input.legalRep,
      householdsLinked: input.householdsLinked,
      description: input.description,
      documents: input.documents,
    };
  }

  /**
   * One open application per account. The applicant's row is touched first: on MySQL that locks it, so two
   * applications sent at once are checked one after the other (SQLite runs transactions one at a time anyway).
   */
  private async refuseSecondOpenApplication(m: EntityManager, userId: number): Promise<void> {
    await this.identity.holdAccount(m, userId);
    const open = await m.findOne(SupplierApplicationEntity, { where: { applicantUserId: userId, status: In(OPEN_APPLICATION_STATUSES) }, select: { id: true } });
    if (open) {
      throw AppError.conflict('APPLICATION_OPEN', `Application ${open.id} of this account is still open; wait for its decision or edit it`, { applicationId: open.id });
    }
  }

  private async refuseTakenCreditCode(m: EntityManager, creditCode: string): Promise<void> {
    if (await m.existsBy(SupplierEntity, { creditCode })) {
      throw AppError.conflict('CREDIT_CODE_TAKEN', 'A certified supplier with this credit code already exists', { field: 'creditCode' });
    }
  }

  /** Writes an application that holds a credit code; a concurrent one with the same code loses with 409. */
  private async writeOpenApplication(work: (m: EntityManager) => Promise<number>): Promise<number> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AppError.conflict('CREDIT_CODE_TAKEN', 'An open application with this credit code already exists', { field: 'creditCode' });
      }
      throw error;
    }
  }

  private async ownApplication(applicant: Principal, id: number): Promise<SupplierApplicationEntity> {
    const application = await this.db.manager.findOneBy(SupplierApplicationEntity, { id });
    if (!application) throw AppError.notFound('Application', id);
    // Another account's application is not found, as with orders: ids of others' applications reveal nothing.
    if (application.applicantUserId !== applicant.userId) throw AppError.notFound('Application', id);
    return application;
  }

  private async view(id: number): Promise<ApplicationView> {
    const application = await this.db.manager.findOneBy(SupplierApplicationEntity, { id });
    if (!application) throw AppError.notFound('Application', id);
    return (await this.views([application]))[0];
  }

  private async views(rows: SupplierApplicationEntity[]): Promise<ApplicationView[]> {
    const certificateIds = rows.map((r) => r.certificateId).filter((c): c is number => c !== null);
    const certificates = certificateIds.length
      ? await this.db.manager.getRepository(CertificateEntity).createQueryBuilder('c').whereInIds(certificateIds).getMany()
      : [];
    const numbers = new Map(certificates.map((c) => [c.id, c.no]));
    const documents = new Map((await this.uploads.views(rows.flatMap((r) => r.documents))).map((d) => [d.id, d]));
    return rows.map((a) => ({
      id: a.id,
      kind: a.kind,
      status: a.status,
      applicantUserId: a.applicantUserId,
      supplierId: a.supplierId,
      name: a.name,
      creditCode: a.creditCode,
      entityType: a.entityType,
      county: a.countyCode,
      countyName: countyNameOf(a.countyCode),
      town: a.town,
      village: a.village,
      address: a.address,
      contactName: a.contactName,
      contactPhone: a.contactPhone,
      legalRep: a.legalRep,
      householdsLinked: a.householdsLinked,
      description: a.description,
      documents: a.documents.map((d) => documents.get(d)).filter((d) => d !== undefined),
      reason: a.reason,
      certificateNo: a.certificateId === null ? null : (numbers.get(a.certificateId) ?? null),
      submittedAt: new Date(a.submittedAt).toISOString(),
      decidedAt: a.decidedAt ? new Date(a.decidedAt).toISOString() : null,
    }));
  }
}

/** What a supplier says about itself: copied from an approved application, and into a renewal. */
function supplierProfile(source: SupplierEntity | SupplierApplicationEntity) {
  const { name, creditCode, entityType, countyCode, town, village, address, contactName, contactPhone, legalRep, householdsLinked, description } =
    source;
  return { name, creditCode, entityType, countyCode, town, village, address, contactName, contactPhone, legalRep, householdsLinked, description };
}
