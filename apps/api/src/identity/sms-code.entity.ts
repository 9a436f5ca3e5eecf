import type { SmsPurpose } from '@bangfu/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

/** A code sent by SMS, kept only as a keyed hash; spent once used, superseded by a newer one or tried too often. */
@Index(['phone', 'purpose'])
@Entity('sms_codes')
export class SmsCodeEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 20 }) phone!: string;
  @Column({ type: 'varchar', length: 16 }) purpose!: SmsPurpose;
  @Column({ type: 'varchar', length: 64 }) codeHash!: string;
  @Column({ type: 'datetime' }) expiresAt!: Date;
  @Column({ type: 'datetime', nullable: true }) spentAt!: Date | null;
  @Column({ type: 'int', default: 0 }) wrongTries!: number;
  @CreatedAt() createdAt!: Date;
}
