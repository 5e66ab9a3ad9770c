import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';

const DASHBOARD = `query($campaignId: ID!, $period: DashboardPeriodInput) {
  pipelineDashboard(campaignId: $campaignId, period: $period) {
    period { from to }
    cycleTime { signedDeals measuredDeals buckets { fromDays toDays deals } }
    forecast { weeks { weekStart migrationCapacity plannedWorkload } }
    migrationPlan { planned }
  }
}`;

const BUCKET_DEALS = `query($campaignId: ID!, $closedFrom: DateTime, $closedBefore: DateTime, $cycleBucket: Int) {
  opportunities(campaignId: $campaignId, stage: won, closedFrom: $closedFrom, closedBefore: $closedBefore, cycleBucket: $cycleBucket, first: 200) {
    totalCount edges { node { stage closedAt firstContactAt account { name } } }
  }
}`;

const PLAN = `query($campaignId: ID!) { migrationPlan(campaignId: $campaignId) { weeks { weekStart load capacity } } }`;

type Dashboard = {
  period: { from: string; to: string };
  cycleTime: { signedDeals: number; measuredDeals: number; buckets: Array<{ fromDays: number; toDays: number | null; deals: number }> };
  forecast: { weeks: Array<{ weekStart: string; migrationCapacity: number; plannedWorkload: number }> };
  migrationPlan: { planned: number };
};
type Deals = {
  opportunities: { totalCount: number; edges: Array<{ node: { stage: string; closedAt: string; firstContactAt: string | null; account: { name: string } } }> };
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A bar of the cycle-time histogram opens the deals behind it (issue #10): `opportunities` filtered by
 * stage won, the dashboard's period and the bar's bucket lists exactly the deals the bar counts.
 */
describe('pipelineDashboard drill-downs: the deals behind a cycle-time bucket, the plan behind the forecast (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaign: string;
  let manon: string;
  const now = Date.now();
  const period = { from: new Date(now - 30 * DAY).toISOString(), to: new Date(now - HOUR).toISOString() };
  /** Won deals: name, cycle in hours (null: no first contact recorded), signed how long before now. */
  const won: Array<[string, number | null, number]> = [
    ['Negative', -2, 2 * DAY],
    ['Three hours', 3, 3 * DAY],
    ['Exactly a day', 24, 4 * DAY],
    ['Thirty hours', 30, 5 * DAY],
    ['Six and a half days', 6.5 * 24, 6 * DAY],
    ['Exactly a week', 7 * 24, 7 * DAY],
    ['Almost two weeks', 14 * 24 - 0.5, 8 * DAY],
    ['Two weeks', 14 * 24, 9 * DAY],
    ['A month', 30 * 24, 10 * DAY],
    ['Never contacted', null, 11 * DAY],
    ['Before the period', 30, 40 * DAY],
    ['After the period', 30, HOUR / 2],
  ];

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(now + 12 * DAY),
    ]);
    [{ id: campaign }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rival.id]);
    const user = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaign] });
    manon = await signIn(lifeboat.url, user.email, user.password);

    const deal = async (name: string, stage: string, firstContactAt: Date | null, closedAt: Date) => {
      const [account] = await ds.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend) VALUES ($1, $2, lower($2), 'enterprise_vpn', 100000) RETURNING id`,
        [campaign, name],
      );
      const [opportunity] = await ds.query(
        `INSERT INTO opportunity (account_id, campaign_id, stage, monthly_value, first_contact_at, closed_at, lost_reason)
         VALUES ($1, $2, $3, 100000, $4, $5, $6) RETURNING id`,
        [account.id, campaign, stage, firstContactAt, closedAt, stage === 'lost' ? 'price' : null],
      );
      return { account: account.id as string, opportunity: opportunity.id as string };
    };
    const deals = [];
    for (const [name, hours, ago] of won) {
      const closedAt = new Date(now - ago);
      deals.push(await deal(name, 'won', hours === null ? null : new Date(closedAt.getTime() - hours * HOUR), closedAt));
    }
    // A lost deal with a two-day cycle: not signed, in no bucket.
    await deal('Lost', 'lost', new Date(now - 5 * DAY), new Date(now - 3 * DAY));
    // Three migrations for the plan: 30 + 20 units due within days, 15 due next week (capacity 40 a week).
    const migrations: Array<[number, number]> = [
      [30, 2 * DAY],
      [20, 3 * DAY],
      [15, 9 * DAY],
    ];
    for (const [i, [workload, due]] of migrations.entries()) {
      await ds.query(`INSERT INTO migration (campaign_id, account_id, opportunity_id, workload, target_cutover_at) VALUES ($1, $2, $3, $4, $5)`, [
        campaign,
        deals[i].account,
        deals[i].opportunity,
        workload,
        new Date(now + due),
      ]);
    }
  }, 120_000);

  afterAll(() => lifeboat?.close());

  const campaignId = () => toGlobalId('Campaign', campaign);
  async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await graphql<T>(lifeboat.url, manon, { query, variables });
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  it('lists, for every bucket of the histogram, exactly the deals it counts', async () => {
    const { pipelineDashboard: d } = await ask<{ pipelineDashboard: Dashboard }>(DASHBOARD, { campaignId: campaignId(), period });
    expect(d.period).toEqual(period);
    expect(d.cycleTime).toMatchObject({ signedDeals: 10, measuredDeals: 9 });
    const listed: Record<number, string[]> = {};
    for (const bucket of d.cycleTime.buckets) {
      const { opportunities } = await ask<Deals>(BUCKET_DEALS, {
        campaignId: campaignId(),
        closedFrom: d.period.from,
        closedBefore: d.period.to,
        cycleBucket: bucket.fromDays,
      });
      expect({ bucket: bucket.fromDays, deals: opportunities.totalCount }).toEqual({ bucket: bucket.fromDays, deals: bucket.deals });
      expect(opportunities.edges).toHaveLength(bucket.deals);
      for (const { node } of opportunities.edges) {
        expect(node.stage).toBe('won');
        const hours = (Date.parse(node.closedAt) - Date.parse(node.firstContactAt as string)) / HOUR;
        if (bucket.toDays === null) expect(hours).toBeGreaterThanOrEqual(bucket.fromDays * 24);
        else if (bucket.fromDays > 0) expect(hours >= bucket.fromDays * 24 && hours < bucket.toDays * 24).toBe(true);
        else expect(hours).toBeLessThan(24);
      }
      if (bucket.deals > 0) listed[bucket.fromDays] = opportunities.edges.map((e) => e.node.account.name).sort();
    }
    expect(listed).toEqual({
      0: ['Negative', 'Three hours'],
      1: ['Exactly a day', 'Thirty hours'],
      6: ['Six and a half days'],
      7: ['Exactly a week'],
      13: ['Almost two weeks'],
      14: ['A month', 'Two weeks'],
    });
  });

  it('filters on the signature instant alone, from inclusive to exclusive', async () => {
    const closedAt = new Date(now - 5 * DAY).toISOString();
    const at = await ask<Deals>(BUCKET_DEALS, { campaignId: campaignId(), closedFrom: closedAt, closedBefore: new Date(Date.parse(closedAt) + 1).toISOString() });
    expect(at.opportunities.edges.map((e) => e.node.account.name)).toEqual(['Thirty hours']);
    const before = await ask<Deals>(BUCKET_DEALS, { campaignId: campaignId(), closedBefore: closedAt });
    expect(before.opportunities.edges.map((e) => e.node.account.name).sort()).toEqual(
      ['A month', 'Before the period', 'Never contacted', 'Six and a half days', 'Exactly a week', 'Almost two weeks', 'Two weeks'].sort(),
    );
  });

  it('refuses a bucket outside the histogram', async () => {
    const res = await graphql(lifeboat.url, manon, { query: BUCKET_DEALS, variables: { campaignId: campaignId(), cycleBucket: 15 } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives each forecast week the workload the migration plan cuts over in it, in the unit of the capacity', async () => {
    const { pipelineDashboard: d } = await ask<{ pipelineDashboard: Dashboard }>(DASHBOARD, { campaignId: campaignId(), period });
    const { migrationPlan } = await ask<{ migrationPlan: { weeks: Array<{ weekStart: string; load: number; capacity: number }> } }>(PLAN, {
      campaignId: campaignId(),
    });
    expect(d.migrationPlan.planned).toBe(3);
    const load = new Map(migrationPlan.weeks.map((w) => [w.weekStart, w.load]));
    for (const week of d.forecast.weeks) {
      expect({ week: week.weekStart, planned: week.plannedWorkload }).toEqual({ week: week.weekStart, planned: load.get(week.weekStart) ?? 0 });
      expect(week.migrationCapacity).toBe(migrationPlan.weeks[0].capacity);
    }
    // The plan fits before the shutdown, within the forecast's weeks: every unit is shown.
    expect(d.forecast.weeks.reduce((sum, w) => sum + w.plannedWorkload, 0)).toBe(65);
  });
});
