import { createServer, type AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { addCalendarDays, startOfLocalDay } from '@lifeboat/domain';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { startSmtpSink } from '../testing/smtp-sink';
import { JobScheduler } from '../jobs/job-scheduler.service';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { addBusinessHours } from './business-hours';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind title body read readAt createdAt campaignId subjectType subjectId } }
  }
}`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedIds unreadCount } }`;
const ASSIGN = `mutation($input: AssignAccountInput!) { assignAccount(input: $input) { account { id owner { id } } } }`;
const BOARD = `query { queueBoard { enabled path } }`;
const OPEN_BOARD = `mutation { openQueueBoard { url expiresAt } }`;

/** A port nothing listens on (yet). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}


async function until<T>(probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not met in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Decodes a quoted-printable mail body enough to read its text. */
const readable = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('scheduled jobs and notifications (embedded PostgreSQL, over HTTP, time driven by the test)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let scheduler: JobScheduler;
  let smtpPort: number;
  let rivalId: string;
  let kpn: string;
  let ny: string;
  let manonId: string;
  let aliceId: string;
  let brunoId: string;
  let manon: string;
  let alice: string;
  let bruno: string;
  let admin: string;

  const notificationsOf = (userId: string, kind?: string): Promise<Array<{ id: string; kind: string; entity_id: string; title: string; body: string }>> =>
    ds.query(`SELECT id, kind, entity_id, title, body FROM notification WHERE user_id = $1 ${kind ? 'AND kind = $2' : ''} ORDER BY created_at, id`, kind ? [userId, kind] : [userId]);

  async function seedDeal(name: string, campaignId: string, ownerId: string | null, dueAt: Date, stage = 'contacted'): Promise<{ accountId: string; dealId: string }> {
    const [a] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, owner_id) VALUES ($1, $2, lower($2), 'hosting', $3) RETURNING id, version`,
      [campaignId, name, ownerId],
    );
    const [o] = await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, due_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [a.id, campaignId, stage, new Date(dueAt.getTime() - 5 * 24 * HOUR), dueAt],
    );
    return { accountId: a.id, dealId: o.id };
  }

  beforeAll(async () => {
    smtpPort = await freePort();
    lifeboat = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'Lifeboat <lifeboat@example.test>' });
    ds = lifeboat.db.dataSource;
    url = lifeboat.url;
    scheduler = lifeboat.app.get(JobScheduler);
    [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 60 * 24 * HOUR),
    ]);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPN takeover') RETURNING id`, [rivalId]);
    [{ id: ny }] = await ds.query(`INSERT INTO campaign (rival_id, name, settings) VALUES ($1, 'KPN New York', '{"timeZone":"America/New_York"}') RETURNING id`, [rivalId]);
    manonId = (await createUser(ds, { email: 'manon@example.test', role: 'manager', name: 'Manon', campaignIds: [kpn, ny] })).id;
    aliceId = (await createUser(ds, { email: 'alice@example.test', role: 'rep', name: 'Alice', campaignIds: [kpn, ny] })).id;
    brunoId = (await createUser(ds, { email: 'bruno@example.test', role: 'rep', name: 'Bruno', campaignIds: [kpn] })).id;
    await createUser(ds, { email: 'admin@example.test', role: 'admin', name: 'Ada' });
    const password = 'correct horse battery staple';
    [manon, alice, bruno, admin] = await Promise.all(
      ['manon', 'alice', 'bruno', 'admin'].map((n) => signIn(url, `${n}@example.test`, password)),
    );
  }, 60_000);
  afterAll(() => lifeboat?.close());

  it('runs a recurring job once per period through the job ledger, whoever delivers the tick', async () => {
    const at = new Date('2026-11-18T08:02:10Z');
    await expect(scheduler.runTick('notifications.overdue-sweep', at)).resolves.toBe('completed');
    // The same five minutes again (another worker, a retry): nothing runs twice.
    await expect(scheduler.runTick('notifications.overdue-sweep', new Date('2026-11-18T08:04:59Z'))).resolves.toBe('skipped');
    await expect(scheduler.runTick('notifications.overdue-sweep', new Date('2026-11-18T08:05:00Z'))).resolves.toBe('completed');
    const runs = await ds.query(`SELECT job_id, status FROM job_run WHERE job_name = 'notifications.overdue-sweep' ORDER BY job_id`);
    expect(runs).toEqual([
      { job_id: 'notifications.overdue-sweep@2026-11-18T08:00:00.000Z', status: 'completed' },
      { job_id: 'notifications.overdue-sweep@2026-11-18T08:05:00.000Z', status: 'completed' },
    ]);
    // runDue runs every recurring job for its period, once in this process.
    const day = new Date('2026-11-18T08:20:00Z');
    await scheduler.runDue(day);
    await scheduler.runDue(day);
    const ids = (await ds.query(`SELECT job_id FROM job_run WHERE job_id LIKE '%@2026-11-18T08:15:00.000Z' OR job_id LIKE '%@2026-11-18T08:20:00.000Z' ORDER BY job_id`)).map(
      (r: { job_id: string }) => r.job_id,
    );
    expect(ids).toEqual([
      'feeds.poll@2026-11-18T08:20:00.000Z',
      'notifications.daily-digest@2026-11-18T08:15:00.000Z',
      'notifications.overdue-sweep@2026-11-18T08:20:00.000Z',
      'urgency.day-change@2026-11-18T08:15:00.000Z',
    ]);
  });

  it('tells the owner of an overdue deal first, the managers after the grace period, each once; an unassigned one goes to the managers', async () => {
    // Wednesday 2026-11-25 10:00 in Paris.
    const due = new Date('2026-11-25T09:00:00Z');
    const owned = await seedDeal('Hewlett-Packard', kpn, aliceId, due);
    const unowned = await seedDeal('Opodo', kpn, null, due);
    const about = async (userId: string, accountId: string) => (await notificationsOf(userId)).filter((n) => n.entity_id === accountId).map((n) => n.kind);

    await scheduler.runTick('notifications.overdue-sweep', new Date(due.getTime() - MINUTE));
    expect(await about(aliceId, owned.accountId)).toEqual([]);

    await scheduler.runTick('notifications.overdue-sweep', new Date(due.getTime() + 6 * MINUTE));
    expect(await about(aliceId, owned.accountId)).toEqual(['overdue']);
    expect(await about(manonId, owned.accountId)).toEqual([]);
    expect(await about(manonId, unowned.accountId)).toEqual(['overdue']);
    const [told] = (await notificationsOf(aliceId, 'overdue')).filter((n) => n.entity_id === owned.accountId);
    expect(told.title).toBe('Overdue: Hewlett-Packard');
    expect(told.body).toContain('contacted');

    // Within the grace period: nothing more, however many ticks.
    for (const later of [1, 2, 3]) await scheduler.runTick('notifications.overdue-sweep', new Date(due.getTime() + later * HOUR));
    expect(await about(aliceId, owned.accountId)).toEqual(['overdue']);
    expect(await about(manonId, owned.accountId)).toEqual([]);

    // Four business hours after the owner was told (10:05 Paris + 4 h): the managers hear of it, once.
    const escalation = addBusinessHours(new Date(due.getTime() + 5 * MINUTE), 4, 'Europe/Paris');
    expect(escalation.toISOString()).toBe('2026-11-25T13:05:00.000Z');
    await scheduler.runTick('notifications.overdue-sweep', new Date(escalation.getTime() - MINUTE));
    expect(await about(manonId, owned.accountId)).toEqual([]);
    for (const later of [5, 10, 60, 24 * 60]) {
      await scheduler.runTick('notifications.overdue-sweep', new Date(escalation.getTime() + later * MINUTE));
    }
    expect(await about(manonId, owned.accountId)).toEqual(['escalated']);
    expect(await about(aliceId, owned.accountId)).toEqual(['overdue']);
    expect(await about(manonId, unowned.accountId)).toEqual(['overdue']);
    const [escalated] = (await notificationsOf(manonId, 'escalated')).filter((n) => n.entity_id === owned.accountId);
    expect(escalated.body).toContain('Alice');

    // A new due time (the deal moved on and is late again) starts over with the owner.
    const nextDue = new Date('2026-11-27T09:00:00Z');
    await ds.query(`UPDATE opportunity SET stage = 'negotiating', due_at = $2 WHERE id = $1`, [owned.dealId, nextDue]);
    await scheduler.runTick('notifications.overdue-sweep', new Date(nextDue.getTime() + 10 * MINUTE));
    expect(await about(aliceId, owned.accountId)).toEqual(['overdue', 'overdue']);
    expect(await about(manonId, owned.accountId)).toEqual(['escalated']);
    // Friday 22:00 in Paris + 4 business hours: 2 on Friday, 2 on Monday; a grace period never counts a weekend.
    expect(addBusinessHours(new Date('2026-11-27T21:00:00Z'), 4, 'Europe/Paris').toISOString()).toBe('2026-11-30T01:00:00.000Z');
  });

  it('recomputes urgency when a campaign’s local date changes, once per campaign and day, in its own time zone', async () => {
    const [account] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend) VALUES ($1, 'Euronext', 'euronext', 'enterprise_vpn', 2000000) RETURNING id`,
      [kpn],
    );
    const [nyAccount] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend) VALUES ($1, 'Lycos', 'lycos', 'enterprise_vpn', 2000000) RETURNING id`,
      [ny],
    );
    const computedAt = async (id: string) => ((await ds.query(`SELECT urgency_computed_at FROM account WHERE id = $1`, [id]))[0].urgency_computed_at as Date | null)?.toISOString() ?? null;
    const state = async () =>
      Object.fromEntries(
        (await ds.query(`SELECT campaign_id, to_char(last_local_date, 'YYYY-MM-DD') AS d FROM schedule_state WHERE task = 'urgency.day-change' AND campaign_id = ANY($1)`, [[kpn, ny]])).map(
          (r: { campaign_id: string; d: string }) => [r.campaign_id === kpn ? 'paris' : 'newYork', r.d],
        ),
      );
    await ds.query(`DELETE FROM schedule_state WHERE task = 'urgency.day-change'`);

    // 23:30 in Paris on the 30th (17:30 in New York): first run, both campaigns recomputed.
    const evening = new Date('2026-11-30T22:30:00Z');
    await scheduler.runTick('urgency.day-change', evening);
    expect(await computedAt(account.id)).toBe(evening.toISOString());
    expect(await state()).toEqual({ paris: '2026-11-30', newYork: '2026-11-30' });

    // Same local date a quarter later: nothing recomputed.
    await scheduler.runTick('urgency.day-change', new Date('2026-11-30T22:45:00Z'));
    expect(await computedAt(account.id)).toBe(evening.toISOString());

    // Midnight in Paris: the Paris campaign's day changed, not New York's (18:00 there).
    const midnight = new Date('2026-11-30T23:00:00Z');
    await scheduler.runTick('urgency.day-change', midnight);
    expect(await computedAt(account.id)).toBe(midnight.toISOString());
    expect(await state()).toEqual({ paris: '2026-12-01', newYork: '2026-11-30' });
    const [run] = await ds.query(`SELECT result FROM job_run WHERE job_id = 'urgency.day-change@2026-11-30T23:00:00.000Z'`);
    expect(run.result.campaigns).toEqual([{ campaignId: kpn, localDate: '2026-12-01' }]);

    // Midnight in New York (05:00Z): its turn.
    const nyMidnight = new Date('2026-12-01T05:00:00Z');
    await scheduler.runTick('urgency.day-change', nyMidnight);
    expect(await state()).toEqual({ paris: '2026-12-01', newYork: '2026-12-01' });
    expect(await computedAt(nyAccount.id)).toBe(nyMidnight.toISOString());
  });

  it('notifies a rep of an account assigned to them, and the notifications API shows each user only their own', async () => {
    const { accountId } = await seedDeal('AOL Europe', kpn, null, new Date(Date.now() + 48 * HOUR));
    const assigned = await graphql(url, manon, { query: ASSIGN, variables: { input: { accountId: gid('Account', accountId), ownerId: gid('User', brunoId), expectedVersion: 1 } } });
    expect(assigned.errors).toBeUndefined();
    await lifeboat.app.get(OutboxRelay).flush();
    const mine = await until(async () => (await notificationsOf(brunoId, 'account_assigned')).find((n) => n.entity_id === accountId), 'the assignment notification');
    expect(mine.title).toBe('New account: AOL Europe');
    expect(mine.body).toBe('Manon assigned this account to you.');

    type Page = { notifications: { totalCount: number; unreadCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; kind: string; read: boolean; subjectType: string | null; subjectId: string | null; campaignId: string } }> } };
    const brunos = await graphql<Page>(url, bruno, { query: LIST, variables: { first: 10 } });
    expect(brunos.errors).toBeUndefined();
    expect(brunos.data!.notifications.edges.map((e) => e.node.kind)).toEqual(['account_assigned']);
    expect(brunos.data!.notifications.edges[0].node).toMatchObject({ read: false, subjectType: 'Account', subjectId: gid('Account', accountId), campaignId: gid('Campaign', kpn) });
    expect(brunos.data!.notifications).toMatchObject({ totalCount: 1, unreadCount: 1 });
    const brunosId = brunos.data!.notifications.edges[0].node.id;

    // Alice's list: hers only, newest first, paged with the cursor.
    const aliceCount = (await notificationsOf(aliceId)).length;
    expect(aliceCount).toBeGreaterThanOrEqual(2);
    const first = await graphql<Page>(url, alice, { query: LIST, variables: { first: 1 } });
    expect(first.data!.notifications).toMatchObject({ totalCount: aliceCount, unreadCount: aliceCount, pageInfo: { hasNextPage: true } });
    const rest = await graphql<Page>(url, alice, { query: LIST, variables: { first: 200, after: first.data!.notifications.pageInfo.endCursor } });
    const all = [...first.data!.notifications.edges, ...rest.data!.notifications.edges].map((e) => e.node.id);
    expect(new Set(all).size).toBe(aliceCount);
    expect(all).not.toContain(brunosId);

    // Someone else's id is NOT_FOUND, and refuses the whole call (her own id in it stays unread too); one's own alone is marked.
    const theirs = await graphql<{ markNotificationsRead: { markedIds: string[]; unreadCount: number } }>(url, alice, { query: MARK, variables: { input: { ids: [all[0], brunosId] } } });
    expect(theirs.data).toBeNull();
    expect(theirs.errors?.[0]).toMatchObject({ message: 'Notification input.ids.1 was not found.', extensions: { code: 'NOT_FOUND' } });
    expect((await graphql<Page>(url, alice, { query: LIST, variables: { unreadOnly: true } })).data!.notifications.unreadCount).toBe(aliceCount);
    expect((await graphql<Page>(url, bruno, { query: LIST, variables: { unreadOnly: true } })).data!.notifications.unreadCount).toBe(1);
    const own = await graphql<{ markNotificationsRead: { markedIds: string[]; unreadCount: number } }>(url, alice, { query: MARK, variables: { input: { ids: [all[0]] } } });
    expect(own.data!.markNotificationsRead).toEqual({ markedIds: [all[0]], unreadCount: aliceCount - 1 });
    const unread = await graphql<Page>(url, alice, { query: LIST, variables: { unreadOnly: true } });
    expect(unread.data!.notifications).toMatchObject({ totalCount: aliceCount - 1, unreadCount: aliceCount - 1 });
    expect(unread.data!.notifications.edges.map((e) => e.node.id)).not.toContain(all[0]);
    const everything = await graphql<{ markNotificationsRead: { markedIds: string[]; unreadCount: number } }>(url, alice, { query: MARK, variables: { input: { all: true } } });
    expect(everything.data!.markNotificationsRead.unreadCount).toBe(0);
    expect(everything.data!.markNotificationsRead.markedIds).toHaveLength(aliceCount - 1);
    // Bruno's is still unread.
    expect((await graphql<Page>(url, bruno, { query: LIST })).data!.notifications.unreadCount).toBe(1);

    const nothing = await graphql(url, alice, { query: MARK, variables: { input: {} } });
    expect(nothing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await graphql(url, null, { query: LIST });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends each rep one morning digest at 07:30 campaign time, in the app and by email (retried until the mail server answers)', async () => {
    // The next 07:35 in Paris at least ten minutes ahead (and less than a day away): the test's own
    // changes (an assignment made now) come before it. (Run between 07:33 and 07:35 Paris time, an
    // assignment made during the test came after the digest's 07:35 and was not in it.)
    const zone = 'Europe/Paris';
    const now = new Date();
    let at = new Date(startOfLocalDay(now, zone).getTime() + 7 * HOUR + 35 * MINUTE);
    if (at.getTime() < now.getTime() + 10 * MINUTE) at = new Date(addCalendarDays(startOfLocalDay(now, zone), 1, zone).getTime() + 7 * HOUR + 35 * MINUTE);
    await ds.query(`DELETE FROM schedule_state WHERE task = 'notifications.daily-digest'`);
    await ds.query(`UPDATE account SET owner_id = NULL WHERE owner_id = $1`, [aliceId]);
    await seedDeal('Euronext Paris', kpn, aliceId, new Date(at.getTime() - 26 * HOUR));
    await seedDeal('Lycos Europe', kpn, aliceId, new Date(at.getTime() + 3 * HOUR));
    // Given to Alice by her manager yesterday evening (an assignment notification, as `assignAccount` writes).
    const { accountId: given } = await seedDeal('Tiscali', kpn, null, new Date(at.getTime() + 5 * 24 * HOUR));
    const assigned = await graphql(url, manon, { query: ASSIGN, variables: { input: { accountId: gid('Account', given), ownerId: gid('User', aliceId), expectedVersion: 1 } } });
    expect(assigned.errors).toBeUndefined();
    await until(async () => (await notificationsOf(aliceId, 'account_assigned')).length > 0, 'the assignment notification');

    // 07:20: too early.
    await scheduler.runTick('notifications.daily-digest', new Date(at.getTime() - 15 * MINUTE));
    expect(await notificationsOf(aliceId, 'digest')).toEqual([]);

    const dave = await createUser(ds, { email: 'dave@example.test', role: 'rep', name: 'Dave', campaignIds: [kpn] });
    // 07:35: Alice gets her digest, Bruno his (the account given to him yesterday); Dave, with nothing, none. No mail server yet.
    await scheduler.runTick('notifications.daily-digest', at);
    const [digest] = await notificationsOf(aliceId, 'digest');
    expect(digest.title).toBe('Your day (KPN takeover): 1 overdue, 1 due today');
    expect(digest.body).toContain('Overdue (1):\n• Euronext Paris — contacted');
    expect(digest.body).toContain('Due today (1):\n• Lycos Europe — contacted');
    expect(digest.body).toContain('New assignments (1):\n• New account: Tiscali');
    const [brunos] = await notificationsOf(brunoId, 'digest');
    expect(brunos.body).toContain('New assignments (1):\n• New account: AOL Europe');
    expect(await notificationsOf(dave.id, 'digest')).toEqual([]);

    // The attempt fails while the mail server is away: the notification says why, and its next attempt waits.
    const emailState = async () =>
      (await ds.query(`SELECT email_attempts, email_error, emailed_at FROM notification WHERE id = $1`, [digest.id]))[0] as {
        email_attempts: number;
        email_error: string | null;
        emailed_at: Date | null;
      };
    const failed = await until(async () => ((await emailState()).email_error ? emailState() : null), 'the failed email attempt');
    expect(failed).toMatchObject({ email_attempts: 1, emailed_at: null });
    expect(failed.email_error).toMatch(/ECONNREFUSED|connect/i);
    // Bruno's first attempt too has failed (else it could land after the back-off is cut short below, and wait its own 30 s).
    await until(
      async () => (await ds.query(`SELECT count(*)::int AS n FROM notification WHERE id = ANY($1::uuid[]) AND email_error IS NOT NULL`, [[digest.id, brunos.id]]))[0].n === 2,
      'both first attempts failed',
    );
    const nextAttempt = async () =>
      (await ds.query(
        `SELECT payload->>'attempt' AS attempt, next_attempt_at FROM outbox_event WHERE type = 'notification.email_due' AND payload->>'notificationId' = $1 AND dispatched_at IS NULL`,
        [digest.id],
      )) as Array<{ attempt: string; next_attempt_at: Date }>;
    const [queued] = await nextAttempt();
    expect(queued.attempt).toBe('2');
    // After the back-off (30 s after the first failure), not before.
    expect(new Date(queued.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 15_000);
    // No job failed: the email was sent outside the job's transaction, which committed at once.
    const emailJobs = await ds.query(
      `SELECT r.status FROM job_run r JOIN outbox_event e ON r.job_id = e.id || '--notifications.email' WHERE e.payload->>'notificationId' = $1`,
      [digest.id],
    );
    expect(emailJobs.map((j: { status: string }) => j.status)).toEqual(['completed']);

    // The mail server comes up: the retry delivers it, once.
    const sink = await startSmtpSink(smtpPort);
    try {
      // The back-off passes.
      await ds.query(`UPDATE outbox_event SET next_attempt_at = now() WHERE type = 'notification.email_due' AND dispatched_at IS NULL`);
      await until(async () => (await emailState()).emailed_at !== null, 'the email sent on retry', 40_000);
      await until(() => sink.mails.length === 2, 'both digests by email', 40_000);
      expect(await emailState()).toMatchObject({ email_attempts: 2, email_error: null });
      // Sent: no attempt left waiting.
      expect(await nextAttempt()).toEqual([]);
      expect(sink.mails.map((m) => m.to).sort()).toEqual([['alice@example.test'], ['bruno@example.test']]);
      const mail = readable(sink.mails.find((m) => m.to[0] === 'alice@example.test')!.raw);
      expect(mail).toContain('Subject: Lifeboat: Your day (KPN takeover): 1 overdue, 1 due today');
      expect(mail).toContain('From: Lifeboat <lifeboat@example.test>');
      expect(mail).toContain('Euronext Paris');
      expect(mail).toContain('Lycos Europe');
      expect((await ds.query(`SELECT emailed_at FROM notification WHERE id = $1`, [digest.id]))[0].emailed_at).not.toBeNull();

      // Later ticks the same morning: no second digest, no second mail.
      await scheduler.runTick('notifications.daily-digest', new Date(at.getTime() + 15 * MINUTE));
      await scheduler.runTick('notifications.daily-digest', new Date(at.getTime() + 2 * HOUR));
      await lifeboat.app.get(OutboxRelay).flush();
      expect(await notificationsOf(aliceId, 'digest')).toHaveLength(1);
      expect(sink.mails).toHaveLength(2);
    } finally {
      await sink.close();
    }
  }, 90_000);

  it('pushes a new notification live to its own user only (notificationAdded over graphql-ws)', async () => {
    const connect = (token: string): Client =>
      createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
    const clients = [connect(alice), connect(bruno)];
    const received: Record<string, string[]> = { alice: [], bruno: [] };
    try {
      (['alice', 'bruno'] as const).forEach((who, i) =>
        clients[i].subscribe<{ notificationAdded: { title: string } }>(
          { query: `subscription { notificationAdded { id title kind read } }` },
          { next: (v) => v.data && received[who].push(v.data.notificationAdded.title), error: () => undefined, complete: () => undefined },
        ),
      );
      const insert = (userId: string, title: string) =>
        ds.query(`INSERT INTO notification (user_id, campaign_id, kind, title) VALUES ($1, $2, 'digest', $3)`, [userId, kpn, title]);
      // The subscription starts asynchronously: insert until the first one arrives.
      let n = 0;
      await until(async () => {
        await insert(aliceId, `for alice ${n++}`);
        await lifeboat.app.get(OutboxRelay).flush();
        await new Promise((r) => setTimeout(r, 100));
        return received['alice'].length > 0;
      }, 'a live notification');
      await insert(brunoId, 'for bruno');
      await insert(aliceId, 'for alice, last');
      await lifeboat.app.get(OutboxRelay).flush();
      await until(() => received['alice'].includes('for alice, last') && received['bruno'].includes('for bruno'), 'both live notifications');
      expect(received['alice'].every((t) => t.startsWith('for alice'))).toBe(true);
      expect(received['bruno']).not.toContain('for alice, last');
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('holds no transaction while a mail server keeps it waiting: others’ requests answer meanwhile', async () => {
    // A mail server that accepts the connection and never says hello (the mailer waits 10 s for it).
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(smtpPort, '127.0.0.1', resolve));
    try {
      const [n] = await ds.query(
        `INSERT INTO notification (user_id, campaign_id, kind, title, body) VALUES ($1, $2, 'digest', 'Slow mail', 'body') RETURNING id`,
        [aliceId, kpn],
      );
      await ds.query(`INSERT INTO outbox_event (type, payload) VALUES ('notification.email_due', $1::jsonb)`, [JSON.stringify({ notificationId: n.id })]);
      // A pass of the relay (not flush(): it would wait for the mail attempt too).
      lifeboat.app.get(OutboxRelay).kick();
      // The mail is on its way: the mailer has connected to the silent server.
      await until(() => sockets.length > 0, 'the attempt under way');
      const started = Date.now();
      const me = await graphql<{ me: { email: string } }>(url, bruno, { query: '{ me { email } }' });
      expect(me.data?.me.email).toBe('bruno@example.test');
      expect(Date.now() - started).toBeLessThan(2_000);
      expect((await ds.query(`SELECT email_attempts FROM notification WHERE id = $1`, [n.id]))[0].email_attempts).toBe(1);
      // The server finally answers, with a refusal: the attempt fails and says so; the next waits for its back-off.
      for (const socket of sockets) socket.end('554 5.3.2 Service not available\r\n');
      const failed = await until(async () => (await ds.query(`SELECT email_error FROM notification WHERE id = $1 AND email_error IS NOT NULL`, [n.id]))[0], 'the failed attempt');
      expect(failed.email_error).toMatch(/Service not available/);
      await ds.query(`DELETE FROM outbox_event WHERE type = 'notification.email_due' AND dispatched_at IS NULL`);
    } finally {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 30_000);

  it('has no queue board without Redis: the route says so, and only admins may ask', async () => {
    const res = await fetch(`${url}/admin/queues`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/needs Redis \(REDIS_URL\)/);
    const status = await graphql<{ queueBoard: { enabled: boolean; path: string } }>(url, admin, { query: BOARD });
    expect(status.data!.queueBoard).toEqual({ enabled: false, path: '/admin/queues' });
    expect((await graphql(url, admin, { query: OPEN_BOARD })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await graphql(url, alice, { query: BOARD })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graphql(url, alice, { query: OPEN_BOARD })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
