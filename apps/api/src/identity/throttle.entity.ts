import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter per key ("login:phone:…", "login:ip:…", "register:ip:…"), shared by all API instances. */
@Entity('throttle_buckets')
export class ThrottleBucketEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) bucket!: string;
  @Column({ type: 'int' }) hits!: number;
  /** When the window closes, in epoch milliseconds. */
  @Column({ type: 'bigint' }) windowEndsMs!: string;
}
