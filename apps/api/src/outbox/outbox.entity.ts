import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

export type OutboxAggregate = 'product' | 'supplier' | 'search';

/** A change other parts (the search indexer) must apply; written in the same transaction as the change. */
@Entity('outbox')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 48 }) topic!: string;
  @Column({ type: 'varchar', length: 16 }) aggregateType!: OutboxAggregate;
  @Column({ type: 'int' }) aggregateId!: number;
  @Column({ type: 'simple-json' }) payload!: object;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'datetime' }) availableAt!: Date;
  @Column({ type: 'datetime', nullable: true }) processedAt!: Date | null;
  @CreatedAt() createdAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const OUTBOX_ENTITIES = [OutboxEventEntity];
