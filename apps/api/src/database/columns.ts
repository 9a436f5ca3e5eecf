import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** Row timestamps; the migrations give them the matching database defaults. */
export const CreatedAt = () => CreateDateColumn({ type: 'datetime' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'datetime' });
