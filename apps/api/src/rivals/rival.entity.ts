import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RivalHealth, ServiceKind } from '@lifeboat/domain';

@Entity('rival')
@Index('rival_name_id_idx', ['name', 'id'])
export class RivalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** ISO 3166-1 alpha-2. */
  @Column('char', { length: 2 })
  country!: string;

  @Column('text')
  health!: RivalHealth;

  @Column('timestamptz', { name: 'shutdown_expected_at', nullable: true })
  shutdownExpectedAt!: Date | null;

  @Column('text', { array: true, default: () => "'{}'" })
  services!: ServiceKind[];

  /** The availability it claims in its SLA, in percent (e.g. 99.9); null when unknown. numeric in SQL, a number here. */
  @Column('numeric', {
    name: 'claimed_availability_percent',
    precision: 6,
    scale: 3,
    nullable: true,
    transformer: { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null || v === undefined ? null : Number(v)) },
  })
  claimedAvailabilityPercent!: number | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
