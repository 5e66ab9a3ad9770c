import { randomBytes } from 'node:crypto';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { hash } from '@node-rs/argon2';
import { eventually, gql, LifeboatProcess, signInAs, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';

const RECORD = `mutation Record($input: RecordDistressEventInput!) {
  recordDistressEvent(input: $input) { distressEvent { id } rival { health shutdownExpectedAt } }
}`;

/** DATABASE_URL and REDIS_URL: stateless api processes, jobs on BullMQ run by a separate worker. */
describeWith(['postgres', 'redis'], 'Lifeboat on a PostgreSQL server and Redis, with a separate worker', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: LifeboatProcess | undefined;
  let worker: LifeboatProcess | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      // A queue of its own, so that concurrent runs on the same Redis never take each other's jobs.
      LIFEBOAT_QUEUE_PREFIX: `e2e-${randomBytes(4).toString('hex')}`,
    };
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await db?.drop();
  });

  it('runs the migrations on the server and reports PostgreSQL and Redis on /health', async () => {
    api = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'api' });
    // No demo on a server: an admin of this installation signs in.
    await db.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('ops@example.test', 'Ops', 'admin', $1)`, [
      await hash('a long enough password'),
    ]);
    await signInAs(api.url, 'ops@example.test', 'a long enough password');
    const health = await (await fetch(`${api.url}/health`)).json();
    expect(health).toEqual({
      status: 'ok',
      role: 'api',
      database: { kind: 'server', status: 'up' },
      queue: { kind: 'redis', status: 'up' },
    });
    const migrations = await db.query(`SELECT name FROM typeorm_migrations ORDER BY id`);
    expect(migrations.rows.map((r: { name: string }) => r.name)).toContain('RivalsAndJobs1795400000000');
    // No demo on a server unless asked for.
    const rivals = await gql<{ rivals: { totalCount: number } }>(api.url, '{ rivals { totalCount } }');
    expect(rivals.data?.rivals.totalCount).toBe(0);
  });

  it('leaves the job to the worker: queued while no worker runs, run by the worker process once it starts', async () => {
    const inserted = await db.query(
      `INSERT INTO rival (name, country, health, services) VALUES ('KPNQwest', 'NL', 'insolvent', '{vpn}') RETURNING id`,
    );
    const rivalGlobalId = Buffer.from(`Rival:${inserted.rows[0].id}`).toString('base64url');
    const result = await gql<{ recordDistressEvent: { distressEvent: { id: string }; rival: { health: string; shutdownExpectedAt: string } } }>(
      api!.url,
      RECORD,
      {
        input: {
          rivalId: rivalGlobalId,
          kind: 'shutdown_warning',
          occurredAt: '2026-11-23T08:00:00Z',
          severity: 5,
          summary: 'The network may be switched off days after a liquidation order.',
          shutdownAt: '2026-12-05T00:00:00Z',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDistressEvent.rival).toEqual({ health: 'liquidating', shutdownExpectedAt: '2026-12-05T00:00:00.000Z' });

    // Handed to Redis after commit, but an api process does not run jobs.
    await eventually(async () => {
      const r = await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NOT NULL`);
      return r.rows[0].n === 1;
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await db.query(`SELECT count(*)::int AS n FROM job_run`)).rows[0].n).toBe(0);

    worker = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'worker' });
    const run = await eventually(async () => {
      const r = await db.query(`SELECT job_name, status, processed_by, result FROM job_run WHERE job_name = 'urgency.recompute-for-rival'`);
      return r.rows[0];
    });
    expect(run).toMatchObject({ job_name: 'urgency.recompute-for-rival', status: 'completed' });
    expect(run.processed_by).toBe(`worker@${require('node:os').hostname()}:${worker.child.pid}`);
    expect(run.result).toMatchObject({ rivalId: inserted.rows[0].id, rivalHealth: 'liquidating' });
  });
});
