import { CATEGORIES, COUNTIES } from '@bangfu/contracts';
import { CategoryEntity, CountyEntity } from '../catalog/catalog.entities';
import type { Database } from './database';

/** Counties and categories live in contracts; their rows follow the code on every start. */
export async function syncReferenceData(db: Database): Promise<void> {
  await db.transaction(async (m) => {
    await m.upsert(CountyEntity, COUNTIES.map((c, i) => ({ ...c, sortOrder: i })), ['code']);
    await m.upsert(CategoryEntity, CATEGORIES.map((c, i) => ({ ...c, sortOrder: i })), ['code']);
  });
}
