import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';
import { createCampaign, createUser, dbIdOf, globalId, gqlAs, signIn, until } from './integrations.support';

const ROWS = 100_000;
const REPS = 10;
/** DESIGN: a process stops within 10 s of SIGTERM, whatever it is doing. */
const STOP_WITHIN_MS = 10_000;

function generateCsv(rows: number): Buffer {
  const lines = ['name,segment,countries,monthlySpend,externalRef'];
  for (let i = 1; i <= rows; i++) lines.push(`Customer ${i},smb_web,FR,${100 + (i % 9000)},SIG-${i}`);
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** Sends SIGTERM and resolves with how long the process took to exit, and its exit code. */
async function terminate(p: LifeboatProcess): Promise<{ ms: number; code: number | null }> {
  const started = Date.now();
  const exited = new Promise<number | null>((resolve) => (p.child.exitCode !== null ? resolve(p.child.exitCode) : p.child.once('exit', (code) => resolve(code))));
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 30_000);
  const code = await exited;
  clearTimeout(timer);
  return { ms: Date.now() - started, code };
}

/**
 * SIGTERM in the middle of long work (a 100,000-row import, then a hand-out of the 100,000
 * accounts to 10 reps): the worker exits within 10 s, what it wrote is whole batches only (nothing
 * half-written), and the next worker finishes the work exactly once.
 */
