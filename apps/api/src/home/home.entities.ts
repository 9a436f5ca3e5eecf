import type { BannerInput } from '@bangfu/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../database/columns';

/** The one row of what the association sets on the storefront's home page. */
@Entity('home_settings')
export class HomeSettingsEntity {
  @PrimaryColumn({ type: 'int' }) id!: number;
  @Column({ type: 'simple-json' }) banners!: BannerInput[];
  @Column({ type: 'simple-json' }) featuredProductIds!: number[];
  @UpdatedAt() updatedAt!: Date;
}

/** The tables this module owns: only its own code writes them (test/workspace/table-ownership.spec.ts). */
export const HOME_ENTITIES = [HomeSettingsEntity];
