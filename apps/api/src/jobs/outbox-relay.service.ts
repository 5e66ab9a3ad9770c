import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { jobsForEvent } from './job-catalog';
import { JobExecutor } from './job-executor.service';
import { JobQueue } from './job-queue';
import { OutboxEventEntity } from './outbox-event.entity';

const BATCH = 100;
const SWEEP_MS = 2000;
/** Written by triggers, one per deal changed (migration 1795402170000): relayed after the other events. */
const DEAL_ANNOUNCEMENT = 'opportunity.changed';

/**
 * Hands committed outbox events to the job queue. Kicked right after each commit, and swept
 * every two seconds for what a failed hand-over (Redis away) or a crash left behind.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly executor: JobExecutor,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), SWEEP_MS);
    this.timer.unref();
    this.queue.onAvailable(() => {
      this.retryNow().catch((error: unknown) => this.logger.warn(`Outbox retry after reconnection failed: ${error instanceof Error ? error.message : String(error)}`));
    });
    this.kick();
  }

  /**
   * The queue is reachable again: hand-overs that backed off while it was away are due now, not
   * up to a minute later. Only failed hand-overs (`dispatch_attempts > 0`) are brought forward;
   * events written for later on purpose (webhook retries) keep their time.
   */
  async retryNow(): Promise<number> {
    if (this.stopped) return 0;
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `WITH due AS (
         UPDATE outbox_event SET next_attempt_at = now()
         WHERE dispatched_at IS NULL AND dispatch_attempts > 0 AND next_attempt_at > now()
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM due`,
    );
    const count = rows[0]?.n ?? 0;
    if (count > 0) this.logger.log(`Queue reachable again: retrying ${count} waiting event(s) now`);
    this.kick();
    return count;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Asks for a relay pass soon; passes never overlap within a process. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /**
   * Relays until nothing is due and the work after the jobs' commits is done (it may queue more);
   * for tests and shutdown. Never runs beside another pass.
   */
  async flush(): Promise<void> {
    for (let round = 0; round < 2; round++) {
      while (this.running) await this.running;
      this.running = this.loop().finally(() => {
        this.running = null;
      });
      await this.running;
      await this.executor.settled();
    }
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while (!this.stopped && (await this.relayBatch()) === BATCH) {
          /* a full batch: there may be more */
        }
      } catch (error) {
        this.logger.warn(`Outbox relay pass failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (this.again && !this.stopped);
  }

  private async relayBatch(): Promise<number> {
    const repo = this.dataSource.getRepository(OutboxEventEntity);
    // The announcements the triggers write deal by deal (opportunity.changed) go after every other
    // due event: an UPDATE of many deals writes one per deal, and whatever else is due (a hand-out's
    // next batch, its "finished", a statistics refresh) must not wait behind them (a hand-out, when
    // it still wrote one per deal, took tens of minutes instead of seconds: it now announces each
    // batch in one event, migration 1795402700000). Each lane keeps its order.
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM outbox_event WHERE dispatched_at IS NULL AND next_attempt_at <= $1
       ORDER BY (type = '${DEAL_ANNOUNCEMENT}'), created_at, id LIMIT ${BATCH}`,
      [new Date()],
    );
    if (ids.length === 0) return 0;
    const byId = new Map((await repo.findBy({ id: In(ids.map((r) => r.id)), dispatchedAt: IsNull() })).map((e) => [e.id, e]));
    const due = ids.map((r) => byId.get(r.id)).filter((e): e is OutboxEventEntity => e !== undefined);
    for (const event of due) {
      // Stopping: the rest stays pending for the next start (an import resumes at its last committed chunk).
      if (this.stopped) break;
      const jobs = jobsForEvent(event);
      try {
        await this.queue.dispatch(jobs);
        await repo.update({ id: event.id }, { dispatchedAt: new Date(), lastError: null });
      } catch (error) {
        const attempts = event.dispatchAttempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        const max = this.queue.maxDispatchAttempts;
        if (max !== null && attempts >= max) {
          for (const job of jobs) await this.executor.recordFailure(job, attempts, error);
          await repo.update({ id: event.id }, { dispatchedAt: new Date(), dispatchAttempts: attempts, lastError: message });
          continue;
        }
        const backoffMs = Math.min(1000 * 2 ** (attempts - 1), 60_000);
        await repo.update(
          { id: event.id },
          { dispatchAttempts: attempts, lastError: message.slice(0, 2000), nextAttemptAt: new Date(Date.now() + backoffMs) },
        );
        this.logger.warn(`Event ${event.type} ${event.id} not handed over (attempt ${attempts}): ${message}`);
        // Redis is away: the rest of the batch would fail the same way.
        if (this.queue.kind === 'redis') break;
      }
    }
    return ids.length;
  }
}
