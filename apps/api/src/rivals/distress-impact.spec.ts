import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';

const DAY = 24 * 3600 * 1000;

const RECORD = `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) {
  distressEvent { id impact { status } } rival { health shutdownExpectedAt version } } }`;
const IMPACT = `query($id: ID!) { node(id: $id) { ... on DistressEvent { id impact { status accountsRecomputed urgencyChanged deadlinesChanged computedAt } } } }`;

interface Impact {
  status: string;
  accountsRecomputed: number;
  urgencyChanged: number;
  deadlinesChanged: number;
  computedAt: string | null;
}

/** Per campaign: every account's urgency and every open deal's due time, to count the changes by brute force. */
async function snapshot(ds: DataSource): Promise<{ urgency: Map<string, { campaign: string; urgency: number }>; due: Map<string, { campaign: string; due: number | null }> }> {
  const accounts: Array<{ id: string; campaign_id: string; urgency: number }> = await ds.query(`SELECT id, campaign_id, urgency FROM account`);
  const deals: Array<{ id: string; campaign_id: string; due_at: Date | null }> = await ds.query(
    `SELECT id, campaign_id, due_at FROM opportunity WHERE stage NOT IN ('won','lost')`,
  );
  return {
    urgency: new Map(accounts.map((a) => [a.id, { campaign: a.campaign_id, urgency: Number(a.urgency) }])),
    due: new Map(deals.map((d) => [d.id, { campaign: d.campaign_id, due: d.due_at ? new Date(d.due_at).getTime() : null }])),
  };
}

