import type { CountyCode } from '@bangfu/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

/** A village e-commerce service point; its code credits the sales its link-outs bring. */
@Entity('village_points')
export class VillagePointEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 16, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 6 }) countyCode!: CountyCode;
  @Column({ type: 'varchar', length: 50 }) town!: string;
  @Column({ type: 'varchar', length: 50 }) village!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) operatorPhone!: string | null;
  @Column({ type: 'simple-json' }) supplierIds!: number[];
  @CreatedAt() createdAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const VILLAGES_ENTITIES = [VillagePointEntity];
