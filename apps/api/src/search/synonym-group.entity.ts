import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Words shoppers use for the same thing (香菇 花菇 冬菇); the association edits them. */
@Entity('search_synonym_groups')
export class SynonymGroupEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'simple-json' }) words!: string[];
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const SEARCH_ENTITIES = [SynonymGroupEntity];
