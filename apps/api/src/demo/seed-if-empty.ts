import type { Database } from '../database/database';
import { DEMO_PASSWORD } from './demo-accounts';
import { DemoSeeder, type SeedResult } from './demo-seeder';

/** For start-up with DEMO_DATA: seeds an empty database, leaves any other alone, and says which it did. */
export async function seedIfEmpty(db: Database, dataDir: string, log: (message: string) => void): Promise<SeedResult> {
  const result = await new DemoSeeder(db, dataDir).seed();
  log(describeSeedResult(result));
  return result;
}

export function describeSeedResult(result: SeedResult): string {
  if (result.status === 'refused') return `Demo data not seeded: ${result.reason}.`;
  const count = (n: number) => n.toLocaleString('en');
  const lines = [
    `Demo data seeded in ${(result.elapsedMs / 1000).toFixed(1)} s: ` +
      `${count(result.suppliers)} suppliers, ${count(result.products)} products, ${count(result.skus)} SKUs.`,
  ];
  if (result.accounts.length > 0) {
    lines.push(`Demo accounts (password ${DEMO_PASSWORD}): ${result.accounts.map((a) => `${a.role} ${a.phone}`).join(', ')}`);
  }
  return lines.join('\n');
}
