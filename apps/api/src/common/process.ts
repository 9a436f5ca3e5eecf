import type { ErrorCode } from '@bangfu/contracts';
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { findRows, isHot, updateRows, type Filter } from '../database/rows';
import { AppError } from './app-error';

/** Which status may follow which: the one statement of a lifecycle. */
export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

/** A step one row took, as the transition log records it. */
export interface Step<S extends string> {
  id: number;
  from: S;
  to: S;
}

type StatusRow<S extends string> = { id: number; status: S };

export interface ProcessDefinition<E extends ObjectLiteral, S extends string, C> {
  /** The table whose `status` column the process moves. */
  entity: EntityTarget<E>;
  transitions: Transitions<S>;
  /** Names a row in error messages ("Order 12 is paid…"), and its id in error details (`orderId`) when given. */
  noun: string;
  idKey?: string;
  /** The 409 when a row is no longer in the status the caller saw: another request moved it first. */
  conflict: ErrorCode;
  /** Writes the steps to the transition log, in the same transaction as the moves. */
  log?: (m: EntityManager, steps: Step<S>[], context: C) => Promise<unknown>;
}

export interface MoveOptions<E> {
  /** Other columns the step writes. */
  set?: Partial<E>;
  /** Other columns that must still hold for the step to be taken. */
  guard?: Partial<E>;
}

/**
 * A lifecycle over one table: every step checked against the table of transitions, taken by one guarded update
 * (`… WHERE id = ? AND status = <the status the caller saw>`), and logged in the caller's transaction. Of two
 * requests moving a row at once, one wins; the other gets a 409 and its transaction rolls back.
 */
export interface Process<E extends ObjectLiteral, S extends string, C> {
  readonly transitions: Transitions<S>;
  can(from: S, to: S): boolean;
  /** The statuses a row may enter `to` from. */
  sources(to: S): S[];
  /** Moves rows the caller saw in one status; a step the table has not is ILLEGAL_TRANSITION, a lost race the definition's conflict. */
  move(m: EntityManager, rows: StatusRow<S> | StatusRow<S>[], to: S, context: C, options?: MoveOptions<E>): Promise<void>;
  /** As move, but answers false instead of throwing when a row is no longer where the caller saw it. */
  tryMove(m: EntityManager, rows: StatusRow<S> | StatusRow<S>[], to: S, context: C, options?: MoveOptions<E>): Promise<boolean>;
  /**
   * Moves one row into `to` from whichever status may lead there, in one statement without reading it first;
   * false when it is in none of them. Unlogged: for processes whose steps are recorded by their callers.
   */
  enter(m: EntityManager, id: number, to: S, options?: MoveOptions<E>): Promise<boolean>;
}

export function defineProcess<E extends ObjectLiteral & StatusRow<S>, S extends string, C = void>(definition: ProcessDefinition<E, S, C>): Process<E, S, C> {
  const { entity, transitions, noun, idKey } = definition;
  const can = (from: S, to: S) => transitions[from].includes(to);
  const sources = (to: S) => (Object.keys(transitions) as S[]).filter((from) => can(from, to));
  const withId = (id: number) => (idKey ? { [idKey]: id } : {});

  async function claim(m: EntityManager, given: StatusRow<S> | StatusRow<S>[], to: S, context: C, options: MoveOptions<E>): Promise<boolean> {
    const rows = Array.isArray(given) ? given : [given];
    const from = rows[0].status;
    for (const row of rows) {
      if (row.status !== from || !can(row.status, to)) {
        throw AppError.conflict('ILLEGAL_TRANSITION', `${noun} ${row.id} is ${row.status}; it cannot become ${to}`, { ...withId(row.id), from: row.status, to });
      }
    }
    const ids = rows.map((r) => r.id);
    const claimed = await guardedUpdate(m, entity, { ...options.guard, id: ids.length === 1 ? ids[0] : ids, status: from }, { ...options.set, status: to });
    if (claimed !== rows.length) return false;
    await definition.log?.(
      m,
      rows.map((row) => ({ id: row.id, from, to })),
      context,
    );
    for (const row of rows) row.status = to;
    return true;
  }

  return {
    transitions,
    can,
    sources,
    async move(m, given, to, context, options = {}) {
      if (await claim(m, given, to, context, options)) return;
      // Some rows may have moved by this statement and the rest not: the caller's transaction must not commit that.
      const rows = Array.isArray(given) ? given : [given];
      const now = isHot(m, entity) ? await findRows(m, entity, { id: rows.map((r) => r.id) } as unknown as Filter<E>) : await m.findBy(entity, { id: In(rows.map((r) => r.id)) } as unknown as FindOptionsWhere<E>);
      const lost = rows.find((r) => now.find((n) => n.id === r.id)?.status !== r.status) ?? rows[0];
      const current = now.find((n) => n.id === lost.id)?.status;
      throw AppError.conflict(definition.conflict, `${noun} ${lost.id} is ${current ?? 'gone'}; it cannot become ${to}`, { ...withId(lost.id), status: current });
    },
    tryMove: (m, given, to, context, options = {}) => claim(m, given, to, context, options),
    async enter(m, id, to, options = {}) {
      if (definition.log) throw new Error(`${noun} steps are logged: move them from the status they were seen in`);
      return (await guardedUpdate(m, entity, { ...options.guard, id, status: sources(to) }, { ...options.set, status: to })) > 0;
    },
  };
}

/** The one guarded UPDATE of a step: through rows.ts on a hot table, through TypeORM elsewhere. */
async function guardedUpdate<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, filter: Record<string, unknown>, set: Record<string, unknown>): Promise<number> {
  if (isHot(m, entity)) return updateRows(m, entity, filter as Filter<E>, set as Partial<E>);
  const where = Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, Array.isArray(value) ? In(value) : value]));
  return (await m.update(entity, where as FindOptionsWhere<E>, set as QueryDeepPartialEntity<E>)).affected ?? 0;
}
