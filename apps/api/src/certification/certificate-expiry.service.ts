import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ProductsService } from '../catalog/products.service';
import { Clock } from '../common/clock';
import { JobScheduler } from '../common/job-scheduler';
import { Database } from '../database/database';
import { OutboxService } from '../outbox/outbox.service';
import { certificates, suppliers } from './certification-processes';
import { CertificateEntity } from './certification.entities';

const BATCH = 200;
const EVERY_MS = 15 * 60_000;

/**
 * Certificates run out at the end of their validUntil day (China time). Each is claimed with a guarded
 * update, so several API instances running this at once expire each certificate exactly once.
 */
@Injectable()
export class CertificateExpiryService implements OnApplicationBootstrap {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly jobs: JobScheduler,
    private readonly products: ProductsService,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('certificate expiry', EVERY_MS, () => this.expireDue(), { runNow: true });
  }

  /** Expires every certificate past its date and takes its supplier or product off sale; returns how many. */
  async expireDue(): Promise<number> {
    const today = this.clock.today();
    let expired = 0;
    for (;;) {
      const due = await this.db.manager
        .createQueryBuilder(CertificateEntity, 'c')
        .where('c.status = :valid AND c.valid_until < :today', { valid: 'valid', today })
        .orderBy('c.id')
        .take(BATCH)
        .getMany();
      for (const certificate of due) if (await this.expire(certificate)) expired++;
      if (due.length < BATCH) return expired;
    }
  }

  private expire(certificate: CertificateEntity): Promise<boolean> {
    return this.db.transaction(async (m) => {
      if (!(await certificates.tryMove(m, { id: certificate.id, status: 'valid' }, 'expired', undefined))) return false;
      const subject = { type: certificate.subjectType, id: certificate.subjectId };
      // Only the subject's current certificate decides its status; an older one running out changes nothing.
      const current = { guard: { certificateId: certificate.id } };
      const taken =
        subject.type === 'supplier'
          ? await suppliers.tryMove(m, { id: subject.id, status: 'active' }, 'expired', undefined, current)
          : await this.products.tryMoveStatus(m, { id: subject.id, status: 'certified' }, 'expired', current);
      await this.audit.record(m, {
        actorUserId: null,
        action: `${subject.type}.certificate_expired`,
        subjectType: subject.type,
        subjectId: subject.id,
        before: { certificateNo: certificate.no, status: 'valid' },
        after: { certificateNo: certificate.no, status: 'expired', offSale: taken },
      });
      if (taken) await this.outbox.emit(m, `${subject.type}.changed`, subject, { status: 'expired' });
      return true;
    });
  }
}
