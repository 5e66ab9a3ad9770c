import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change that caused it (the outbox).
 * The relay hands it to the job queue after commit and stamps `dispatchedAt`; an event whose
 * hand-over failed (Redis away, process killed) stays undispatched and is retried.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['nextAttemptAt', 'createdAt'], { where: 'dispatched_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  type!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'dispatched_at', nullable: true })
  dispatchedAt!: Date | null;

  @Column('int', { name: 'dispatch_attempts', default: 0 })
  dispatchAttempts!: number;

  /** Back-off: the relay leaves a failed hand-over alone until then. */
  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;
}
