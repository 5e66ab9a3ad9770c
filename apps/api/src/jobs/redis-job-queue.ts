import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobEnvelope } from './job-catalog';
import { JobExecutor, UnrecoverableJobError } from './job-executor.service';
import { JobQueue, QueueStatus } from './job-queue';
import { RecurringJob, recurringJob, tickEnvelope } from './recurring-jobs';

export const QUEUE_NAME = 'lifeboat-jobs';
const ATTEMPTS = 5;

/** BullMQ on Redis: api processes produce, worker processes (LIFEBOAT_ROLE=worker|all) consume. */
@Injectable()
export class RedisJobQueue extends JobQueue implements OnModuleInit, OnApplicationShutdown {
  readonly kind = 'redis' as const;
  // Redis may come back: an event's hand-over is retried until it succeeds, nothing is dropped.
  readonly maxDispatchAttempts = null;
  private readonly logger = new Logger(RedisJobQueue.name);
  private producerConnection!: IORedis;
  private workerConnection?: IORedis;
  private queue!: Queue;
  private worker?: Worker;
  private readonly availableListeners: Array<() => void> = [];
  private recurring: readonly RecurringJob[] | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly executor: JobExecutor,
  ) {
    super();
  }

  private get redis(): { url: string; prefix: string } {
    if (this.config.jobs.kind !== 'redis') throw new Error('RedisJobQueue without REDIS_URL');
    return this.config.jobs;
  }

  onModuleInit(): void {
    // Fail fast when Redis is away: the outbox keeps the event and retries later.
    this.producerConnection = new IORedis(this.redis.url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.producerConnection.on('error', (err) => this.logger.warn(`Redis (producer): ${err.message}`));
    // Back (or connected for the first time): retry what waited, make sure the schedulers exist.
    this.producerConnection.on('ready', () => {
      for (const listener of this.availableListeners) listener();
      if (this.recurring) void this.upsertSchedulers(this.recurring);
    });
    this.queue = new Queue(QUEUE_NAME, { connection: this.producerConnection, prefix: this.redis.prefix });
    this.queue.on('error', (err) => this.logger.warn(`Queue: ${err.message}`));

    if (this.config.runsJobs) {
      this.workerConnection = new IORedis(this.redis.url, { maxRetriesPerRequest: null });
      this.workerConnection.on('error', (err) => this.logger.warn(`Redis (worker): ${err.message}`));
      this.worker = new Worker(
        QUEUE_NAME,
        async (job) => {
          const envelope = job.repeatJobKey ? this.tickOf(job) : (job.data as JobEnvelope);
          try {
            return await this.executor.execute(envelope, job.attemptsMade + 1);
          } catch (error) {
            if (error instanceof UnrecoverableJobError) throw new UnrecoverableError(error.message);
            throw error;
          }
        },
        { connection: this.workerConnection, prefix: this.redis.prefix, concurrency: 2 },
      );
      this.worker.on('failed', (job, error) => {
        if (!job) return;
        const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
        if (!final) return;
        let envelope: JobEnvelope;
        try {
          envelope = job.repeatJobKey ? this.tickOf(job) : (job.data as JobEnvelope);
        } catch {
          return;
        }
        void this.executor.recordFailure(envelope, job.attemptsMade, error).catch(() => undefined);
      });
      this.worker.on('error', (err) => this.logger.warn(`Worker: ${err.message}`));
      this.logger.log(`BullMQ worker consuming "${QUEUE_NAME}"`);
    }
  }

  async dispatch(jobs: JobEnvelope[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(
      jobs.map((job) => ({
        name: job.name,
        data: job,
        opts: {
          jobId: job.jobId,
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { count: 1000 },
          removeOnFail: { count: 5000 },
          // BullMQ takes a prioritized job only when no plain one waits: announcements go last.
          ...(job.background ? { priority: 1 } : {}),
        },
      })),
    );
  }

  override onAvailable(listener: () => void): void {
    this.availableListeners.push(listener);
  }

  /** The producer's Redis connection (fails fast while Redis is away); the queue board keeps its tickets there. */
  get redisConnection(): IORedis {
    return this.producerConnection;
  }

  /** The BullMQ queue (the queue board shows it). */
  get bullQueue(): Queue {
    return this.queue;
  }

  /**
   * Recurring jobs as BullMQ job schedulers: every worker upserts the same ids, and Redis makes one
   * job per tick whatever the number of workers. Schedulers no longer in the list are removed.
   * Redis away at start: done again when it connects.
   */
  async scheduleRecurring(jobs: readonly RecurringJob[]): Promise<void> {
    this.recurring = jobs;
    await this.upsertSchedulers(jobs);
  }

  private async upsertSchedulers(jobs: readonly RecurringJob[]): Promise<void> {
    try {
      for (const job of jobs) {
        await this.queue.upsertJobScheduler(
          job.name,
          { every: job.everyMs },
          {
            name: job.name,
            data: { recurring: job.name },
            opts: { attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { count: 200 }, removeOnFail: { count: 1000 } },
          },
        );
      }
      const known = new Set<string>(jobs.map((j) => j.name));
      for (const scheduler of await this.queue.getJobSchedulers()) {
        if (scheduler.key && !known.has(scheduler.key)) await this.queue.removeJobScheduler(scheduler.key);
      }
    } catch (error) {
      this.logger.warn(`Recurring jobs not scheduled yet (retried when Redis is back): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The ledger envelope of a scheduler's job: the job name and the period of its scheduled time. */
  private tickOf(job: Job): JobEnvelope {
    const recurring = recurringJob(job.name);
    if (!recurring) throw new UnrecoverableError(`No recurring job "${job.name}".`);
    const at = job.opts.prevMillis ?? job.timestamp;
    return tickEnvelope(recurring, new Date(at));
  }

  async status(): Promise<QueueStatus> {
    try {
      const pong = await this.producerConnection.ping();
      return { kind: 'redis', status: pong === 'PONG' ? 'up' : 'down' };
    } catch (error) {
      return { kind: 'redis', status: 'down', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
    this.workerConnection?.disconnect();
    this.producerConnection?.disconnect();
  }
}
