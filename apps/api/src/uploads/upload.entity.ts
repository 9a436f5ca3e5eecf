import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

export type UploadPurpose = 'document' | 'image';

/** A file a user uploaded: documents stay private, images are served publicly under /media. */
@Entity('uploads')
export class UploadEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) ownerUserId!: number;
  @Column({ type: 'varchar', length: 16 }) purpose!: UploadPurpose;
  @Column({ type: 'varchar', length: 200 }) fileName!: string;
  @Column({ type: 'varchar', length: 64 }) contentType!: string;
  @Column({ type: 'int' }) size!: number;
  /** Relative to DATA_DIR. */
  @Column({ type: 'varchar', length: 300 }) storagePath!: string;
  @CreatedAt() createdAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const UPLOADS_ENTITIES = [UploadEntity];
