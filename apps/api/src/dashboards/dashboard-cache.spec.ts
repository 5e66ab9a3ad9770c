import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { createUser, graphql, signIn } from '../testing/auth';
import { startTestServer } from '../testing/test-app';

const DASHBOARD = `query($campaignId: ID!, $period: DashboardPeriodInput) {
  pipelineDashboard(campaignId: $campaignId, period: $period) {
    asOf period { from to }
    stages { stage deals }
    capture { total { accounts } }
    unassigned { openDeals }
    forecast { weeklyMigrationCapacity }
  }
}`;
const SETTINGS = `mutation($input: UpdateCampaignSettingsInput!) { updateCampaignSettings(input: $input) { campaign { version } } }`;
const CAPACITY = `mutation($input: SetMigrationCapacityInput!) { setMigrationCapacity(input: $input) { migrationPlan { weeklyCapacity } } }`;
const CLAIM = `mutation($input: ClaimAccountInput!) { claimAccount(input: $input) { account { id owner { id } } } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id stage version } } }`;

interface Dashboard {
  asOf: string;
  period: { from: string; to: string };
  stages: Array<{ stage: string; deals: number }>;
  capture: { total: { accounts: number } };
  unassigned: { openDeals: number };
  forecast: { weeklyMigrationCapacity: number };
}

async function until<T>(probe: () => Promise<T | null | false>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// 300 s: a snapshot stays fresh for 100 s, so within these tests only a relayed change can make a read compute again.
describe('pipelineDashboard served from kept snapshots (LIFEBOAT_DASHBOARD_CACHE_SECONDS=300, embedded PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let kpn: string;
  let deal: string;
  let acme: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    lifeboat = await startTestServer({ LIFEBOAT_DASHBOARD_CACHE_SECONDS: '300' });
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rival.id]);
    const [{ id: other }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Elsewhere') RETURNING id`, [rival.id]);
    const [account] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, 'Acme', 'acme', 'hosting') RETURNING id`, [kpn]);
    const [opportunity] = await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`,
      [account.id, kpn],
    );
    deal = toGlobalId('Opportunity', opportunity.id);
    acme = account.id;
    const users = [
      await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [kpn] }),
      await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [kpn] }),
      await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [other] }),
      await createUser(ds, { email: 'admin@example.test', role: 'admin' }),
    ];
    for (const u of users) tokens[u.email.split('@')[0]] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  const read = async (token: string | null, period?: Record<string, string>) =>
    graphql<{ pipelineDashboard: Dashboard }>(lifeboat.url, token, { query: DASHBOARD, variables: { campaignId: toGlobalId('Campaign', kpn), period } });
  const dashboard = async (token: string, period?: Record<string, string>): Promise<Dashboard> => {
    const res = await read(token, period);
    if (!res.data) throw new Error(`no data: ${JSON.stringify(res.errors)}`);
    return res.data.pipelineDashboard;
  };
  const deals = (d: Dashboard, stage: string) => d.stages.find((s) => s.stage === stage)?.deals;

  it('serves the same snapshot to every member of the campaign without reading the pipeline again', async () => {
    const first = await dashboard(tokens['manon']);
    expect(first.capture.total.accounts).toBe(1);
    // Written behind the api's back (no event): not seen while the snapshot is fresh.
    await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, 'Quiet', 'quiet', 'hosting')`, [kpn]);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const again = await dashboard(tokens['alice']);
      expect(again).toEqual(first);
      const sql = spy.mock.calls.map((call) => String(call[0]));
      expect(sql.filter((q) => /\b(opportunity|stage_transition|START TRANSACTION)\b/.test(q))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
    // Another period is another snapshot.
    const period = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };
    const other = await dashboard(tokens['manon'], period);
    expect(other.period).toEqual(period);
    expect(other.capture.total.accounts).toBe(2);
  });

  it('still answers NOT_FOUND to a rep of another campaign and UNAUTHENTICATED to nobody while a snapshot is kept', async () => {
    await dashboard(tokens['manon']);
    const outsider = await read(tokens['chloe']);
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read(null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps no refused period: a period that ends before it starts is BAD_USER_INPUT each time', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await read(tokens['manon'], { from: '2026-03-10T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'period.to' }] });
    }
  });

  it('shows a deal moved through the api on a later read, once the change is relayed, with a newer asOf', async () => {
    const before = await dashboard(tokens['manon']);
    expect(deals(before, 'identified')).toBe(1);
    expect(deals(before, 'contacted')).toBe(0);
    const moved = await graphql(lifeboat.url, tokens['manon'], { query: MOVE, variables: { input: { opportunityId: deal, expectedVersion: 1, stage: 'contacted' } } });
    expect(moved.errors).toBeUndefined();
    const after = await until(async () => {
      const d = await dashboard(tokens['manon']);
      return deals(d, 'contacted') === 1 ? d : null;
    }, 'the dashboard to show the move');
    expect(deals(after, 'identified')).toBe(0);
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(before.asOf));
    // The account written behind the api's back comes with it: the snapshot is new, not patched.
    expect(after.capture.total.accounts).toBe(2);
  });

  it('shows new campaign settings on a later read once the change is relayed', async () => {
    const before = await dashboard(tokens['manon']);
    const [{ version }] = await ds.query(`SELECT version FROM campaign WHERE id = $1`, [kpn]);
    const capacity = before.forecast.weeklyMigrationCapacity + 7;
    const changed = await graphql(lifeboat.url, tokens['admin'], {
      query: SETTINGS,
      variables: { input: { campaignId: toGlobalId('Campaign', kpn), expectedVersion: version, weeklyMigrationCapacity: capacity } },
    });
    expect(changed.errors).toBeUndefined();
    await until(async () => (await dashboard(tokens['manon'])).forecast.weeklyMigrationCapacity === capacity, 'the dashboard to show the new capacity');
  });

  it('shows a claim and a new migration capacity on a later read once each change is relayed', async () => {
    const before = await dashboard(tokens['manon']);
    expect(before.unassigned.openDeals).toBe(1);
    const [{ version: accountVersion }] = await ds.query(`SELECT version FROM account WHERE id = $1`, [acme]);
    const claimed = await graphql(lifeboat.url, tokens['alice'], { query: CLAIM, variables: { input: { accountId: toGlobalId('Account', acme), expectedVersion: accountVersion } } });
    expect(claimed.errors).toBeUndefined();
    await until(async () => (await dashboard(tokens['manon'])).unassigned.openDeals === 0, 'the dashboard to show the claim');

    const [{ version }] = await ds.query(`SELECT version FROM campaign WHERE id = $1`, [kpn]);
    const capacity = (await dashboard(tokens['manon'])).forecast.weeklyMigrationCapacity + 3;
    const set = await graphql(lifeboat.url, tokens['manon'], {
      query: CAPACITY,
      variables: { input: { campaignId: toGlobalId('Campaign', kpn), expectedVersion: version, weeklyCapacity: capacity } },
    });
    expect(set.errors).toBeUndefined();
    await until(async () => (await dashboard(tokens['manon'])).forecast.weeklyMigrationCapacity === capacity, 'the dashboard to show the new capacity');
  });
});
