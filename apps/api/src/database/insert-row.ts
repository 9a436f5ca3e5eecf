import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Inserts rows without TypeORM's read-back of their default columns (one SELECT per insert, which hot paths
 * such as checkout and the stock ledger never use). Returns the id of the row when one row is inserted.
 */
export async function insertRow<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): Promise<number> {
  const result = await m.createQueryBuilder().insert().into(entity).values(values).updateEntity(false).execute();
  // better-sqlite3 answers with the last row id, mysql2 with a result header.
  const raw = result.raw as number | bigint | { insertId?: number };
  return Number(typeof raw === 'object' ? raw.insertId : raw);
}