describeWith(['postgres', 'redis'], 'SIGTERM during a large import and a bulk assignment', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const processes: LifeboatProcess[] = [];

  afterAll(async () => {
    for (const p of processes.reverse()) await p.stop().catch(() => undefined);
    await db?.drop();
  });

  it('stops within 10 s each time, and the work finishes exactly once on the next worker', async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, LIFEBOAT_QUEUE_PREFIX: `e2e-term-${randomBytes(4).toString('hex')}` };
    const api = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'api' });
    processes.push(api);
    const worker = async () => {
      const w = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'worker' });
      processes.push(w);
      return w;
    };
    const { campaignId } = await createCampaign(db.query, 'Takeover');
    await createUser(db.query, 'max@example.test', 'manager', [campaignId]);
    const reps: string[] = [];
    for (let i = 0; i < REPS; i++) reps.push(await createUser(db.query, `rep${i}@example.test`, 'rep', [campaignId]));
    const token = await signIn(api.url, 'max@example.test');

    // 1. SIGTERM during the import.
    let w1 = await worker();
    const upload = await fetch(`${api.url}/imports/${globalId('Campaign', campaignId)}?fileName=customers.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: new Uint8Array(generateCsv(ROWS)),
    });
    expect(upload.status).toBe(202);
    const importId = dbIdOf(((await upload.json()) as { id: string }).id);
    const imported = async () => (await db.query(`SELECT status, rows_done FROM account_import WHERE id = $1`, [importId])).rows[0];
    await until(async () => ((await imported()).rows_done > 0 ? true : null), 90_000, 'the import starts');
    const first = await terminate(w1);
    expect(first.ms).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // Whole chunks only: the accounts in the database are exactly the rows the import committed.
    const afterImportStop = await imported();
    const { rows: accountsNow } = await db.query(`SELECT count(*)::int AS n FROM account WHERE campaign_id = $1`, [campaignId]);
    expect(accountsNow[0].n).toBe(afterImportStop.rows_done);

    w1 = await worker();
    expect(await until(async () => ((await imported()).status === 'completed' ? imported() : null), 200_000, 'the import completes')).toEqual({
      status: 'completed',
      rows_done: ROWS,
    });
    const { rows: imports } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT external_ref)::int AS refs FROM account WHERE campaign_id = $1`, [campaignId]);
    expect(imports[0]).toEqual({ n: ROWS, refs: ROWS });

    // 2. SIGTERM during the hand-out of the 100,000 accounts to 10 reps.
    const input = { campaignId: globalId('Campaign', campaignId), filter: { unassigned: true }, repIds: reps.map((r) => globalId('User', r)), strategy: 'by_load' };
    const preview = await gqlAs(api.url, token, `query($input: BulkAssignmentInput!) { bulkAssignmentPreview(input: $input) { total shares { repId count } } }`, { input });
    expect(preview.data.bulkAssignmentPreview.total).toBe(ROWS);
    const started = await gqlAs(api.url, token, `mutation($input: BulkAssignmentInput!) { startBulkAssignment(input: $input) { bulkAssignment { id } } }`, { input });
    expect(started.errors).toBeUndefined();
    const assignmentId = dbIdOf(started.data.startBulkAssignment.bulkAssignment.id);
    const handOut = async () => (await db.query(`SELECT status, done, assigned_count FROM bulk_assignment WHERE id = $1`, [assignmentId])).rows[0];
    await until(async () => ((await handOut()).done > 0 ? true : null), 90_000, 'the hand-out starts');
    // A stuck worker: another session holds the hand-out's row, so the next batch waits on its lock
    // for ever and a graceful stop (which waits for the job in hand) would never end.
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT id FROM bulk_assignment WHERE id = $1 FOR UPDATE`, [assignmentId]);
    await until(
      async () => {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%bulk_assignment%FOR UPDATE%'`);
        return rows[0].n > 0 ? true : null;
      },
      60_000,
      'the next batch waits on the lock',
    );
    const second = await terminate(w1);
    expect(second.ms).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // Stopped by the deadline, not gracefully.
    expect(second.code).toBe(1);
    await blocker.query('ROLLBACK');
    await blocker.end();
    const stopped = await handOut();
    const owned = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS owned,
             (SELECT count(*)::int FROM audit_entry e WHERE e.campaign_id = $1 AND e.action = 'account.assigned') AS audited
           FROM account WHERE campaign_id = $1 AND owner_id IS NOT NULL`,
          [campaignId],
        )
      ).rows[0];
    // Whole batches only: as many accounts owned (and audited) as the batches committed.
    expect(await owned()).toEqual({ owned: stopped.assigned_count, audited: stopped.assigned_count });

    const w2 = await worker();
    const completed = await until(async () => ((await handOut()).status === 'completed' ? handOut() : null), 300_000, 'the hand-out completes').catch(async (error) => {
      // What the jobs say, to tell why.
      const jobs = await db.query(`SELECT job_id, status, attempts, processed_by, last_error, result FROM job_run WHERE job_name = 'accounts.bulk-assign' ORDER BY finished_at`);
      const pending = await db.query(`SELECT type, payload, dispatch_attempts, last_error FROM outbox_event WHERE dispatched_at IS NULL`);
      throw new Error(`${(error as Error).message}\n${JSON.stringify(await handOut())}\n${JSON.stringify(jobs.rows, null, 1)}\n${JSON.stringify(pending.rows)}\n${w2.output().slice(-3000)}`);
    });
    expect(completed).toEqual({
      status: 'completed',
      done: ROWS,
      assigned_count: ROWS,
    });
    // Exactly once: every account owned and audited once, each rep's count as previewed, one notification each.
    expect(await owned()).toEqual({ owned: ROWS, audited: ROWS });
    const { rows: perRep } = await db.query(`SELECT owner_id, count(*)::int AS n FROM account WHERE campaign_id = $1 GROUP BY owner_id`, [campaignId]);
    const expected = Object.fromEntries((preview.data.bulkAssignmentPreview.shares as Array<{ repId: string; count: number }>).map((s) => [dbIdOf(s.repId), s.count]));
    expect(Object.fromEntries(perRep.map((r: { owner_id: string; n: number }) => [r.owner_id, r.n]))).toEqual(expected);
    const notified = await until(
      async () => {
        const { rows } = await db.query(`SELECT user_id, count(*)::int AS n FROM notification WHERE kind = 'accounts_assigned' GROUP BY user_id`);
        return rows.length === REPS ? rows : null;
      },
      30_000,
      'each rep is notified',
    );
    expect(notified.every((r: { n: number }) => r.n === 1)).toBe(true);

    // 3. The api itself, serving, stops within the deadline too.
    const third = await terminate(api);
    expect(third.ms).toBeLessThanOrEqual(STOP_WITHIN_MS);
  }, 800_000);
});
