import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { OPEN_STAGES, STAGES } from '@lifeboat/domain';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { startTestServer } from '../testing/test-app';
import { FIGURES_SETTINGS_SQL } from './dashboards.repository';
import { createUser, graphql, signIn } from '../testing/auth';

const DASHBOARD = `query($campaignId: ID!, $period: DashboardPeriodInput) {
  pipelineDashboard(campaignId: $campaignId, period: $period) {
    campaign { id name }
    asOf period { from to } timeZone
    stages { stage deals monthlyValue { amount currency } weightedValue { amount } }
    openPipeline { deals monthlyValue { amount } weightedValue { amount } }
    conversions { fromStage toStage entered converted rate }
    stageTimes { stage stays medianHours dueBusinessDays dueHours medianAllowedHours staysPastDue }
    overdue { count monthlyValue { amount } deals { opportunityId accountName owner { id name } stage dueAt hoursOverdue monthlyValue { amount } } }
    cycleTime { signedDeals measuredDeals medianHours p90Hours targetHours withinTarget withinTargetShare buckets { fromDays toDays deals } }
    reps { user { id name } teamRole openDeals openMonthlyValue { amount } overdueDeals wonDeals wonMonthlyValue { amount } lostDeals activities loggedActivities }
    unassigned { openDeals openMonthlyValue { amount } overdueDeals }
    capture { total { accounts monthlySpend { amount } } won { accounts monthlySpend { amount } } open { accounts } lost { accounts } untouched { accounts }
              wonShareOfSpend lostTo { bidder accounts monthlySpend { amount } } }
    forecast { untilShutdown weeklyMigrationCapacity weeks { weekStart deals monthlyValue { amount } weightedValue { amount } migrationCapacity }
               beyondHorizon { deals } unscheduled { deals } }
    shutdown { rival { id name } health shutdownExpectedAt daysLeft }
    migrationPlan { byStatus { status migrations workload } planned weeks overCapacityWeeks late willGoDark willGoDarkAccounts lastCutoverAt }
  }
}`;

type Dashboard = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The dashboard of a successful answer (fails the test with the errors otherwise). */
function dashboardOf(res: { data?: { pipelineDashboard: Dashboard } | null; errors?: unknown }): Dashboard {
  if (!res.data) throw new Error(`no data: ${JSON.stringify(res.errors)}`);
  return res.data.pipelineDashboard;
}

