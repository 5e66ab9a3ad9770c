import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { OutboxRelay } from '../jobs/outbox-relay.service';

/**
 * Issue #11: a page of accounts with everything the accounts screen nests (owner, rival, contacts,
 * current deal) costs a fixed number of SQL statements, whatever the page size: at most 6, the same
 * for 50 and for 200 (the caller's session and teams, the page with its count, then one batched
 * statement per nested kind). A behaviour test: it counts statements, it never times anything.
 */
const NESTED = `query($first: Int) {
  accounts(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id version name segment urgency monthlySpend { amount currency }
      owner { id name }
      rival { id name shutdownExpectedAt }
      contacts { id name }
      currentOpportunity { id stage overdue dueAt }
    } }
  }
}`;

/** Statements of background work running in the same process (outbox relay, jobs, webhooks, notifications, schedules). */
const BACKGROUND = /outbox_event|job_run|webhook|notification|schedule/i;

describe('accounts and the work queue at the SQL level: statements per request, pages against brute force (over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let token: string;
  let repTokens: string[];
  let repIds: string[];
  let campaignId: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    const [campaign] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rival.id]);
    const reps = [];
    for (const name of ['alice', 'bruno', 'chloe']) reps.push(await createUser(ds, { email: `${name}@example.test`, role: 'rep', campaignIds: [campaign.id] }));
    const manager = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaign.id] });
    // 260 accounts: most owned (by three reps), every fifth unassigned; 1–2 contacts each. Deals:
    // an open one due at (urgency − 50) hours from now (ties on due time and urgency on purpose),
    // none for every 7th, only a won one for every 13th, an open one without due time for every
    // 11th, and a lost one besides for every 4th urgency.
    await ds.query(
      `WITH a AS (
         INSERT INTO account (campaign_id, name, normalized_name, segment, owner_id, urgency)
         SELECT $1, 'Account ' || lpad(i::text, 3, '0'), 'account ' || lpad(i::text, 3, '0'), 'hosting',
                CASE WHEN i % 5 = 0 THEN NULL ELSE ($2::uuid[])[1 + i % 3] END, i % 100
         FROM generate_series(1, 260) AS i RETURNING id, urgency, substr(name, 9)::int AS i
       ), c AS (
         INSERT INTO contact (account_id, name, decision_maker) SELECT id, 'Contact ' || k, k = 1 FROM a CROSS JOIN generate_series(1, 1 + urgency % 2) AS k
       ), lost AS (
         INSERT INTO opportunity (account_id, campaign_id, stage, lost_reason, closed_at)
         SELECT id, $1, 'lost', 'price', now() - interval '1 day' FROM a WHERE urgency % 4 = 0 AND i % 7 <> 0
       ), won AS (
         INSERT INTO opportunity (account_id, campaign_id, stage, closed_at) SELECT id, $1, 'won', now() FROM a WHERE i % 13 = 0 AND i % 7 <> 0
       )
       INSERT INTO opportunity (account_id, campaign_id, stage, due_at)
       SELECT id, $1, 'contacted', CASE WHEN i % 11 = 0 THEN NULL ELSE now() + (urgency - 50) * interval '1 hour' END
       FROM a WHERE i % 7 <> 0 AND i % 13 <> 0`,
      [campaign.id, reps.map((r) => r.id)],
    );
    repTokens = await Promise.all(reps.map((r) => signIn(lifeboat.url, r.email, r.password)));
    repIds = reps.map((r) => r.id);
    campaignId = campaign.id;
    token = await signIn(lifeboat.url, manager.email, manager.password);
  });

  afterAll(() => lifeboat.close());

  /** The statements one request sends, with the page's size as a check that it really loaded that many accounts. */
  const statementsOf = async (first: number): Promise<string[]> => {
    await lifeboat.app.get(OutboxRelay).flush();
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const res = await graphql<{ accounts: { totalCount: number; edges: Array<{ node: { owner: unknown; contacts: unknown[]; currentOpportunity: unknown; rival: unknown } }> } }>(
        lifeboat.url,
        token,
        { query: NESTED, variables: { first } },
      );
      expect(res.errors).toBeUndefined();
      const edges = res.data!.accounts.edges;
      expect(edges).toHaveLength(first);
      expect(res.data!.accounts.totalCount).toBe(260);
      // Every nested kind was really loaded (so each one's statement is in the count).
      expect(edges.some((e) => e.node.owner !== null)).toBe(true);
      expect(edges.every((e) => e.node.rival !== null && e.node.contacts.length > 0)).toBe(true);
      expect(edges.some((e) => e.node.currentOpportunity !== null)).toBe(true);
      return spy.mock.calls.map((c) => String(c[0])).filter((sql) => !BACKGROUND.test(sql));
    } finally {
      spy.mockRestore();
    }
  };

  it('runs the same statements, at most 6, for accounts(first: 50) and accounts(first: 200) with owner, rival, contacts and deal nested', async () => {
    const fifty = await statementsOf(50);
    const twoHundred = await statementsOf(200);
    if (process.env['DEBUG_SQL']) console.log([...fifty, '---', ...twoHundred].map((s) => s.replace(/\s+/g, ' ').slice(0, 120)).join('\n'));
    expect(twoHundred.length).toBe(fifty.length);
    expect(fifty.length).toBeLessThanOrEqual(6);
  });

  const gql = <T = any>(tok: string, query: string, variables: Record<string, unknown> = {}) => graphql<T>(lifeboat.url, tok, { query, variables });

  /** Every item of a connection, page by page through its cursors. */
  const allPages = async (tok: string, field: string, query: string, first: number, variables: Record<string, unknown> = {}) => {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: any = await gql(tok, query, { ...variables, first, after });
      expect(res.errors).toBeUndefined();
      const conn = res.data[field];
      totals.add(conn.totalCount);
      ids.push(...conn.edges.map((e: { node: { id?: string; account?: { id: string } } }) => e.node.account?.id ?? e.node.id));
      if (!conn.pageInfo.hasNextPage) return { ids, totals: [...totals] };
      after = conn.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  };
  const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

  it('pages through each rep’s whole work queue in the order and with the count of the plain definition (three kinds, ties, no due time)', async () => {
    const QUEUE = `query($first: Int, $after: String) { myQueue(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { account { id } } } } }`;
    for (const [k, tok] of repTokens.entries()) {
      // The definition, written the plain way: owned with an open deal, or unassigned with an open deal or none at all.
      const expected: Array<{ id: string }> = await ds.query(
        `SELECT a.id FROM account a LEFT JOIN opportunity o ON o.account_id = a.id AND o.stage NOT IN ('won','lost')
         WHERE a.campaign_id = $2
           AND ((a.owner_id = $1 AND o.id IS NOT NULL)
                OR (a.owner_id IS NULL AND (o.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM opportunity x WHERE x.account_id = a.id))))
         ORDER BY (CASE WHEN o.due_at < now() THEN 0 ELSE 1 END), COALESCE(o.due_at, 'infinity'::timestamptz), a.urgency DESC, a.id`,
        [repIds[k], campaignId],
      );
      expect(expected.length).toBeGreaterThan(60);
      for (const first of [7, 50]) {
        const { ids, totals } = await allPages(tok, 'myQueue', QUEUE, first);
        expect(ids.map(dbId)).toEqual(expected.map((r) => r.id));
        expect(totals).toEqual([expected.length]);
      }
    }
  });

  it('pages through accounts by due time and filtered by stage and overdue with the same totals as plain SQL', async () => {
    const ACCOUNTS = `query($first: Int, $after: String, $orderBy: AccountOrder, $stage: Stage, $overdue: Boolean) {
      accounts(first: $first, after: $after, orderBy: $orderBy, stage: $stage, overdue: $overdue) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const current = `LEFT JOIN LATERAL (SELECT o.stage, o.due_at FROM opportunity o WHERE o.account_id = a.id
                       ORDER BY (o.stage IN ('won','lost')), o.created_at DESC, o.id DESC LIMIT 1) cur ON TRUE`;
    const byDue: Array<{ id: string }> = await ds.query(
      `SELECT a.id FROM account a ${current} WHERE a.campaign_id = $1
       ORDER BY COALESCE(CASE WHEN cur.stage NOT IN ('won','lost') THEN cur.due_at END, 'infinity'::timestamptz), a.id`,
      [campaignId],
    );
    const dueOrder = await allPages(token, 'accounts', ACCOUNTS, 45, { orderBy: 'DUE_AT' });
    expect(dueOrder.ids.map(dbId)).toEqual(byDue.map((r) => r.id));
    expect(dueOrder.totals).toEqual([260]);
    const [{ won }] = await ds.query(`SELECT count(*)::int AS won FROM account a ${current} WHERE a.campaign_id = $1 AND cur.stage = 'won'`, [campaignId]);
    const wonPages = await allPages(token, 'accounts', ACCOUNTS, 5, { stage: 'won' });
    expect(wonPages.ids).toHaveLength(won);
    expect(wonPages.totals).toEqual([won]);
    const [{ overdue }] = await ds.query(
      `SELECT count(*)::int AS overdue FROM account a ${current} WHERE a.campaign_id = $1 AND cur.stage NOT IN ('won','lost') AND cur.due_at < now()`,
      [campaignId],
    );
    const overduePages = await allPages(token, 'accounts', ACCOUNTS, 50, { overdue: true });
    expect(overduePages.ids).toHaveLength(overdue);
    expect(overduePages.totals).toEqual([overdue]);
    // Past the last page: no rows, and still the whole count.
    const first200: any = await gql(token, ACCOUNTS, { first: 200, orderBy: 'DUE_AT' });
    const end: any = await gql(token, ACCOUNTS, { first: 60, after: first200.data.accounts.pageInfo.endCursor, orderBy: 'DUE_AT' });
    expect(end.data.accounts).toMatchObject({ totalCount: 260, pageInfo: { hasNextPage: false } });
    expect(end.data.accounts.edges).toHaveLength(60);
    const last: any = await gql(token, ACCOUNTS, { first: 50, after: end.data.accounts.pageInfo.endCursor, orderBy: 'DUE_AT' });
    expect(last.data.accounts).toMatchObject({ totalCount: 260, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
