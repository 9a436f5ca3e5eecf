import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { CategoryEntity, CountyEntity, ProductEntity, SkuEntity } from '../catalog/catalog.entities';
import { AuditEntryEntity } from '../audit/audit.entity';
import {
  CertificateEntity,
  CertificateSequenceEntity,
  SupplierApplicationEntity,
  SupplierEntity,
} from '../certification/certification.entities';
import { ThrottleBucketEntity } from '../identity/throttle.entity';
import { UserEntity } from '../identity/user.entity';
import { StockLevelEntity, StockLocationEntity, StockMovementEntity } from '../inventory/inventory.entities';
import { CheckoutEntity, OrderEntity, OrderLineEntity, OrderTransitionEntity, RefundRequestEntity } from '../orders/orders.entities';
import { OutboxEventEntity } from '../outbox/outbox.entity';
import { PaymentEntity, PaymentEventEntity, PaymentRefundEntity } from '../payments/payments.entities';
import { SynonymGroupEntity } from '../search/synonym-group.entity';
import { UploadEntity } from '../uploads/upload.entity';
import { Foundation1764300000000 } from './migrations/1764300000000-foundation';
import { Certification1764400000000 } from './migrations/1764400000000-certification';
import { Search1764500000000 } from './migrations/1764500000000-search';
import { Orders1764600000000 } from './migrations/1764600000000-orders';
import { TimelineReasons1764700000000 } from './migrations/1764700000000-timeline-reasons';
import { Hardening1764800000000 } from './migrations/1764800000000-hardening';
import { Villages1764900000000 } from './migrations/1764900000000-villages';
import { VillagePointEntity } from '../villages/villages.entities';
import { SnakeNamingStrategy } from './naming';

export const ENTITIES = [
  CountyEntity,
  CategoryEntity,
  UserEntity,
  ThrottleBucketEntity,
  CertificateEntity,
  SupplierEntity,
  ProductEntity,
  SkuEntity,
  StockLocationEntity,
  StockLevelEntity,
  StockMovementEntity,
  UploadEntity,
  SupplierApplicationEntity,
  CertificateSequenceEntity,
  AuditEntryEntity,
  OutboxEventEntity,
  SynonymGroupEntity,
  CheckoutEntity,
  OrderEntity,
  OrderLineEntity,
  OrderTransitionEntity,
  RefundRequestEntity,
  PaymentEntity,
  PaymentRefundEntity,
  PaymentEventEntity,
  VillagePointEntity,
];

export const MIGRATIONS = [Foundation1764300000000, Certification1764400000000, Search1764500000000, Orders1764600000000, TimelineReasons1764700000000, Hardening1764800000000, Villages1764900000000];

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
