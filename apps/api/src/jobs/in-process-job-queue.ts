import { Injectable } from '@nestjs/common';
import { JobEnvelope } from './job-catalog';
import { JobExecutor } from './job-executor.service';
import { JobQueue, QueueStatus } from './job-queue';

/**
 * Without Redis, jobs run in the process that committed their event. The outbox row stays
 * pending until every job of the event has run, so a crash or a failure is retried from the
 * database with back-off; the ledger makes the retries idempotent.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue {
  readonly kind = 'in-process' as const;
  readonly maxDispatchAttempts = 5;

  constructor(private readonly executor: JobExecutor) {
    super();
  }

  async dispatch(jobs: JobEnvelope[]): Promise<void> {
    for (const job of jobs) await this.executor.execute(job, 1);
  }

  async status(): Promise<QueueStatus> {
    return { kind: 'in-process', status: 'up' };
  }
}
