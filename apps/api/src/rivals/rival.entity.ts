import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RivalHealth, ServiceKind } from '@lifeboat/domain';
import { DistressEventEntity } from './distress-event.entity';

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

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => DistressEventEntity, (e) => e.rival)
  events?: DistressEventEntity[];
}
