import type { CategoryCode, CountyCode, ProductStatus } from '@bangfu/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

@Entity('counties')
export class CountyEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 }) code!: CountyCode;
  @Column({ type: 'varchar', length: 20 }) name!: string;
  @Column({ type: 'varchar', length: 40 }) nameEn!: string;
  @Column({ type: 'int' }) sortOrder!: number;
}

@Entity('categories')
export class CategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code!: CategoryCode;
  @Column({ type: 'varchar', length: 20 }) name!: string;
  @Column({ type: 'varchar', length: 40 }) nameEn!: string;
  @Column({ type: 'int' }) sortOrder!: number;
}

@Entity('products')
export class ProductEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) supplierId!: number;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 32 }) categoryCode!: CategoryCode;
  @Column({ type: 'varchar', length: 6 }) countyCode!: CountyCode;
  @Column({ type: 'varchar', length: 50 }) originTown!: string;
  @Column({ type: 'varchar', length: 50, nullable: true }) originVillage!: string | null;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 16 }) status!: ProductStatus;
  @Column({ type: 'boolean' }) listed!: boolean;
  @Column({ type: 'int', nullable: true }) certificateId!: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) shelfLife!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) storage!: string | null;
  /** Image URLs, first one is the cover. */
  @Column({ type: 'simple-json' }) images!: string[];
  @Column({ type: 'int' }) salesCount!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) reviewReason!: string | null;
  @Column({ type: 'boolean', default: false }) renewalRequested!: boolean;
  @Column({ type: 'datetime', nullable: true }) submittedAt!: Date | null;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

@Entity('skus')
export class SkuEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) productId!: number;
  /** What the shopper picks, e.g. 明前特级 250g. */
  @Column({ type: 'varchar', length: 100 }) spec!: string;
  @Column({ type: 'varchar', length: 16 }) unit!: string;
  @Column({ type: 'int', nullable: true }) weightGrams!: number | null;
  @Column({ type: 'int' }) priceFen!: number;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const CATALOG_ENTITIES = [CountyEntity, CategoryEntity, ProductEntity, SkuEntity];