describe('pipelineDashboard: access and edge cases (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let kpn: string;
  let amen: string;
  const tokens: Record<string, string> = {};
  const shutdown = new Date(Date.now() + 12 * 86_400_000);

  beforeAll(async () => {
    lifeboat = await startTestServer();
    url = lifeboat.url;
    ds = lifeboat.db.dataSource;
    const [rk] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [shutdown]);
    const [ra] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rk.id]);
    [{ id: amen }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [ra.id]);
    const users = [
      await createUser(ds, { email: 'admin@example.test', role: 'admin' }),
      await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [kpn] }),
      await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [kpn] }),
      await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [amen] }),
    ];
    for (const u of users) tokens[u.email.split('@')[0]] = await signIn(url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  const dashboard = (token: string | null, campaignId: string, period?: Record<string, string>) =>
    graphql<{ pipelineDashboard: Dashboard }>(url, token, { query: DASHBOARD, variables: { campaignId: toGlobalId('Campaign', campaignId), period } });

  it('answers an empty campaign with zeros, nulls and the full calendar of weeks, without failing', async () => {
    const res = await dashboard(tokens['manon'], kpn);
    expect(res.errors).toBeUndefined();
    const d = dashboardOf(res);
    expect(d.campaign.name).toBe('KPNQwest takeover');
    expect(d.stages.map((s: Dashboard) => s.stage)).toEqual([...STAGES]);
    expect(d.stages.every((s: Dashboard) => s.deals === 0 && s.monthlyValue.amount === 0 && s.monthlyValue.currency === 'EUR' && s.weightedValue.amount === 0)).toBe(true);
    expect(d.openPipeline).toEqual({ deals: 0, monthlyValue: { amount: 0 }, weightedValue: { amount: 0 } });
    expect(d.conversions).toHaveLength(14);
    expect(d.conversions.every((c: Dashboard) => c.entered === 0 && c.converted === 0 && c.rate === null)).toBe(true);
    expect(d.stageTimes).toEqual(
      OPEN_STAGES.map((stage) => {
        const days = { identified: 2, contacted: 5, proposal_sent: 5, negotiating: 5 }[stage];
        return { stage, stays: 0, medianHours: null, dueBusinessDays: days, dueHours: days * 24, medianAllowedHours: null, staysPastDue: 0 };
      }),
    );
    expect(d.overdue).toEqual({ count: 0, monthlyValue: { amount: 0 }, deals: [] });
    expect(d.cycleTime).toMatchObject({ signedDeals: 0, measuredDeals: 0, medianHours: null, p90Hours: null, targetHours: 168, withinTarget: 0, withinTargetShare: null });
    expect(d.cycleTime.buckets).toHaveLength(15);
    expect(d.cycleTime.buckets[14]).toEqual({ fromDays: 14, toDays: null, deals: 0 });
    expect(d.reps).toEqual([{ user: { id: expect.any(String), name: 'alice' }, teamRole: 'rep', openDeals: 0, openMonthlyValue: { amount: 0 }, overdueDeals: 0, wonDeals: 0, wonMonthlyValue: { amount: 0 }, lostDeals: 0, activities: 0, loggedActivities: 0 }]);
    expect(d.capture).toMatchObject({ total: { accounts: 0, monthlySpend: { amount: 0 } }, wonShareOfSpend: null, lostTo: [] });
    expect(d.forecast.untilShutdown).toBe(true);
    expect(d.forecast.weeks.length).toBeGreaterThanOrEqual(2);
    expect(d.forecast.weeks.every((w: Dashboard) => w.deals === 0 && w.migrationCapacity === 40)).toBe(true);
    expect(d.shutdown).toMatchObject({ rival: { name: 'KPNQwest' }, health: 'liquidating', shutdownExpectedAt: shutdown.toISOString() });
    expect(d.shutdown.daysLeft).toBeCloseTo(12, 2);
    expect(d.migrationPlan).toMatchObject({ planned: 0, weeks: 0, willGoDark: 0, willGoDarkAccounts: [], lastCutoverAt: null });
    expect(d.migrationPlan.byStatus.map((s: Dashboard) => s.migrations)).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives one forecast week when the rival has no shutdown date and nothing is expected', async () => {
    const d = dashboardOf(await dashboard(tokens['chloe'], amen));
    expect(d.forecast.untilShutdown).toBe(false);
    expect(d.forecast.weeks).toHaveLength(1);
    expect(d.shutdown).toMatchObject({ shutdownExpectedAt: null, daysLeft: null, health: 'distressed' });
  });

  it('lets the campaign’s reps read it, and answers NOT_FOUND to a rep of another campaign', async () => {
    expect((await dashboard(tokens['alice'], kpn)).errors).toBeUndefined();
    expect((await dashboard(tokens['admin'], amen)).errors).toBeUndefined();
    const other = await dashboard(tokens['chloe'], kpn);
    expect(other.data).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await dashboard(tokens['manon'], amen)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an anonymous caller, an id of another type and a period that ends before it starts', async () => {
    expect((await dashboard(null, kpn)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrongType = await graphql(url, tokens['manon'], { query: DASHBOARD, variables: { campaignId: toGlobalId('Rival', kpn) } });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await dashboard(tokens['manon'], kpn, { from: '2026-03-10T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'period.to' }] });
  });

  it('reads everything in one REPEATABLE READ, READ ONLY transaction of two statements', async () => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const res = await dashboard(tokens['manon'], kpn);
      expect(res.errors).toBeUndefined();
      const sql = spy.mock.calls.map((call) => String(call[0]).trim());
      const start = sql.indexOf('START TRANSACTION');
      const end = sql.indexOf('COMMIT', start);
      expect(start).toBeGreaterThanOrEqual(0);
      const transaction = sql.slice(start, end + 1);
      expect(transaction.slice(0, 4)).toEqual(['START TRANSACTION', 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ', 'SET TRANSACTION READ ONLY', FIGURES_SETTINGS_SQL]);
      // Two reads: the campaign with its rival, then the figures.
      expect(transaction.slice(4, -1)).toHaveLength(2);
      // Nothing else reads the pipeline outside that snapshot.
      const outside = [...sql.slice(0, start), ...sql.slice(end + 1)];
      expect(outside.filter((q) => /\b(opportunity|stage_transition|migration)\b/.test(q))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('reports the period it was given', async () => {
    const period = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };
    const d = dashboardOf(await dashboard(tokens['manon'], kpn, period));
    expect(d.period).toEqual(period);
  });
});
