import { JobEnvelope } from './job-catalog';

export interface QueueStatus {
  kind: 'in-process' | 'redis';
  status: 'up' | 'down';
  detail?: string;
}

/**
 * Where the outbox relay hands jobs. Two implementations, one set of handlers:
 * BullMQ on Redis (separate workers may run them) or the in-process runner.
 */
export abstract class JobQueue {
  abstract readonly kind: 'in-process' | 'redis';
  /** Resolves once the jobs are safely queued (Redis) or have run (in process); rejects otherwise. */
  abstract dispatch(jobs: JobEnvelope[]): Promise<void>;
  /** After this many failed hand-overs of one event, its jobs are recorded as failed; null: never give up. */
  abstract readonly maxDispatchAttempts: number | null;
  abstract status(): Promise<QueueStatus>;
  /**
   * Calls `listener` each time the queue becomes reachable again (Redis reconnected), so hand-overs
   * that backed off while it was away are retried at once. The in-process queue is always there.
   */
  onAvailable(listener: () => void): void {
    void listener;
  }
}
