import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestApp } from '../testing/test-app';
import { OutboxRelay } from './outbox-relay.service';

describe('the outbox relay when the queue comes back (embedded PostgreSQL)', () => {
  let lifeboat: RunningLifeboat;
  let ds: DataSource;

  beforeAll(async () => {
    lifeboat = await startTestApp();
    ds = lifeboat.db.dataSource;
  });
  afterAll(() => lifeboat.close());

  it('brings hand-overs that backed off forward at once, and leaves events written for later alone', async () => {
    const relay = lifeboat.app.get(OutboxRelay);
    const hour = new Date(Date.now() + 3_600_000);
    // Two hand-overs that failed while the queue was away (backed off for an hour), and a webhook retry due in an hour on purpose.
    const insert = (attempts: number) =>
      ds
        .query(
          `INSERT INTO outbox_event (type, payload, dispatch_attempts, next_attempt_at, last_error)
           VALUES ('proposals.expiry_due', $1::jsonb, $2, $3, $4) RETURNING id`,
          [JSON.stringify({ requestedAt: new Date().toISOString() }), attempts, hour, attempts > 0 ? 'Redis is away' : null],
        )
        .then((rows: Array<{ id: string }>) => rows[0].id);
    const failed = [await insert(3), await insert(6)];
    const later = await insert(0);

    await expect(relay.retryNow()).resolves.toBe(2);
    await relay.flush();
    const rows: Array<{ id: string; dispatched: boolean }> = await ds.query(
      `SELECT id, dispatched_at IS NOT NULL AS dispatched FROM outbox_event WHERE id = ANY($1::uuid[])`,
      [[...failed, later]],
    );
    const dispatched = Object.fromEntries(rows.map((r) => [r.id, r.dispatched]));
    expect(failed.map((id) => dispatched[id])).toEqual([true, true]);
    expect(dispatched[later]).toBe(false);
    // Nothing left to bring forward.
    await expect(relay.retryNow()).resolves.toBe(0);
  });
});
