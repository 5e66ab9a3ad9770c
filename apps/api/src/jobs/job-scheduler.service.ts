import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobName } from './job-catalog';
import { JobExecutor } from './job-executor.service';
import { JobQueue } from './job-queue';
import { OutboxRelay } from './outbox-relay.service';
import { RECURRING_JOBS, recurringJob, tickEnvelope } from './recurring-jobs';
import { RedisJobQueue } from './redis-job-queue';

/** How often the in-process timer looks for a period whose tick has not run yet. */
const CHECK_MS = 30_000;
/** The first look, a little after start-up (the app is ready, the demo loaded). */
const FIRST_CHECK_MS = 10_000;

/**
 * Runs the recurring jobs (RECURRING_JOBS) where jobs run, when `config.scheduler` is on:
 * - with Redis, as BullMQ job schedulers (one job per tick across every worker);
 * - without, on a timer in this process (the only one).
 * Either way a tick goes through the JobExecutor with the id `<job>@<period start>`, so a tick
 * delivered twice, or retried, has its effect once.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private timer?: NodeJS.Timeout;
  private checking: Promise<void> | null = null;
  private readonly done = new Map<JobName, string>();
  private readonly attempts = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly executor: JobExecutor,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.scheduler) return;
    if (this.queue instanceof RedisJobQueue) {
      await this.queue.scheduleRecurring(RECURRING_JOBS);
      return;
    }
    const check = () => {
      this.checking ??= this.runDue(new Date()).finally(() => {
        this.checking = null;
      });
    };
    const first = setTimeout(() => {
      check();
      this.timer = setInterval(check, CHECK_MS);
      this.timer.unref();
    }, FIRST_CHECK_MS);
    first.unref();
    this.timer = first;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      clearInterval(this.timer);
    }
    await this.checking;
  }

  /** Runs, in this process, each recurring job whose tick covering `at` has not completed here yet. */
  async runDue(at: Date): Promise<void> {
    for (const job of RECURRING_JOBS) {
      const { jobId } = tickEnvelope(job, at);
      if (this.done.get(job.name) === jobId) continue;
      try {
        await this.runTick(job.name, at);
        this.done.set(job.name, jobId);
      } catch (error) {
        this.logger.warn(`Recurring job ${jobId} failed (retried at the next check): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /**
   * Runs the tick of `name` covering `at` through the ledger: 'skipped' when that period already
   * completed. Tests drive time with it.
   */
  async runTick(name: JobName, at: Date): Promise<'completed' | 'skipped'> {
    const job = recurringJob(name);
    if (!job) throw new Error(`"${name}" is not a recurring job.`);
    const envelope = tickEnvelope(job, at);
    const attempt = (this.attempts.get(envelope.jobId) ?? 0) + 1;
    this.attempts.set(envelope.jobId, attempt);
    try {
      return await this.executor.execute(envelope, attempt);
    } finally {
      if (this.attempts.size > 100) this.attempts.clear();
      // What the tick wrote to the outbox (notifications) goes out now rather than at the next sweep.
      this.relay.kick();
    }
  }
}
