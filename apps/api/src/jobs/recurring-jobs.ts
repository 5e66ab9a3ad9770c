import { JobEnvelope, JobName } from './job-catalog';

/** A job run on a clock rather than after an event. */
export interface RecurringJob {
  name: JobName;
  /** How often it ticks; each tick covers one period of this length (aligned on the Unix epoch, in UTC). */
  everyMs: number;
}

const MINUTE = 60_000;

/**
 * The recurring jobs. Campaign-local moments (midnight, 07:30) are found by the handlers
 * themselves on each tick, in each campaign's time zone, and remembered per campaign and local
 * date (`schedule_state`), so a quarter-hour tick suits every zone, half-hour offsets included.
 */
export const RECURRING_JOBS: readonly RecurringJob[] = [
  // Overdue deals: the owner first, the managers after the grace period (notifications/).
  { name: 'notifications.overdue-sweep', everyMs: 5 * MINUTE },
  // Urgency depends on the days left: recompute each campaign once its local date changed.
  { name: 'urgency.day-change', everyMs: 15 * MINUTE },
  // The morning digest of each rep, from 07:30 campaign time.
  { name: 'notifications.daily-digest', everyMs: 15 * MINUTE },
  // Rivals' status pages and news feeds: each feed has its own interval; the tick polls those due (rival-feeds/).
  { name: 'feeds.poll', everyMs: MINUTE },
];

/** The start of the period of `job` that contains `at`. */
export function periodStart(job: RecurringJob, at: Date): Date {
  return new Date(Math.floor(at.getTime() / job.everyMs) * job.everyMs);
}

/**
 * The envelope of the tick of `job` covering `at`: its id is the job's name and the period
 * (`notifications.overdue-sweep@2026-11-23T08:25:00.000Z`), so the ledger runs each period once
 * however many processes or retries deliver it.
 */
export function tickEnvelope(job: RecurringJob, at: Date): JobEnvelope {
  const start = periodStart(job, at).toISOString();
  return { jobId: `${job.name}@${start}`, name: job.name, payload: { at: start }, eventId: `tick:${job.name}@${start}` };
}

export function recurringJob(name: string): RecurringJob | undefined {
  return RECURRING_JOBS.find((j) => j.name === name);
}