describe('a distress event says what it changed (DistressEvent.impact, embedded PostgreSQL, jobs in process)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let rivalId: string;
  const campaigns: Record<'a' | 'b' | 'other', string> = { a: '', b: '', other: '' };
  const tokens: Record<string, string> = {};

  const gql = <T = any>(who: string, query: string, variables: Record<string, unknown>) => graphql<T>(lifeboat.url, tokens[who], { query, variables });

  async function impactOf(who: string, eventId: string): Promise<Impact> {
    const res = await gql<{ node: { impact: Impact } | null }>(who, IMPACT, { id: eventId });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    if (!res.data?.node) throw new Error(`${who} cannot see event ${eventId}`);
    return res.data.node.impact;
  }

  async function waitDone(eventId: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      if ((await impactOf('admin', eventId)).status === 'done') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the recomputation did not run');
  }

  async function record(input: Record<string, unknown>): Promise<string> {
    const res = await gql<{ recordDistressEvent: { distressEvent: { id: string; impact: { status: string } } } }>('manon', RECORD, {
      input: { rivalId: toGlobalId('Rival', rivalId), occurredAt: new Date().toISOString(), severity: 3, ...input },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    // Queued by the same commit; it may already have run when the payload is resolved.
    expect(['pending', 'done']).toContain(res.data!.recordDistressEvent.distressEvent.impact.status);
    return res.data!.recordDistressEvent.distressEvent.id;
  }

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('Ebone', 'NL', 'distressed', $1) RETURNING id`, [
      new Date(Date.now() + 60 * DAY),
    ]);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: campaigns.a }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Ebone A') RETURNING id`, [rivalId]);
    [{ id: campaigns.b }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Ebone B') RETURNING id`, [rivalId]);
    [{ id: campaigns.other }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [other.id]);
    const segments = ['enterprise_vpn', 'isp_wholesale', 'hosting', 'colocation', 'smb_web'];
    const sizes = { a: 40, b: 25, other: 10 };
    for (const key of ['a', 'b', 'other'] as const) {
      for (let i = 0; i < sizes[key]; i++) {
        // Varied spend, countries, stages and stage ages; a fifth without a deal.
        const [account] = await ds.query(
          `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider, created_at)
           VALUES ($1, $2, lower($2), $3, $4, $5::char(2)[], $6, now() - ($7 || ' days')::interval) RETURNING id`,
          [campaigns[key], `${key} Customer ${i}`, segments[i % 5], (i % 7) * 150_000, i % 3 === 0 ? '{FR,DE,NL}' : '{FR}', i % 4 === 0, String(i % 30)],
        );
        if (i % 5 === 4) continue;
        await ds.query(
          `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, $3, now() - ($4 || ' days')::interval)`,
          [account.id, campaigns[key], i % 2 === 0 ? 'contacted' : 'identified', String(i % 12)],
        );
      }
    }
    const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaigns.a] });
    const chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaigns.b] });
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    for (const [name, u] of Object.entries({ manon, chloe, admin })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  const brute = (before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>, campaignIds: string[]) => {
    let accounts = 0;
    let urgency = 0;
    let deadlines = 0;
    for (const [id, row] of after.urgency) {
      if (!campaignIds.includes(row.campaign)) continue;
      accounts++;
      if (before.urgency.get(id)?.urgency !== row.urgency) urgency++;
    }
    for (const [id, row] of after.due) if (campaignIds.includes(row.campaign) && before.due.get(id)?.due !== row.due) deadlines++;
    return { accountsRecomputed: accounts, urgencyChanged: urgency, deadlinesChanged: deadlines };
  };

  /** Records an event, waits for its recomputation and checks each caller's counts against the database's diff. */
  async function recordAndCompare(input: Record<string, unknown>) {
    const before = await snapshot(ds);
    const id = await record(input);
    await waitDone(id);
    const after = await snapshot(ds);
    const expected = {
      a: brute(before, after, [campaigns.a]),
      b: brute(before, after, [campaigns.b]),
      both: brute(before, after, [campaigns.a, campaigns.b]),
      other: brute(before, after, [campaigns.other]),
    };
    // The manager of campaign A sees A's counts; a rep of B sees B's; an admin sees both.
    expect(await impactOf('manon', id)).toMatchObject({ status: 'done', ...expected.a, computedAt: expect.any(String) });
    expect(await impactOf('chloe', id)).toMatchObject({ status: 'done', ...expected.b });
    expect(await impactOf('admin', id)).toMatchObject({ status: 'done', ...expected.both });
    // Another rival's campaign is not touched.
    expect(expected.other).toMatchObject({ urgencyChanged: 0, deadlinesChanged: 0 });
    return expected;
  }

  it('counts the accounts whose urgency changed and the deals whose deadline moved, per visible campaign, as a brute-force diff of the database does', async () => {
    // A first event brings every urgency and due time up to date.
    const first = await record({ kind: 'press_report', summary: 'Le Monde: creditors meet on Monday.' });
    await waitDone(first);

    // Some accounts and deals are left stale (as before a campaign's first recomputation): a minor
    // event changes only those, so the counts are neither all nor nothing.
    await ds.query(`UPDATE account SET urgency = CASE WHEN urgency = 0 THEN 1 ELSE 0 END WHERE campaign_id = ANY($1::uuid[]) AND name LIKE '%1'`, [
      [campaigns.a, campaigns.b],
    ]);
    await ds.query(
      `UPDATE opportunity SET due_at = due_at + interval '1 hour'
       WHERE campaign_id = ANY($1::uuid[]) AND account_id IN (SELECT id FROM account WHERE name LIKE '%2' OR name LIKE '%3')`,
      [[campaigns.a, campaigns.b]],
    );
    const minor = await recordAndCompare({ kind: 'press_report', severity: 1, summary: 'A forum thread about slow support.' });
    expect(minor.a.accountsRecomputed).toBe(40);
    expect(minor.a.urgencyChanged).toBeGreaterThan(0);
    expect(minor.a.urgencyChanged).toBeLessThan(40);
    expect(minor.a.deadlinesChanged).toBeGreaterThan(0);
    expect(minor.a.deadlinesChanged).toBeLessThan(32);

    // A shutdown warning moves the deadline of every deal due after it, and everyone's urgency.
    const major = await recordAndCompare({
      kind: 'shutdown_warning',
      severity: 5,
      summary: 'The network goes dark in six days.',
      shutdownAt: new Date(Date.now() + 6 * DAY).toISOString(),
    });
    expect(major.a.urgencyChanged).toBeGreaterThan(minor.a.urgencyChanged);
    expect(major.a.deadlinesChanged).toBeGreaterThan(0);

    // Events recorded otherwise (the demo, before this release) say so rather than show zeros.
    const [legacy] = await ds.query(
      `INSERT INTO distress_event (rival_id, kind, occurred_at, severity, summary) VALUES ($1, 'strike', now(), 2, 'Old news.') RETURNING id`,
      [rivalId],
    );
    expect(await impactOf('admin', toGlobalId('DistressEvent', legacy.id))).toMatchObject({ status: 'unknown', accountsRecomputed: 0 });
  });
});
