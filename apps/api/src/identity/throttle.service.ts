import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { isUniqueViolation } from '../database/errors';
import { findRow, runSql } from '../database/rows';
import { ThrottleBucketEntity } from './throttle.entity';

export interface ThrottleRule {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

/**
 * Counts attempts in fixed windows, in the database so the limit holds across API instances. A hit is taken
 * with one guarded statement before the attempt is evaluated, so parallel attempts cannot all pass a check
 * made before any of them was counted; an attempt that turns out harmless is given back.
 */
@Injectable()
export class ThrottleService {
  constructor(private readonly db: Database) {}

  /** Takes one hit from each bucket, all or none; a full bucket is a 429 naming when to try again. */
  async take(buckets: { key: string; rule: ThrottleRule }[], nowMs: number, message: string): Promise<void> {
    const taken: string[] = [];
    for (const { key, rule } of buckets) {
      const retryAfterMs = await this.takeOne(key, rule, nowMs);
      if (retryAfterMs === null) {
        taken.push(key);
        continue;
      }
      await this.forgive({ returned: taken });
      throw new AppError(429, 'TOO_MANY_REQUESTS', message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
    }
  }

  /**
   * After an attempt that was no abuse (the right password), in one transaction: `emptied` buckets start
   * afresh (the account's failures), `returned` ones get their hit back (the address's).
   */
  async forgive({ emptied = [], returned = [] }: { emptied?: string[]; returned?: string[] }): Promise<void> {
    if (emptied.length + returned.length === 0) return;
    await this.db.transaction(async (m) => {
      for (const key of emptied) await runSql(m, 'DELETE FROM throttle_buckets WHERE bucket = ?', [key]);
      for (const key of returned) await runSql(m, 'UPDATE throttle_buckets SET hits = hits - 1 WHERE bucket = ? AND hits > 0', [key]);
    });
  }

  /**
   * null when the hit was taken, else how long until the window closes. Each statement is its own transaction:
   * on MySQL an update of a missing bucket locks the gap where it would go, and concurrent inserts of new
   * buckets held in one transaction with that lock deadlock one another.
   */
  private async takeOne(key: string, rule: ThrottleRule, nowMs: number): Promise<number | null> {
    // A few rounds: between this request's statements another may create the bucket, or a successful login may
    // empty it (forgive), and neither may be mistaken for a full bucket.
    for (let round = 0; round < 3; round++) {
      if (await this.db.transaction((m) => this.hit(m, key, rule, nowMs))) return null;
      try {
        await this.db.transaction((m) => runSql(m, 'INSERT INTO throttle_buckets (bucket, hits, window_ends_ms) VALUES (?, 1, ?)', [key, nowMs + rule.windowMs]));
        return null;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      // The bucket exists: full, or made by another request a moment ago.
      if (await this.db.transaction((m) => this.hit(m, key, rule, nowMs))) return null;
      const row = await this.db.transaction((m) => findRow(m, ThrottleBucketEntity, { bucket: key }));
      if (row) return Number(row.windowEndsMs) - nowMs;
    }
    return rule.windowMs;
  }

  /** One guarded update: a closed window starts again at one hit, an open one counts up while under the limit. */
  private async hit(m: EntityManager, key: string, rule: ThrottleRule, nowMs: number): Promise<boolean> {
    const result = await runSql(
      m,
      'UPDATE throttle_buckets SET hits = CASE WHEN window_ends_ms <= ? THEN 1 ELSE hits + 1 END,' +
        ' window_ends_ms = CASE WHEN window_ends_ms <= ? THEN ? ELSE window_ends_ms END' +
        ' WHERE bucket = ? AND (window_ends_ms <= ? OR hits < ?)',
      [nowMs, nowMs, nowMs + rule.windowMs, key, nowMs, rule.limit],
    );
    return result.affected > 0;
  }
}
