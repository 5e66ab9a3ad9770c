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

  /**
   * Each job waits for a turn of the event loop first (setImmediate): the requests that arrived
   * meanwhile are read and queue their statements before the next job's transaction, so a long
   * series of jobs (an import's chunks, one after another) never holds the process.
   */
  async dispatch(jobs: JobEnvelope[]): Promise<void> {
    for (const job of jobs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await this.executor.execute(job, 1);
    }
  }

  async status(): Promise<QueueStatus> {
    return { kind: 'in-process', status: 'up' };
  }
}
