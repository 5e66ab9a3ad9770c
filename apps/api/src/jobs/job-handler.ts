import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayload } from './job-catalog';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

export interface JobContext {
  /** The transaction the job runs in; the ledger row is written in it too. */
  manager: EntityManager;
  jobId: string;
  attempt: number;
}

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayload<N>, ctx: JobContext): Promise<Record<string, unknown> | void>;
}

/** Marks a provider as the handler of one job name; found at start-up by the JobExecutor. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);
