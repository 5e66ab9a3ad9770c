import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DistressKind } from '@lifeboat/domain';
import { RivalEntity } from './rival.entity';

export const DISTRESS_IMPACT_STATUSES = ['pending', 'done', 'unknown'] as const;
export type DistressImpactStatus = (typeof DISTRESS_IMPACT_STATUSES)[number];

@Entity('distress_event')
@Index('distress_event_rival_occurred_idx', ['rivalId', 'occurredAt'])
export class DistressEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rival_id' })
  rivalId!: string;

  // One way only (the rival's events are read by query, never through the entity): no import circle.
  @ManyToOne(() => RivalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rival_id' })
  rival?: RivalEntity;

  @Column('text')
  kind!: DistressKind;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('smallint')
  severity!: number;

  @Column('text', { name: 'source_url', nullable: true })
  sourceUrl!: string | null;

  @Column('text')
  summary!: string;

  /** The shutdown date the event announces (shutdown warnings, liquidation orders), if any. */
  @Column('timestamptz', { name: 'announced_shutdown_at', nullable: true })
  announcedShutdownAt!: Date | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /**
   * Whether the recomputation it started has run: `pending` until the job commits its counts
   * (table distress_event_impact), then `done`; `unknown` for events recorded otherwise (database default).
   */
  @Column('text', { name: 'impact_status', default: 'unknown' })
  impactStatus?: DistressImpactStatus;

  @Column('timestamptz', { name: 'impact_computed_at', nullable: true })
  impactComputedAt?: Date | null;
}
