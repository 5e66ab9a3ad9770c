import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OutageImpact, ServiceKind } from '@lifeboat/domain';
import { RivalEntity } from '../rival.entity';

/** A stretch of time a rival's service was down or degraded (issue #22). */
@Entity('outage')
@Index('outage_rival_started_idx', ['rivalId', 'startedAt', 'id'])
export class OutageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rival_id' })
  rivalId!: string;

  @ManyToOne(() => RivalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rival_id' })
  rival?: RivalEntity;

  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  /** null while it goes on. */
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('text')
  impact!: OutageImpact;

  @Column('text', { array: true })
  services!: ServiceKind[];

  @Column('text')
  summary!: string;

  @Column('text', { name: 'source_url', nullable: true })
  sourceUrl!: string | null;

  /** The status feed's incident id, unique per rival (partial unique index outage_rival_external_id_key). */
  @Column('text', { name: 'external_id', nullable: true })
  externalId!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
