import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, GraphqlResult, signIn } from '../testing/auth';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { fromGlobalId, toGlobalId } from '../common/graphql/global-id';
import { searchWords } from '../common/text/search-key';
import { SEGMENTS, STAGES, type Segment, type Stage } from '@lifeboat/domain';

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
    // 11th, and a lost one besides for every 4th urgency. Queue priorities in nine values (ties on purpose).
    await ds.query(
      `WITH a AS (
         INSERT INTO account (campaign_id, name, normalized_name, segment, owner_id, urgency, queue_priority)
         SELECT $1, 'Account ' || lpad(i::text, 3, '0'), 'account ' || lpad(i::text, 3, '0'), 'hosting',
                CASE WHEN i % 5 = 0 THEN NULL ELSE ($2::uuid[])[1 + i % 3] END, i % 100, (i % 9) * 1000
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

  it('pages through each rep’s whole work queue in the order and with the count of the plain definition (three kinds, priority ties)', async () => {
    const QUEUE = `query($first: Int, $after: String) { myQueue(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { account { id } } } } }`;
    for (const [k, tok] of repTokens.entries()) {
      // The definition, written the plain way: owned with an open deal, or unassigned with an open deal or none at all.
      const expected: Array<{ id: string }> = await ds.query(
        `SELECT a.id FROM account a LEFT JOIN opportunity o ON o.account_id = a.id AND o.stage NOT IN ('won','lost')
         WHERE a.campaign_id = $2
           AND ((a.owner_id = $1 AND o.id IS NOT NULL)
                OR (a.owner_id IS NULL AND (o.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM opportunity x WHERE x.account_id = a.id))))
         ORDER BY a.queue_priority DESC, a.id`,
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

/**
 * Issue #5, `accounts` filters: each filter (campaign, rival, segment, owner, unassigned, stage,
 * overdue, minimum urgency, text on the name) and combinations of them, for callers of different
 * scopes, give exactly the accounts — ids, order across pages and totalCount — that a brute-force
 * pass over the fixture's own rows gives.
 */
describe('accounts filters against brute force over the fixture (over HTTP)', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const NOW = Date.now();
  const CAMPAIGNS = [
    { name: 'KPNQwest takeover', rival: 0 },
    { name: 'KPNQwest wholesale', rival: 0 },
    { name: 'AMEN rescue', rival: 1 },
  ];
  // Who is in each campaign's team (and may own its accounts); the manager of campaign 1 owns some too.
  const TEAMS = [['alice', 'bruno'], ['alice', 'manon'], ['bruno', 'chloe']];
  const MEMBERS: Record<string, { role: 'rep' | 'manager'; campaigns: number[] }> = {
    alice: { role: 'rep', campaigns: [0, 1] },
    bruno: { role: 'rep', campaigns: [0, 2] },
    chloe: { role: 'rep', campaigns: [2] },
    manon: { role: 'manager', campaigns: [1] },
  };
  // Words of names: "net" starts "Net" and "Networks" (and the "Net" of "Net_Works"), "works" only "Net_Works".
  const STEMS = ['Net', 'Hosting', 'Data', 'Net_Works', 'Networks', '100% Uptime', 'Réseau Télécom'];
  const URGENCIES = [0, 15, 15, 40, 49, 50, 50, 51, 75, 90, 99, 100];

  interface Deal {
    stage: Stage;
    dueAt: number | null;
    createdAt: number;
  }
  interface Fixture {
    id: string;
    name: string;
    campaign: number;
    segment: Segment;
    owner: string | null;
    urgency: number;
    monthlySpend: number;
    deals: Deal[];
  }
  interface Filter {
    campaign?: number;
    rival?: number;
    segment?: Segment;
    owner?: string;
    unassigned?: boolean;
    stage?: Stage;
    overdue?: boolean;
    minUrgency?: number;
    search?: string;
  }

  /** Deals by i % 8: none; open due later; open overdue; open without due time; won; lost with a newer… older open one; lost; won then lost. */
  const dealsOf = (i: number): Deal[] => {
    const open = (stage: Stage, dueAt: number | null, createdAt = NOW - DAY): Deal => ({ stage, dueAt, createdAt });
    switch (i % 8) {
      case 1:
        return [open('identified', NOW + 5 * HOUR + i * 60_000)];
      case 2:
        return [open('contacted', NOW - 3 * HOUR - i * 60_000)];
      case 3:
        return [open('proposal_sent', null)];
      case 4:
        return [{ stage: 'won', dueAt: null, createdAt: NOW - 10 * DAY }];
      case 5:
        // The open deal is the current one even though the lost one is newer.
        return [open('negotiating', NOW - 2 * HOUR - i * 60_000, NOW - 40 * DAY), { stage: 'lost', dueAt: null, createdAt: NOW - DAY }];
      case 6:
        return [{ stage: 'lost', dueAt: null, createdAt: NOW - 20 * DAY }];
      case 7:
        // Without an open deal, the newest one stands for the account.
        return [
          { stage: 'won', dueAt: null, createdAt: NOW - 30 * DAY },
          { stage: 'lost', dueAt: null, createdAt: NOW - 5 * DAY },
        ];
      default:
        return [];
    }
  };

  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  const campaignIds: string[] = [];
  const rivalIds: string[] = [];
  const userIds: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const fixtures: Fixture[] = [];

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    for (const [name, country] of [
      ['KPNQwest', 'NL'],
      ['AMEN', 'FR'],
    ]) {
      const [r] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ($1, $2, 'liquidating') RETURNING id`, [name, country]);
      rivalIds.push(r.id);
    }
    for (const c of CAMPAIGNS) {
      const [row] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, $2) RETURNING id`, [rivalIds[c.rival], c.name]);
      campaignIds.push(row.id);
    }
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    userIds['admin'] = admin.id;
    tokens['admin'] = await signIn(lifeboat.url, admin.email, admin.password);
    for (const [name, m] of Object.entries(MEMBERS)) {
      const user = await createUser(ds, { email: `${name}@example.test`, role: m.role, campaignIds: m.campaigns.map((c) => campaignIds[c]) });
      userIds[name] = user.id;
      tokens[name] = await signIn(lifeboat.url, user.email, user.password);
    }

    const planned = Array.from({ length: 150 }, (_, i) => {
      const campaign = i % 3;
      const team = TEAMS[campaign];
      return {
        name: `${STEMS[i % STEMS.length]} ${String(i).padStart(3, '0')}`,
        campaign,
        segment: SEGMENTS[(i * 3 + Math.floor(i / 7)) % SEGMENTS.length],
        owner: i % 4 === 0 ? null : team[Math.floor(i / 2) % team.length],
        urgency: URGENCIES[(i * 5) % URGENCIES.length],
        monthlySpend: ((i * 7919) % 23) * 10_000,
        deals: dealsOf(i),
      };
    });
    const inserted: Array<{ id: string; name: string }> = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, owner_id, urgency, monthly_spend)
       SELECT x.campaign_id, x.name, lower(x.name), x.segment, x.owner_id, x.urgency, x.monthly_spend
       FROM jsonb_to_recordset($1::jsonb) AS x(campaign_id uuid, name text, segment text, owner_id uuid, urgency int, monthly_spend bigint)
       RETURNING id, name`,
      [
        JSON.stringify(
          planned.map((p) => ({
            campaign_id: campaignIds[p.campaign],
            name: p.name,
            segment: p.segment,
            owner_id: p.owner ? userIds[p.owner] : null,
            urgency: p.urgency,
            monthly_spend: p.monthlySpend,
          })),
        ),
      ],
    );
    const idByName = new Map(inserted.map((r) => [r.name, r.id]));
    for (const p of planned) fixtures.push({ ...p, id: idByName.get(p.name) as string });
    await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, due_at, created_at, lost_reason, closed_at)
       SELECT x.account_id, x.campaign_id, x.stage, x.due_at, x.created_at, x.lost_reason, x.closed_at
       FROM jsonb_to_recordset($1::jsonb) AS x(account_id uuid, campaign_id uuid, stage text, due_at timestamptz, created_at timestamptz, lost_reason text, closed_at timestamptz)`,
      [
        JSON.stringify(
          fixtures.flatMap((f) =>
            f.deals.map((d) => ({
              account_id: f.id,
              campaign_id: campaignIds[f.campaign],
              stage: d.stage,
              due_at: d.dueAt === null ? null : new Date(d.dueAt).toISOString(),
              created_at: new Date(d.createdAt).toISOString(),
              lost_reason: d.stage === 'lost' ? 'price' : null,
              closed_at: d.stage === 'won' || d.stage === 'lost' ? new Date(d.createdAt + HOUR).toISOString() : null,
            })),
          ),
        ),
      ],
    );
  });

  afterAll(() => lifeboat?.close());

  // The brute force: the definitions of the filters, row by row.
  const isOpen = (d: Deal) => d.stage !== 'won' && d.stage !== 'lost';
  const currentDeal = (f: Fixture): Deal | null => f.deals.find(isOpen) ?? [...f.deals].sort((x, y) => y.createdAt - x.createdAt)[0] ?? null;
  const openDue = (f: Fixture): number | null => {
    const d = currentDeal(f);
    return d && isOpen(d) ? d.dueAt : null;
  };
  const isOverdue = (f: Fixture) => {
    const due = openDue(f);
    return due !== null && due < Date.now();
  };
  const visibleTo = (who: string, f: Fixture) => who === 'admin' || MEMBERS[who].campaigns.includes(f.campaign);
  const matches = (f: Fixture, q: Filter) =>
    (q.campaign === undefined || f.campaign === q.campaign) &&
    (q.rival === undefined || CAMPAIGNS[f.campaign].rival === q.rival) &&
    (q.segment === undefined || f.segment === q.segment) &&
    (q.owner === undefined || f.owner === q.owner) &&
    (q.unassigned === undefined || (f.owner === null) === q.unassigned) &&
    (q.stage === undefined || currentDeal(f)?.stage === q.stage) &&
    (q.overdue === undefined || isOverdue(f) === q.overdue) &&
    (q.minUrgency === undefined || f.urgency >= q.minUrgency) &&
    (q.search === undefined || (searchWords(q.search).length > 0 && searchWords(q.search).every((w) => searchWords(f.name).some((nw) => nw.startsWith(w)))));
  const byId = (a: Fixture, b: Fixture) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ORDERS = {
    URGENCY: (a: Fixture, b: Fixture) => b.urgency - a.urgency || byId(a, b),
    MONTHLY_SPEND: (a: Fixture, b: Fixture) => b.monthlySpend - a.monthlySpend || byId(a, b),
    DUE_AT: (a: Fixture, b: Fixture) => (openDue(a) ?? Infinity) - (openDue(b) ?? Infinity) || byId(a, b),
  };
  const expected = (who: string, q: Filter, order: keyof typeof ORDERS = 'URGENCY') =>
    fixtures
      .filter((f) => visibleTo(who, f) && matches(f, q))
      .sort(ORDERS[order])
      .map((f) => f.id);

  const QUERY = `query($first: Int, $after: String, $orderBy: AccountOrder, $campaignId: ID, $rivalId: ID, $segment: Segment, $ownerId: ID,
      $unassigned: Boolean, $stage: Stage, $overdue: Boolean, $minUrgency: Int, $search: String) {
    accounts(first: $first, after: $after, orderBy: $orderBy, campaignId: $campaignId, rivalId: $rivalId, segment: $segment, ownerId: $ownerId,
        unassigned: $unassigned, stage: $stage, overdue: $overdue, minUrgency: $minUrgency, search: $search) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  const variablesOf = (q: Filter): Record<string, unknown> => ({
    campaignId: q.campaign === undefined ? undefined : toGlobalId('Campaign', campaignIds[q.campaign]),
    rivalId: q.rival === undefined ? undefined : toGlobalId('Rival', rivalIds[q.rival]),
    segment: q.segment,
    ownerId: q.owner === undefined ? undefined : toGlobalId('User', userIds[q.owner]),
    unassigned: q.unassigned,
    stage: q.stage,
    overdue: q.overdue,
    minUrgency: q.minUrgency,
    search: q.search,
  });
  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> };
  /** The whole connection, page by page: the ids in order and every totalCount seen. */
  const fetchAll = async (who: string, q: Filter, first: number, orderBy?: string) => {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const res: GraphqlResult<{ accounts: Page }> = await graphql<{ accounts: Page }>(lifeboat.url, tokens[who], {
        query: QUERY,
        variables: { ...variablesOf(q), first, after, orderBy },
      });
      expect(res.errors).toBeUndefined();
      const conn: Page = res.data!.accounts;
      totals.add(conn.totalCount);
      ids.push(...conn.edges.map((e) => fromGlobalId(e.node.id).id));
      if (!conn.pageInfo.hasNextPage) return { ids, totals: [...totals] };
      after = conn.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  };

  const SINGLE: Array<[string, Filter]> = [
    ...CAMPAIGNS.map((c, k): [string, Filter] => [`campaign ${c.name}`, { campaign: k }]),
    ['rival KPNQwest (two campaigns)', { rival: 0 }],
    ['rival AMEN', { rival: 1 }],
    ...SEGMENTS.map((s): [string, Filter] => [`segment ${s}`, { segment: s }]),
    ...Object.keys(MEMBERS).map((o): [string, Filter] => [`owner ${o}`, { owner: o }]),
    ['unassigned', { unassigned: true }],
    ['assigned', { unassigned: false }],
    ...STAGES.map((s): [string, Filter] => [`stage ${s}`, { stage: s }]),
    ['overdue', { overdue: true }],
    ['not overdue', { overdue: false }],
    ...[1, 15, 50, 51, 99, 100].map((u): [string, Filter] => [`minUrgency ${u}`, { minUrgency: u }]),
    ['search "NET"', { search: 'NET' }],
    ['search "_w" (a word starting with w)', { search: '_w' }],
    ['search "10%" (a word starting with 10)', { search: '10%' }],
    ['search "telecom res" (accents folded, any order)', { search: 'telecom res' }],
  ];
  const COMBINED: Array<[string, Filter]> = [
    ['rival KPNQwest, segment hosting, minUrgency 50', { rival: 0, segment: 'hosting', minUrgency: 50 }],
    ['campaign KPNQwest takeover, owner bruno, stage contacted', { campaign: 0, owner: 'bruno', stage: 'contacted' }],
    ['rival KPNQwest, owner alice, overdue, minUrgency 40', { rival: 0, owner: 'alice', overdue: true, minUrgency: 40 }],
    ['rival AMEN, unassigned, not overdue, search "net"', { rival: 1, unassigned: true, overdue: false, search: 'net' }],
    ['campaign AMEN rescue with rival KPNQwest (nothing)', { campaign: 2, rival: 0 }],
    ['search "etworks" (inside a word: nothing)', { search: 'etworks' }],
    ['search "%" (no word: nothing)', { search: '%' }],
    ['owner chloe in a campaign she is not in (nothing)', { campaign: 1, owner: 'chloe' }],
    ['segment, stage negotiating, minUrgency 15', { segment: SEGMENTS[0], stage: 'negotiating', minUrgency: 15 }],
  ];

  it('has a fixture where every single filter keeps some accounts and drops others', () => {
    expect(fixtures).toHaveLength(150);
    for (const [name, q] of SINGLE) {
      const kept = expected('admin', q).length;
      expect({ name, kept: kept > 0 && kept < fixtures.length }).toEqual({ name, kept: true });
    }
    // Most combinations keep a few; the contradictory ones are there to keep none.
    expect(COMBINED.filter(([, q]) => expected('admin', q).length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('returns, for each filter alone, exactly the accounts of the brute force, in order across pages, with their count', async () => {
    for (const [name, q] of SINGLE) {
      const want = expected('admin', q);
      const whole = await fetchAll('admin', q, 200);
      expect({ name, ids: whole.ids, totals: whole.totals }).toEqual({ name, ids: want, totals: [want.length] });
      const paged = await fetchAll('admin', q, 11);
      expect({ name, ids: paged.ids, totals: paged.totals }).toEqual({ name, ids: want, totals: [want.length] });
    }
  });

  it('returns exactly the brute force for combined filters, in every order', async () => {
    for (const [name, q] of COMBINED) {
      for (const order of ['URGENCY', 'MONTHLY_SPEND', 'DUE_AT'] as const) {
        const want = expected('admin', q, order);
        const got = await fetchAll('admin', q, 4, order);
        expect({ name, order, ids: got.ids, totals: got.totals }).toEqual({ name, order, ids: want, totals: [want.length] });
      }
      // By name: the same accounts, in the database's collation.
      const want = expected('admin', q);
      const byName: Array<{ id: string }> = want.length ? await ds.query(`SELECT id FROM account WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [want]) : [];
      const got = await fetchAll('admin', q, 4, 'NAME');
      expect({ name, ids: got.ids, totals: got.totals }).toEqual({ name, ids: byName.map((r) => r.id), totals: [want.length] });
    }
  });

  it('intersects each filter with the caller’s campaigns (reps of two campaigns, a manager of one)', async () => {
    for (const who of ['alice', 'bruno', 'manon']) {
      for (const [name, q] of [...SINGLE, ...COMBINED]) {
        const want = expected(who, q);
        const got = await fetchAll(who, q, 200);
        expect({ who, name, ids: got.ids, totals: got.totals }).toEqual({ who, name, ids: want, totals: [want.length] });
      }
    }
    // A rival none of the caller's campaigns is against: nothing, not an error.
    expect(expected('alice', { rival: 1 })).toEqual([]);
  });
});
