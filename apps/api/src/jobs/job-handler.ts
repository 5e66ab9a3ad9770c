import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayload } from './job-catalog';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

export interface JobContext {
  /** The transaction the job runs in; the ledger row is written in it too. */
  manager: EntityManager;
  jobId: string;
  attempt: number;
  /**
   * Work to do once the job's transaction has committed (the job counts as done then), outside any
   * transaction: a call to another server, a mail. On the embedded database a transaction holds the
   * one connection, so nothing slow may happen inside one. It runs beside the jobs after this one
   * (`JobExecutor.settled()` waits for it); a failure is logged (the job stays done: the work must
   * have its own way to be tried again).
   */
  afterCommit(work: () => Promise<unknown>): void;
}

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayload<N>, ctx: JobContext): Promise<Record<string, unknown> | void>;
}

/** Marks a provider as the handler of one job name; found at start-up by the JobExecutor. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);
