import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

/** Where stock sits: a supplier's online warehouse, or a sales point such as a counter. */
@Entity('stock_locations')
export class StockLocationEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 16 }) kind!: 'warehouse' | 'counter';
  @Column({ type: 'int', nullable: true }) supplierId!: number | null;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @CreatedAt() createdAt!: Date;
}

const LOCATION_NAME_LENGTH = 100;
const WAREHOUSE_SUFFIX = ' 线上仓';

/** A supplier's online warehouse is named after it, cut so that the longest supplier name still fits the column. */
export function warehouseName(supplierName: string): string {
  return `${supplierName.slice(0, LOCATION_NAME_LENGTH - WAREHOUSE_SUFFIX.length)}${WAREHOUSE_SUFFIX}`;
}

/** Counters change only through guarded single statements; available = onHand - reserved. */
@Entity('stock_levels')
export class StockLevelEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) skuId!: number;
  @Column({ type: 'int' }) locationId!: number;
  @Column({ type: 'int' }) onHand!: number;
  @Column({ type: 'int' }) reserved!: number;
  @Column({ type: 'int' }) available!: number;
  @Column({ type: 'int' }) lowStockThreshold!: number;
  @UpdatedAt() updatedAt!: Date;
}

/** The stock ledger: one row per change, never updated. */
@Entity('stock_movements')
export class StockMovementEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) skuId!: number;
  @Column({ type: 'int' }) locationId!: number;
  @Column({ type: 'varchar', length: 16 }) kind!: 'receipt' | 'reservation' | 'release' | 'sale' | 'adjustment' | 'return';
  @Column({ type: 'int' }) onHandDelta!: number;
  @Column({ type: 'int' }) reservedDelta!: number;
  @Column({ type: 'int', nullable: true }) actorUserId!: number | null;
  @Column({ type: 'varchar', length: 200 }) reason!: string;
  @CreatedAt() createdAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const INVENTORY_ENTITIES = [StockLocationEntity, StockLevelEntity, StockMovementEntity];
