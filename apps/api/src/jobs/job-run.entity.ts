import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The ledger of jobs that ran. A completed job's row is written in the same transaction as the
 * handler's own writes, so a retried or duplicated job (same id) changes nothing twice.
 */
@Entity('job_run')
@Index('job_run_status_idx', ['status', 'finishedAt'])
export class JobRunEntity {
  /** `<event id>:<job name>`: the same event never runs the same job twice. */
  @PrimaryColumn('text', { name: 'job_id' })
  jobId!: string;

  @Column('text', { name: 'job_name' })
  jobName!: string;

  @Column('text')
  status!: 'completed' | 'failed';

  @Column('int')
  attempts!: number;

  /** Which process ran it: `<role>@<host>:<pid>`. */
  @Column('text', { name: 'processed_by' })
  processedBy!: string;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('jsonb', { nullable: true })
  result!: Record<string, unknown> | null;

  @Column('timestamptz', { name: 'finished_at' })
  finishedAt!: Date;
}
