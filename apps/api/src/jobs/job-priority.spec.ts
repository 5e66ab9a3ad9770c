import type { AppConfig } from '../config/app-config';
import { jobsForEvent, type JobEnvelope } from './job-catalog';
import type { JobExecutor } from './job-executor.service';
import { RedisJobQueue } from './redis-job-queue';

/**
 * Per-deal announcements must not hold up other work: a hand-out of 100,000 accounts writes 100,000
 * `opportunity.changed` events, and its next batch, its notifications and its statistics refresh
 * waited behind them on the BullMQ queue (a hand-out's last 5,000 accounts were still waiting after
 * 300 s under load). Their jobs are marked as background and BullMQ gets them with a priority, which
 * it takes only when no plain job waits.
 */
describe('job order: per-deal announcements go last', () => {
  const event = (type: string, payload: object) => ({ id: '0190e0b8-0000-7000-8000-000000000001', type, payload });

  it('marks the jobs of opportunity.changed as background, and no other event’s', () => {
    const announced = jobsForEvent(event('opportunity.changed', { opportunityId: 'o', accountId: 'a', campaignId: 'c', change: 'owner', stage: 'identified', previousStage: null, version: 1 }));
    expect(announced.length).toBeGreaterThan(0);
    expect(announced.every((job) => job.background === true)).toBe(true);
    const next = jobsForEvent(event('bulk_assignment.continued', { assignmentId: 'b', campaignId: 'c', fromPosition: 5000 }));
    expect(next.length).toBeGreaterThan(0);
    expect(next.some((job) => job.background)).toBe(false);
  });

  it('hands background jobs to BullMQ with a priority (taken after every plain job), plain jobs without', async () => {
    const config = { jobs: { kind: 'redis', url: 'redis://127.0.0.1:6379', prefix: 'unused' }, runsJobs: false } as unknown as AppConfig;
    const queue = new RedisJobQueue(config, {} as JobExecutor);
    const added: Array<{ name: string; opts: { priority?: number } }> = [];
    (queue as unknown as { queue: { addBulk: (jobs: typeof added) => Promise<void> } }).queue = {
      addBulk: async (jobs) => {
        added.push(...jobs);
      },
    };
    const plain: JobEnvelope = { jobId: 'e1--accounts.bulk-assign', name: 'accounts.bulk-assign' as JobEnvelope['name'], payload: {}, eventId: 'e1' };
    const background: JobEnvelope = { ...plain, jobId: 'e2--realtime.publish', eventId: 'e2', background: true };
    await queue.dispatch([background, plain]);
    expect(added.map((job) => job.opts.priority)).toEqual([1, undefined]);
  });
});
