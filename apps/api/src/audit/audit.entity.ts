import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditSubjectType = 'supplier' | 'product' | 'application' | 'village_point';

/** Who did what to which subject, when, and why; the database refuses updates and deletes. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'datetime' }) at!: Date;
  @Column({ type: 'int', nullable: true }) actorUserId!: number | null;
  @Column({ type: 'varchar', length: 48 }) action!: string;
  @Column({ type: 'varchar', length: 16 }) subjectType!: AuditSubjectType;
  @Column({ type: 'int' }) subjectId!: number;
  @Column({ type: 'simple-json', nullable: true }) before!: object | null;
  @Column({ type: 'simple-json', nullable: true }) after!: object | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const AUDIT_ENTITIES = [AuditEntryEntity];
