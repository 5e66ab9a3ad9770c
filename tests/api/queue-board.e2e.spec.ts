import { randomBytes } from 'node:crypto';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';
import { createCampaign, createUser, gqlAs, signIn, until } from './integrations.support';

const OPEN = `mutation { openQueueBoard { url expiresAt } }`;
const STATUS = `query { queueBoard { enabled path } }`;

/** The job queue board (Bull Board) with Redis: admins only, through a single-use ticket and a path-bound cookie. */
describeWith(['postgres', 'redis'], 'the queue board at /admin/queues (PostgreSQL server, Redis)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: LifeboatProcess | undefined;

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('lets an admin in with a single-use ticket, and refuses everyone else', async () => {
    db = await createTestDatabase();
    api = await startLifeboatProcess({
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      LIFEBOAT_ROLE: 'all',
      LIFEBOAT_QUEUE_PREFIX: `e2e-board-${randomBytes(4).toString('hex')}`,
    });
    const { campaignId } = await createCampaign(db.query, 'Takeover');
    await createUser(db.query, 'ada@example.test', 'admin');
    await createUser(db.query, 'mia@example.test', 'manager', [campaignId]);
    const ada = await signIn(api.url, 'ada@example.test');
    const mia = await signIn(api.url, 'mia@example.test');
    const get = (path: string, cookie?: string) => fetch(`${api!.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

    // Anonymous, or a made-up cookie: 401 with a JSON reason.
    const anonymous = await get('/admin/queues/');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect((await get('/admin/queues/api/queues', 'lifeboat_board=forged')).status).toBe(401);
    expect((await get('/admin/queues/session?ticket=forged')).status).toBe(401);
    // A manager may not ask for a ticket.
    expect((await gqlAs(api.url, mia, STATUS)).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await gqlAs(api.url, mia, OPEN)).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    // The admin's ticket opens a session once.
    expect((await gqlAs(api.url, ada, STATUS)).data).toEqual({ queueBoard: { enabled: true, path: '/admin/queues' } });
    const opened = await gqlAs<{ openQueueBoard: { url: string } }>(api.url, ada, OPEN);
    expect(opened.errors).toBeUndefined();
    const ticketUrl = opened.data!.openQueueBoard.url;
    expect(ticketUrl).toMatch(/^\/admin\/queues\/session\?ticket=[A-Za-z0-9_-]{40,}$/);
    const exchanged = await get(ticketUrl);
    expect(exchanged.status).toBe(303);
    expect(exchanged.headers.get('location')).toBe('/admin/queues/');
    const setCookie = exchanged.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^lifeboat_board=[A-Za-z0-9_-]+; Path=\/admin\/queues; Max-Age=3600; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    expect((await get(ticketUrl)).status).toBe(401);

    // With the cookie: the board's page, its API (our queue in it) and its assets, under a CSP of its own.
    const page = await get('/admin/queues/', cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<base href="/admin/queues/"');
    expect(page.headers.get('content-security-policy')).toContain('https://fonts.googleapis.com');
    const queues = await get('/admin/queues/api/queues?activeQueue=lifeboat-jobs', cookie);
    expect(queues.status).toBe(200);
    expect(JSON.stringify(await queues.json())).toContain('lifeboat-jobs');
    const html = await (await get('/admin/queues/', cookie)).text();
    const script = /src="(static\/js\/main[^"]+)"/.exec(html)![1];
    expect((await get(`/admin/queues/${script}`, cookie)).status).toBe(200);
    // Everywhere else the app's strict policy is unchanged.
    const health = await get('/health');
    expect(health.headers.get('content-security-policy')).not.toContain('fonts.googleapis.com');

    // The recurring jobs are BullMQ job schedulers here: their first ticks ran through the job ledger, one row per job and period.
    const ticks = await until(async () => {
      const { rows } = await db.query(`SELECT job_id, status FROM job_run WHERE job_id LIKE '%@%' ORDER BY job_id`);
      return rows.length >= 3 && rows;
    }, 60_000, 'the first scheduled ticks');
    expect(ticks.map((r: { job_id: string }) => r.job_id.split('@')[0]).sort()).toEqual(['feeds.poll', 'notifications.daily-digest', 'notifications.overdue-sweep', 'urgency.day-change']);
    expect(ticks.every((r: { job_id: string; status: string }) => r.status === 'completed' && /@\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/.test(r.job_id))).toBe(true);

    // Demoted since: the same session is refused.
    await db.query(`UPDATE app_user SET role = 'manager' WHERE email = 'ada@example.test'`);
    const demoted = await get('/admin/queues/', cookie);
    expect(demoted.status).toBe(403);
    expect(((await demoted.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  }, 120_000);
});
