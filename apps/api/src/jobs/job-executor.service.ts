import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { hostname } from 'node:os';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JOB_HANDLER, JobHandler } from './job-handler';
import { JOB_NAMES, JOB_PAYLOADS, JobEnvelope, JobName } from './job-catalog';
import { JobRunEntity } from './job-run.entity';

/** A job that will not succeed however often it is retried (its payload is invalid). */
export class UnrecoverableJobError extends Error {}

/**
 * Runs one job exactly once in effect: inside a transaction, skipped if the ledger says it
 * completed, and the ledger row committed together with the handler's writes.
 */
@Injectable()
export class JobExecutor implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobExecutor.name);
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  /** Work done after jobs' commits (JobContext.afterCommit) and not finished yet. */
  private readonly afterWork = new Set<Promise<void>>();
  readonly processIdentity: string;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.processIdentity = `${config.role}@${hostname()}:${process.pid}`;
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler<JobName> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const name = Reflect.getMetadata(JOB_HANDLER, wrapper.metatype) as JobName | undefined;
      if (!name) continue;
      if (this.handlers.has(name)) throw new Error(`Two handlers for job "${name}".`);
      this.handlers.set(name, instance);
    }
    const missing = JOB_NAMES.filter((n) => !this.handlers.has(n));
    if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}. Lifeboat refuses to start.`);
  }

  async execute(job: JobEnvelope, attempt: number): Promise<'completed' | 'skipped'> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new UnrecoverableJobError(`Unknown job "${job.name}".`);
    const payloadClass = JOB_PAYLOADS[job.name];
    const payload = plainToInstance(payloadClass as ClassConstructor<object>, job.payload);
    const problems = validateSync(payload as object, { whitelist: true, forbidNonWhitelisted: true });
    if (problems.length > 0) {
      throw new UnrecoverableJobError(`Invalid payload for ${job.name}: ${problems.map((p) => p.property).join(', ')}.`);
    }
    const started = Date.now();
    const after: Array<() => Promise<unknown>> = [];
    try {
      const outcome = await this.dataSource.transaction(async (manager) => {
        after.length = 0;
        const done = await manager.findOne(JobRunEntity, { where: { jobId: job.jobId, status: 'completed' } });
        if (done) return 'skipped' as const;
        const result = await handler.handle(payload as never, { manager, jobId: job.jobId, attempt, afterCommit: (work) => void after.push(work) });
        await writeLedger(manager, {
          jobId: job.jobId,
          jobName: job.name,
          status: 'completed',
          attempts: attempt,
          processedBy: this.processIdentity,
          lastError: null,
          result: result ?? null,
        });
        return 'completed' as const;
      });
      // Each job's time, transaction included (`LOG_LEVEL=debug`): what held the database when.
      this.logger.debug({ job: job.name, jobId: job.jobId, ms: Date.now() - started, outcome }, 'job done');
      // Not awaited: a receiver that takes its time must not hold the jobs after this one (without
      // Redis they run one after another in this process).
      for (const work of after) {
        const running: Promise<void> = work()
          .then(() => undefined)
          .catch((error: unknown) =>
            this.logger.warn({ jobId: job.jobId, job: job.name, err: error instanceof Error ? error.message : String(error) }, 'work after the job failed'),
          )
          .finally(() => this.afterWork.delete(running));
        this.afterWork.add(running);
      }
      return outcome;
    } catch (error) {
      // Every failed attempt is visible in the ledger (status failed, its error) until a retry completes it.
      await this.recordAttemptFailure(job, attempt, error).catch(() => undefined);
      throw error;
    }
  }

  /** Resolves once the work after every job committed so far is done (tests, the relay's flush). */
  async settled(): Promise<void> {
    while (this.afterWork.size > 0) await Promise.all([...this.afterWork]);
  }

  /** On stop: the work under way gets a few seconds (what it leaves undone has its own way to be tried again). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.race([this.settled(), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  }

  private async recordAttemptFailure(job: JobEnvelope, attempt: number, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await writeLedger(this.dataSource.manager, {
      jobId: job.jobId,
      jobName: job.name,
      status: 'failed',
      attempts: attempt,
      processedBy: this.processIdentity,
      lastError: message.slice(0, 2000),
      result: null,
    });
  }

  /** Makes a final failure visible in the ledger (status failed, the last error). */
  async recordFailure(job: JobEnvelope, attempt: number, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.error({ jobId: job.jobId, job: job.name, attempt, err: message }, 'job failed for good');
    await writeLedger(this.dataSource.manager, {
      jobId: job.jobId,
      jobName: job.name,
      status: 'failed',
      attempts: attempt,
      processedBy: this.processIdentity,
      lastError: message.slice(0, 2000),
      result: null,
    });
  }
}

async function writeLedger(
  manager: EntityManager,
  row: Omit<JobRunEntity, 'finishedAt'>,
): Promise<void> {
  await manager.query(
    `INSERT INTO job_run (job_id, job_name, status, attempts, processed_by, last_error, result, finished_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, now())
     ON CONFLICT (job_id) DO UPDATE SET status = EXCLUDED.status, attempts = EXCLUDED.attempts,
       processed_by = EXCLUDED.processed_by, last_error = EXCLUDED.last_error, result = EXCLUDED.result,
       finished_at = EXCLUDED.finished_at
     WHERE job_run.status <> 'completed' OR EXCLUDED.status = 'completed'`,
    [row.jobId, row.jobName, row.status, row.attempts, row.processedBy, row.lastError, row.result ? JSON.stringify(row.result) : null],
  );
}
