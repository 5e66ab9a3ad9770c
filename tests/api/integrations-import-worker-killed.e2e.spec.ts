import { randomBytes } from 'node:crypto';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';
import { createCampaign, createUser, dbIdOf, globalId, signIn, until } from './integrations.support';

const ROWS = 100_000;

/** A generated customer list: one account a row, unique external refs E2E-1 … E2E-n. */
function generateCsv(rows: number): Buffer {
  const lines = ['name,segment,countries,monthlySpend,externalRef,contactName,contactEmail'];
  const segments = ['enterprise_vpn', 'isp_wholesale', 'hosting', 'colocation', 'smb_web'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`Customer ${i},${segments[i % 5]},${i % 3 === 0 ? 'FR|DE|NL' : 'FR'},${100 + (i % 9000)},E2E-${i},Contact ${i},c${i}@customer.example`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/**
 * An import survives its worker: chunks commit with their progress, so a worker killed mid-file
 * (SIGKILL, no goodbye) leaves a resumable import that a new worker finishes, without a row twice
 * nor a row missing.
 */
describeWith(['postgres', 'redis'], 'a worker killed in the middle of a 100,000-row import', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: LifeboatProcess | undefined;
  let worker: LifeboatProcess | undefined;
  let second: LifeboatProcess | undefined;

  afterAll(async () => {
    await second?.stop();
    await worker?.stop();
    await api?.stop();
    await db?.drop();
  });

  it('completes with exactly 100,000 accounts after a new worker takes over', async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, LIFEBOAT_QUEUE_PREFIX: `e2e-kill-${randomBytes(4).toString('hex')}` };
    api = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'api' });
    worker = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'worker' });
    const { campaignId } = await createCampaign(db.query, 'Takeover');
    await createUser(db.query, 'max@example.test', 'manager', [campaignId]);
    const token = await signIn(api.url, 'max@example.test');

    // 100,000 rows (about 9 MB): too large for a GraphQL request, uploaded to the import route.
    const response = await fetch(`${api.url}/imports/${globalId('Campaign', campaignId)}?fileName=customers.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: new Uint8Array(generateCsv(ROWS)),
    });
    expect(response.status).toBe(202);
    const created = (await response.json()) as { id: string; status: string; totalRows: number };
    expect(created).toMatchObject({ status: 'queued', totalRows: ROWS });
    const importId = dbIdOf(created.id);
    const progress = async () => (await db.query(`SELECT status, rows_done FROM account_import WHERE id = $1`, [importId])).rows[0];

    // SIGKILL the worker somewhere between 10 % and 90 % of the file.
    const at = await until(
      async () => {
        const p = await progress();
        return p.rows_done >= ROWS * 0.1 && p.rows_done <= ROWS * 0.9 ? p : p.rows_done > ROWS * 0.9 ? Promise.reject(new Error(`too late: ${p.rows_done}`)) : null;
      },
      90_000,
      'the import reaches 10 %',
    );
    worker.child.kill('SIGKILL');
    await worker.stop();
    const killedAt = (await progress()).rows_done;
    expect(killedAt).toBeLessThan(ROWS);
    expect(killedAt).toBeGreaterThanOrEqual(at.rows_done);

    second = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'worker' });
    const done = await until(
      async () => {
        const p = await progress();
        return p.status === 'completed' || p.status === 'failed' ? p : null;
      },
      // Resuming waits for BullMQ to see the dead worker's job as stalled (its 30 s lock), then the rest of the file.
      200_000,
      'the import completes on the new worker',
    );
    expect(done).toEqual({ status: 'completed', rows_done: ROWS });

    const { rows } = await db.query(
      `SELECT count(*)::int AS accounts, count(DISTINCT external_ref)::int AS refs,
              min(substring(external_ref FROM 5)::int) AS first, max(substring(external_ref FROM 5)::int) AS last,
              (SELECT count(*)::int FROM opportunity o WHERE o.campaign_id = $1) AS deals,
              (SELECT count(*)::int FROM contact c JOIN account x ON x.id = c.account_id WHERE x.campaign_id = $1) AS contacts
       FROM account WHERE campaign_id = $1`,
      [campaignId],
    );
    // 100,000 distinct refs from 1 to 100,000: no duplicates and no gaps; one deal and one contact each.
    expect(rows[0]).toEqual({ accounts: ROWS, refs: ROWS, first: 1, last: ROWS, deals: ROWS, contacts: ROWS });
    const counts = await db.query(`SELECT inserted_count, updated_count, failed_count FROM account_import WHERE id = $1`, [importId]);
    expect(counts.rows[0]).toEqual({ inserted_count: ROWS, updated_count: 0, failed_count: 0 });
    // The chunk the first worker was in when it died was run again by the second.
    const { rows: runs } = await db.query(
      `SELECT j.processed_by, count(*)::int AS chunks FROM job_run j WHERE j.job_name = 'imports.run' AND j.status = 'completed' GROUP BY 1`,
    );
    expect(runs.find((r: { processed_by: string }) => r.processed_by.endsWith(`:${second!.child.pid}`))).toBeDefined();
  }, 330_000);
});
