import type { ApplicationStatus, CertificateStatus, CountyCode, EntityType, SupplierStatus } from '@bangfu/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ApplicationKind = 'new' | 'renewal';
import { CreatedAt, UpdatedAt } from '../database/columns';

@Entity('suppliers')
export class SupplierEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 18, unique: true }) creditCode!: string;
  @Column({ type: 'varchar', length: 24 }) entityType!: EntityType;
  @Column({ type: 'varchar', length: 6 }) countyCode!: CountyCode;
  @Column({ type: 'varchar', length: 50 }) town!: string;
  @Column({ type: 'varchar', length: 50, nullable: true }) village!: string | null;
  @Column({ type: 'varchar', length: 200 }) address!: string;
  @Column({ type: 'varchar', length: 50 }) contactName!: string;
  @Column({ type: 'varchar', length: 20 }) contactPhone!: string;
  @Column({ type: 'varchar', length: 50 }) legalRep!: string;
  /** 带动脱贫户/监测户: former poor or monitored households the business supports. */
  @Column({ type: 'int' }) householdsLinked!: number;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 16 }) status!: SupplierStatus;
  @Column({ type: 'int', nullable: true }) certificateId!: number | null;
  /** Shipping rule of the supplier's orders: a flat fee, waived when the goods reach freeOver. */
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** 认定证书: issued to a supplier or a product by the association. */
@Entity('certificates')
export class CertificateEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 32, unique: true }) no!: string;
  @Column({ type: 'varchar', length: 16 }) subjectType!: 'supplier' | 'product';
  @Column({ type: 'int' }) subjectId!: number;
  @Column({ type: 'varchar', length: 16 }) status!: CertificateStatus;
  @Column({ type: 'date' }) validFrom!: string;
  @Column({ type: 'date' }) validUntil!: string;
  @Column({ type: 'int', nullable: true }) issuedBy!: number | null;
  @CreatedAt() createdAt!: Date;
}

@Entity('supplier_applications')
export class SupplierApplicationEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 16 }) kind!: ApplicationKind;
  @Column({ type: 'int' }) applicantUserId!: number;
  @Column({ type: 'int', nullable: true }) supplierId!: number | null;
  @Column({ type: 'varchar', length: 24 }) status!: ApplicationStatus;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 18 }) creditCode!: string;
  @Column({ type: 'varchar', length: 18, nullable: true, unique: true }) openCreditCode!: string | null;
  @Column({ type: 'varchar', length: 24 }) entityType!: EntityType;
  @Column({ type: 'varchar', length: 6 }) countyCode!: CountyCode;
  @Column({ type: 'varchar', length: 50 }) town!: string;
  @Column({ type: 'varchar', length: 50, nullable: true }) village!: string | null;
  @Column({ type: 'varchar', length: 200 }) address!: string;
  @Column({ type: 'varchar', length: 50 }) contactName!: string;
  @Column({ type: 'varchar', length: 20 }) contactPhone!: string;
  @Column({ type: 'varchar', length: 50 }) legalRep!: string;
  @Column({ type: 'int' }) householdsLinked!: number;
  @Column({ type: 'text' }) description!: string;
  /** Upload ids. */
  @Column({ type: 'simple-json' }) documents!: number[];
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  @Column({ type: 'int', nullable: true }) certificateId!: number | null;
  @Column({ type: 'int', nullable: true }) decidedBy!: number | null;
  @Column({ type: 'datetime', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'datetime' }) submittedAt!: Date;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
}

/** The last certificate number issued per kind and year; numbers restart at 1 each year. */
@Entity('certificate_sequences')
export class CertificateSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 }) subjectType!: 'supplier' | 'product';
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) lastNo!: number;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const CERTIFICATION_ENTITIES = [SupplierEntity, CertificateEntity, SupplierApplicationEntity, CertificateSequenceEntity];
