import type { AuditEntryView, AuditQuery } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Database } from '../database/database';
import { UserEntity } from '../identity/user.entity';
import { AuditEntryEntity, type AuditSubjectType } from './audit.entity';

export interface AuditRecord {
  actorUserId: number | null;
  action: string;
  subjectType: AuditSubjectType;
  subjectId: number;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Appends an entry inside the caller's transaction, so the entry exists exactly when the change does. */
  async record(m: EntityManager, entry: AuditRecord): Promise<void> {
    await m.insert(AuditEntryEntity, {
      at: this.clock.now(),
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason ?? null,
    });
  }

  /**
   * The association's decisions on one subject, newest first, each with its reason: what the subject's owner may
   * read of its record (the rest of the trail, with who did what, stays with staff).
   */
  async decisionsOn<D extends string>(subjectType: AuditSubjectType, subjectId: number, decisions: readonly D[]): Promise<{ decision: D; reason: string | null; at: string }[]> {
    const rows = await this.db.manager.find(AuditEntryEntity, { where: { subjectType, subjectId }, order: { id: 'DESC' } });
    return rows.flatMap((r) => {
      const decision = decisions.find((d) => r.action === `${subjectType}.${d}`);
      return decision ? [{ decision, reason: r.reason, at: new Date(r.at).toISOString() }] : [];
    });
  }

  async list(query: AuditQuery): Promise<{ items: AuditEntryView[]; total: number }> {
    const [subjectType, subjectId] = query.subject.split(':');
    const [rows, total] = await this.db.manager.findAndCount(AuditEntryEntity, {
      where: { subjectType: subjectType as AuditSubjectType, subjectId: Number(subjectId) },
      order: { id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is number => id !== null))];
    const actors = actorIds.length
      ? await this.db.manager.getRepository(UserEntity).createQueryBuilder('u').select(['u.id', 'u.name']).whereInIds(actorIds).getMany()
      : [];
    const names = new Map(actors.map((a) => [a.id, a.name]));
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        actor: r.actorUserId === null ? null : { id: r.actorUserId, name: names.get(r.actorUserId) ?? '' },
        action: r.action,
        subject: `${r.subjectType}:${r.subjectId}`,
        before: r.before ?? null,
        after: r.after ?? null,
        reason: r.reason,
      })),
      total,
    };
  }
}
