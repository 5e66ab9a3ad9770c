import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';

/** Background statements (outbox relay, jobs) that may run while a request is counted. */
const BACKGROUND = /outbox_event|job_run|webhook|notification|schedule/i;
const DAY = 24 * 3600 * 1000;

const RIVAL = `rival { id name country health shutdownExpectedAt services claimedAvailabilityPercent version }`;
const QUEUE = `{ myQueue(first: 50) { totalCount edges { node {
  reason urgencyFactors { key points }
  account { id name ${RIVAL} }
  priority { value { amount currency } deadlines { goesDarkAt weightPercent } }
} } } }`;
const ACCOUNTS = `{ accounts(first: 50) { totalCount edges { node { id name ${RIVAL} } } } }`;

/**
 * Issue #19: the queue's page and its count are one statement, and the page reads the campaigns
 * of its entries once. `Account.rival` and
 * `QueueItem.priority` both need them (the rival's row; the campaign's rules with the rival's
 * shutdown scenarios): one statement answers both, in the caller's scope.
 */
describe('myQueue and accounts: the campaigns of a page read once (over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let token: string;
  let outsiderToken: string;
  const rivals: Record<string, string> = {};
  const campaigns: Record<string, string> = {};

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    [{ id: rivals['kpn'] }] = await ds.query(
      `INSERT INTO rival (name, country, health, shutdown_expected_at, services, claimed_availability_percent)
       VALUES ('KPNQwest', 'NL', 'liquidating', $1, '{vpn,ip_transit}', 99.95) RETURNING id`,
      [new Date(Date.now() + 20 * DAY)],
    );
    [{ id: rivals['amen'] }] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: campaigns['kpn'] }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rivals['kpn']]);
    [{ id: campaigns['amen'] }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rivals['amen']]);
    await ds.query(`INSERT INTO shutdown_scenario (rival_id, label, goes_dark_at, probability_percent) VALUES ($1, 'Liquidator stops paying the data centres', $2, 60)`, [rivals['kpn'], new Date(Date.now() + 30 * DAY)]);
    const rep = await createUser(ds, { email: 'rita@example.test', role: 'rep', campaignIds: [campaigns['kpn'], campaigns['amen']] });
    const outsider = await createUser(ds, { email: 'otto@example.test', role: 'rep', campaignIds: [campaigns['amen']] });
    token = await signIn(lifeboat.url, rep.email, rep.password);
    outsiderToken = await signIn(lifeboat.url, outsider.email, outsider.password);
    const create = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
    for (const [k, campaign] of [['kpn', 1], ['kpn', 2], ['amen', 3], ['amen', 4]] as const) {
      const res = await graphql(lifeboat.url, token, {
        query: create,
        variables: { input: { campaignId: toGlobalId('Campaign', campaigns[k]), segment: 'enterprise_vpn', monthlySpend: 10_000 * campaign, name: `Account ${campaign}` } },
      });
      expect(res.errors).toBeUndefined();
    }
  });

  afterAll(() => lifeboat.close());

  const run = async (tok: string, query: string) => {
    await lifeboat.app.get(OutboxRelay).flush();
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const res = await graphql<Record<string, any>>(lifeboat.url, tok, { query });
      expect(res.errors).toBeUndefined();
      return { data: res.data!, statements: spy.mock.calls.map((c) => String(c[0])).filter((sql) => !BACKGROUND.test(sql)) };
    } finally {
      spy.mockRestore();
    }
  };
  const campaignStatements = (statements: string[]) => statements.filter((sql) => /FROM campaign c JOIN rival r/.test(sql));
  const expectedRival = async (id: string) => {
    const [r] = await ds.query(`SELECT * FROM rival WHERE id = $1`, [id]);
    return {
      id: toGlobalId('Rival', id),
      name: r.name,
      country: r.country,
      health: r.health,
      shutdownExpectedAt: r.shutdown_expected_at ? new Date(r.shutdown_expected_at).toISOString() : null,
      services: r.services,
      claimedAvailabilityPercent: r.claimed_availability_percent === null ? null : Number(r.claimed_availability_percent),
      version: r.version,
    };
  };

  it('answers each entry’s rival and priority from one statement on the campaigns, the page and its count from one (session, page, campaigns: three in all)', async () => {
    const { data, statements } = await run(token, QUEUE);
    const items = data['myQueue'].edges.map((e: { node: any }) => e.node);
    expect(items).toHaveLength(4);
    expect(campaignStatements(statements)).toHaveLength(1);
    expect(statements.filter((sql) => /WITH mine AS/.test(sql) && /AS queue_total/.test(sql))).toHaveLength(1);
    expect(statements).toHaveLength(3);
    const byName = new Map(items.map((i: any) => [i.account.name, i]));
    for (const [name, k] of [['Account 1', 'kpn'], ['Account 2', 'kpn'], ['Account 3', 'amen'], ['Account 4', 'amen']] as const) {
      const item = byName.get(name) as any;
      expect(item.account.rival).toEqual(await expectedRival(rivals[k]));
      expect(item.priority.value.currency).toBe('EUR');
    }
    // KPNQwest's shutdown reaches the priority of its campaign's entries (read by the same statement).
    expect((byName.get('Account 1') as any).priority.deadlines.length).toBeGreaterThan(0);
    expect(data['myQueue'].totalCount).toBe(4);
  });

  it('counts the queue alone when the page has no rows (after its last entry; an empty queue)', async () => {
    const PAGE = `query($first: Int, $after: String) { myQueue(first: $first, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { account { id } } } } }`;
    const first = await graphql<Record<string, any>>(lifeboat.url, token, { query: PAGE, variables: { first: 4 } });
    expect(first.data!['myQueue']).toMatchObject({ totalCount: 4, totalCountCapped: false, pageInfo: { hasNextPage: false } });
    const past = await graphql<Record<string, any>>(lifeboat.url, token, { query: PAGE, variables: { first: 4, after: first.data!['myQueue'].pageInfo.endCursor } });
    expect(past.errors).toBeUndefined();
    expect(past.data!['myQueue']).toMatchObject({ totalCount: 4, totalCountCapped: false, edges: [] });
    const manager = await createUser(ds, { email: 'mia@example.test', role: 'manager', campaignIds: [] });
    const empty = await graphql<Record<string, any>>(lifeboat.url, await signIn(lifeboat.url, manager.email, manager.password), { query: PAGE, variables: { first: 4 } });
    expect(empty.data!['myQueue']).toMatchObject({ totalCount: 0, totalCountCapped: false, edges: [] });
  });

  it('answers Account.rival in a list from the same statement, one for the page, and only for campaigns in scope', async () => {
    const { data, statements } = await run(token, ACCOUNTS);
    const nodes = data['accounts'].edges.map((e: { node: any }) => e.node);
    expect(nodes).toHaveLength(4);
    expect(campaignStatements(statements)).toHaveLength(1);
    for (const n of nodes) expect(n.rival).toEqual(await expectedRival(n.name === 'Account 1' || n.name === 'Account 2' ? rivals['kpn'] : rivals['amen']));
    // A rep of the other campaign only: its accounts, its rival.
    const other = await run(outsiderToken, ACCOUNTS);
    const seen = other.data['accounts'].edges.map((e: { node: any }) => e.node);
    expect(seen.map((n: any) => n.name).sort()).toEqual(['Account 3', 'Account 4']);
    for (const n of seen) expect(n.rival).toEqual(await expectedRival(rivals['amen']));
  });

  it('shows a change of the rival at the next request (nothing kept between requests)', async () => {
    await ds.query(`UPDATE rival SET name = 'KPNQwest (in liquidation)', claimed_availability_percent = NULL, version = version + 1 WHERE id = $1`, [rivals['kpn']]);
    const { data } = await run(token, QUEUE);
    const kpn = data['myQueue'].edges.map((e: { node: any }) => e.node).filter((i: any) => i.account.name === 'Account 1')[0];
    expect(kpn.account.rival).toEqual(await expectedRival(rivals['kpn']));
    expect(kpn.account.rival.name).toBe('KPNQwest (in liquidation)');
  });
});
