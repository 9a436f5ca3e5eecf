import { AddressEntity } from './address.entity';
import { SmsCodeEntity } from './sms-code.entity';
import { ThrottleBucketEntity } from './throttle.entity';
import type { Role } from '@bangfu/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 20, unique: true }) phone!: string;
  @Column({ type: 'varchar', length: 50 }) name!: string;
  @Column({ type: 'varchar', length: 200 }) passwordHash!: string;
  @Column({ type: 'varchar', length: 16 }) role!: Role;
  /** Set for supplier users: the supplier they act for. */
  @Column({ type: 'int', nullable: true }) supplierId!: number | null;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const IDENTITY_ENTITIES = [UserEntity, ThrottleBucketEntity, SmsCodeEntity, AddressEntity];
