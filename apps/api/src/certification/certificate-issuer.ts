import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/errors';
import { CertificateEntity, CertificateSequenceEntity } from './certification.entities';

const PREFIX = { supplier: 'HZXF-S', product: 'HZXF-P' } as const;

/** Issues certificates numbered HZXF-S-2026-00042: sequential per kind and year, unique under concurrency. */
@Injectable()
export class CertificateIssuer {
  async issue(
    m: EntityManager,
    subject: { type: 'supplier' | 'product'; id: number },
    validity: { from: string; until: string },
    issuedBy: number | null,
  ): Promise<CertificateEntity> {
    const year = Number(validity.from.slice(0, 4));
    const no = `${PREFIX[subject.type]}-${year}-${String(await this.nextNumber(m, subject.type, year)).padStart(5, '0')}`;
    const certificate = m.create(CertificateEntity, {
      no,
      subjectType: subject.type,
      subjectId: subject.id,
      status: 'valid',
      validFrom: validity.from,
      validUntil: validity.until,
      issuedBy,
    });
    await m.insert(CertificateEntity, certificate);
    return certificate;
  }

  /**
   * The increment takes the row's write lock first and holds it to the end of the transaction, so no two
   * callers share a number. (Inserting-if-missing first would take shared locks that deadlock under load.)
   */
  private async nextNumber(m: EntityManager, subjectType: 'supplier' | 'product', year: number): Promise<number> {
    const increment = () => m.increment(CertificateSequenceEntity, { subjectType, year }, 'lastNo', 1);
    if (!(await increment()).affected) {
      // The year's first certificate starts the sequence; a concurrent starter makes this one increment instead.
      try {
        await m.insert(CertificateSequenceEntity, { subjectType, year, lastNo: 1 });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await increment();
      }
    }
    const row = await m.findOneByOrFail(CertificateSequenceEntity, { subjectType, year });
    return row.lastNo;
  }
}
