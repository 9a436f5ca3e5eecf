import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { AUDIT_ENTITIES } from '../audit/audit.entity';
import { CATALOG_ENTITIES } from '../catalog/catalog.entities';
import { CERTIFICATION_ENTITIES } from '../certification/certification.entities';
import { HOME_ENTITIES } from '../home/home.entities';
import { IDENTITY_ENTITIES } from '../identity/user.entity';
import { INVENTORY_ENTITIES } from '../inventory/inventory.entities';
import { ORDERS_ENTITIES } from '../orders/orders.entities';
import { OUTBOX_ENTITIES } from '../outbox/outbox.entity';
import { PAYMENTS_ENTITIES } from '../payments/payments.entities';
import { SEARCH_ENTITIES } from '../search/synonym-group.entity';
import { UPLOADS_ENTITIES } from '../uploads/upload.entity';
import { VILLAGES_ENTITIES } from '../villages/villages.entities';
import { Foundation1764300000000 } from './migrations/1764300000000-foundation';
import { Certification1764400000000 } from './migrations/1764400000000-certification';
import { Search1764500000000 } from './migrations/1764500000000-search';
import { Orders1764600000000 } from './migrations/1764600000000-orders';
import { TimelineReasons1764700000000 } from './migrations/1764700000000-timeline-reasons';
import { Hardening1764800000000 } from './migrations/1764800000000-hardening';
import { Villages1764900000000 } from './migrations/1764900000000-villages';
import { ShippingRules1765000000000 } from './migrations/1765000000000-shipping-rules';
import { ShopperAccounts1765100000000 } from './migrations/1765100000000-shopper-accounts';
import { SnakeNamingStrategy } from './naming';

/** Each module declares the tables it owns next to its entities; the data source is their union. */
export const ENTITIES = [
  ...AUDIT_ENTITIES,
  ...CATALOG_ENTITIES,
  ...CERTIFICATION_ENTITIES,
  ...HOME_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...INVENTORY_ENTITIES,
  ...ORDERS_ENTITIES,
  ...OUTBOX_ENTITIES,
  ...PAYMENTS_ENTITIES,
  ...SEARCH_ENTITIES,
  ...UPLOADS_ENTITIES,
  ...VILLAGES_ENTITIES,
];

export const MIGRATIONS = [Foundation1764300000000, Certification1764400000000, Search1764500000000, Orders1764600000000, TimelineReasons1764700000000, Hardening1764800000000, Villages1764900000000, ShippingRules1765000000000, ShopperAccounts1765100000000];

export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
  } as const;
  if (db.kind === 'sqlite') {
    if (db.file !== ':memory:') mkdirSync(dirname(db.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.file,
      enableWAL: db.file !== ':memory:',
      timeout: 10_000,
      prepareDatabase: (sqlite: { pragma(s: string): unknown }) => {
        sqlite.pragma('synchronous = NORMAL');
        sqlite.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    poolSize: 20,
    // DATE columns stay 'YYYY-MM-DD' strings, as SQLite returns them.
    dateStrings: ['DATE'],
    // mysql2 captures a stack trace for every query by default; on the checkout path that was 5% of the CPU.
    extra: { trace: false },
  };
}

export function createDataSource(db: DatabaseConfig): DataSource {
  return new DataSource(dataSourceOptions(db));
}
