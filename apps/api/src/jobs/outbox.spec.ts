import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestApp } from '../testing/test-app';
import { UnitOfWork } from '../database/unit-of-work';
import { OutboxRelay } from './outbox-relay.service';
import { JobExecutor } from './job-executor.service';
import { JobQueue } from './job-queue';
import { RivalEntity } from '../rivals/rival.entity';
import { JobEnvelope } from './job-catalog';

describe('outbox and in-process jobs (embedded PostgreSQL)', () => {
  let lifeboat: RunningLifeboat;
  let ds: DataSource;
  let rival: RivalEntity;

  beforeAll(async () => {
    lifeboat = await startTestApp();
    ds = lifeboat.db.dataSource;
    rival = await ds.getRepository(RivalEntity).save({ name: 'KPNQwest', country: 'NL', health: 'insolvent', services: ['vpn'] });
  });
  afterAll(() => lifeboat.close());

  const pending = () => ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`).then((r) => r[0].n as number);

  it('writes the event with the change and runs its job after commit, once', async () => {
    const uow = lifeboat.app.get(UnitOfWork);
    const distressEventId = '00000000-0000-4000-8000-000000000001';
    await uow.run(async (tx) => {
      await tx.emit('distress_event.recorded', { rivalId: rival.id, distressEventId });
    });
    await lifeboat.app.get(OutboxRelay).flush();
    expect(await pending()).toBe(0);
    const runs = await ds.query(`SELECT job_name, status, processed_by, result FROM job_run WHERE job_name = 'urgency.recompute-for-rival'`);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ job_name: 'urgency.recompute-for-rival', status: 'completed' });
    expect(runs[0].processed_by).toMatch(/^all@/);
    expect(runs[0].result).toMatchObject({ rivalId: rival.id, distressEventId });
  });

  it('writes nothing when the transaction rolls back', async () => {
    const uow = lifeboat.app.get(UnitOfWork);
    const before = await ds.query(`SELECT count(*)::int AS n FROM outbox_event`);
    await expect(
      uow.run(async (tx) => {
        await tx.emit('distress_event.recorded', { rivalId: rival.id, distressEventId: '00000000-0000-4000-8000-000000000002' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await ds.query(`SELECT count(*)::int AS n FROM outbox_event`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('runs a job delivered twice only once (the ledger deduplicates by job id)', async () => {
    const executor = lifeboat.app.get(JobExecutor);
    const job: JobEnvelope = {
      jobId: 'e-dup--urgency.recompute-for-rival',
      name: 'urgency.recompute-for-rival',
      payload: { rivalId: rival.id, distressEventId: '00000000-0000-4000-8000-000000000003' },
      eventId: 'e-dup',
    };
    await expect(executor.execute(job, 1)).resolves.toBe('completed');
    await expect(executor.execute(job, 2)).resolves.toBe('skipped');
  });

  it('refuses an invalid payload without retrying it', async () => {
    const executor = lifeboat.app.get(JobExecutor);
    await expect(
      executor.execute({ jobId: 'bad', name: 'urgency.recompute-for-rival', payload: { rivalId: 'not-a-uuid', distressEventId: 'not-a-uuid-either' }, eventId: 'bad' }, 1),
    ).rejects.toThrow(/Invalid payload for urgency.recompute-for-rival: rivalId, distressEventId/);
  });

  it('keeps an event whose jobs fail, retries it with back-off, and records the failure after the last attempt', async () => {
    const queue = lifeboat.app.get(JobQueue);
    const relay = lifeboat.app.get(OutboxRelay);
    const dispatch = jest.spyOn(queue, 'dispatch').mockRejectedValue(new Error('handler exploded'));
    try {
      await lifeboat.app.get(UnitOfWork).run((tx) =>
        tx.emit('distress_event.recorded', { rivalId: rival.id, distressEventId: '00000000-0000-4000-8000-000000000004' }),
      );
      // The commit kicks a pass of its own, and the two-second sweep may start one at any time: a
      // pass that fails after our "bring the retry forward" pushes it back again. So bring it forward
      // and flush until the relay gives up, within a bound; the attempt counter says how many were made.
      await relay.flush();
      const [first] = await ds.query(`SELECT dispatch_attempts, next_attempt_at > now() AS later FROM outbox_event WHERE dispatched_at IS NULL`);
      // Failed, kept, and its next attempt put off (back-off).
      expect(first.later).toBe(true);
      expect(first.dispatch_attempts).toBeGreaterThanOrEqual(1);
      for (let pass = 0; pass < 4 * queue.maxDispatchAttempts! && (await pending()) > 0; pass++) {
        await ds.query(`UPDATE outbox_event SET next_attempt_at = now() WHERE dispatched_at IS NULL`);
        await relay.flush();
      }
    } finally {
      dispatch.mockRestore();
    }
    expect(await pending()).toBe(0);
    const [event] = await ds.query(`SELECT dispatch_attempts, last_error FROM outbox_event WHERE payload->>'distressEventId' = $1`, [
      '00000000-0000-4000-8000-000000000004',
    ]);
    expect(event).toEqual({ dispatch_attempts: queue.maxDispatchAttempts, last_error: 'handler exploded' });
    const [run] = await ds.query(`SELECT status, last_error FROM job_run WHERE job_id LIKE $1`, ['%--urgency.recompute-for-rival']);
    expect(run).toBeDefined();
    const failed = await ds.query(`SELECT job_name, status, last_error FROM job_run WHERE status = 'failed' ORDER BY job_name`);
    // Every job of the event is recorded as failed, each with the last error.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed).toContainEqual({ job_name: 'urgency.recompute-for-rival', status: 'failed', last_error: 'handler exploded' });
    expect(failed.every((f: { last_error: string }) => f.last_error === 'handler exploded')).toBe(true);
  });
  it('relays the per-deal announcements after the other events: a hand-out’s statistics refresh does not wait behind its 150 announcements', async () => {
    // One transaction, as a hand-out's last batch writes them: the triggers' opportunity.changed
    // events (one per deal), then tables.bulk_written. Same created_at; the ids put the refresh last.
    await ds.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO outbox_event (id, type, payload)
         SELECT ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'opportunity.changed',
                jsonb_build_object('opportunityId', gen_random_uuid(), 'accountId', gen_random_uuid(), 'campaignId', gen_random_uuid(),
                                   'change', 'owner', 'stage', 'contacted', 'previousStage', NULL, 'version', 1)
         FROM generate_series(1, 150) g`,
      );
      await manager.query(
        `INSERT INTO outbox_event (id, type, payload) VALUES ('ffffffff-ffff-4fff-bfff-ffffffffffff', 'tables.bulk_written', '{"tables": ["account"], "reason": "test"}')`,
      );
    });
    const queue = lifeboat.app.get(JobQueue);
    const order: string[] = [];
    const original = queue.dispatch.bind(queue);
    const spy = jest.spyOn(queue, 'dispatch').mockImplementation(async (jobs: JobEnvelope[]) => {
      order.push(...jobs.map((j) => j.name));
      return original(jobs);
    });
    try {
      await lifeboat.app.get(OutboxRelay).flush();
    } finally {
      spy.mockRestore();
    }
    expect(await pending()).toBe(0);
    expect(order[0]).toBe('maintenance.analyze');
    expect(order.filter((name) => name === 'realtime.publish')).toHaveLength(150);
  });
});
