import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

/** An entry of a shopper's address book; checkout copies the one chosen into the order. */
@Index(['userId'])
@Entity('addresses')
export class AddressEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) userId!: number;
  @Column({ type: 'varchar', length: 30 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) phone!: string;
  @Column({ type: 'varchar', length: 20 }) province!: string;
  @Column({ type: 'varchar', length: 20 }) city!: string;
  @Column({ type: 'varchar', length: 20 }) district!: string;
  @Column({ type: 'varchar', length: 120 }) detail!: string;
  @Column({ type: 'boolean', default: false }) isDefault!: boolean;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}
