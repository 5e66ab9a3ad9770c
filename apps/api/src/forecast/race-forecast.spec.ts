import { DataSource } from 'typeorm';
import {
  DEFAULT_CAMPAIGN_SETTINGS,
  estimateRace,
  simulateRace,
  type DealHistory,
  type OpenStage,
  type RaceAccount,
  type Segment,
  type Stage,
} from '@lifeboat/domain';
import { RunningLifeboat } from '../bootstrap';
import { FULL_ACCESS, type Actor } from '../common/access/actor';
import { toGlobalId } from '../common/graphql/global-id';
import { createUser, graphql, signIn } from '../testing/auth';
import { startTestServer } from '../testing/test-app';
import { COMPARED_POLICIES } from './race-forecast.compute';
import { RaceForecastService } from './race-forecast.service';

const DAY = 86_400_000;
const FORECAST = `query($campaignId: ID!, $targetSharePercent: Int, $dailyActionsPerRep: Int, $seed: Int) {
  raceForecast(campaignId: $campaignId, targetSharePercent: $targetSharePercent, dailyActionsPerRep: $dailyActionsPerRep, seed: $seed) {
    campaignId asOf timeZone seed runs comparisonRuns accounts openDeals monthlySpend { amount currency } reps dailyActionsPerRep weeklyMigrationCapacity shutdownAhead computeMs
    expectedSpendMigrated { amount currency }
    scenarios { scenarioId label goesDarkAt probabilityPercent
      spendWon { p10 { amount } p50 { amount } p90 { amount } mean { amount } }
      spendMigrated { p10 { amount } p50 { amount } p90 { amount } mean { amount currency } }
      accountsMigrated { p50 } signedButDarkAccounts signedButDarkSpend { amount }
      weeks { weekStart spendWon { p50 { amount } } spendMigrated { p10 { amount } p50 { amount } p90 { amount } } } }
    goingDark { accountId accountName segment stage monthlySpend { amount } chance expectedSpendDark { amount } }
    policies { policy expectedSpendMigrated { amount } expectedSpendWon { amount }
      scenarios { goesDarkAt spendMigrated { p50 { amount } mean { amount } } spendWon { amount } signedButDarkAccounts signedButDarkSpend { amount } timesFirstCome } }
    staffing { targetSharePercent runs evaluations unlimitedSpendMigrated { amount } unlimitedReps targetSpendMigrated { amount } currentSpendMigrated { amount }
      currentReps currentWeeklyMigrationCapacity currentReachesTarget repsNeeded weeklyMigrationCapacityNeeded adviceSpendMigrated { amount } }
    estimates { stage exits { stage probability } meanDays observedExits source priorShare }
  }
}`;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEGMENTS: Segment[] = ['enterprise_vpn', 'isp_wholesale', 'hosting', 'colocation', 'smb_web'];
/** The fixture's accounts: index → its deal's path (null: no deal yet). */
const PATHS: Array<Stage[] | null> = Array.from({ length: 30 }, (_, i) => {
  if (i >= 25) return i % 2 === 0 ? ['identified', 'contacted', 'proposal_sent', 'won'] : ['identified', 'contacted', 'lost'];
  if (i >= 20) return null;
  const open: OpenStage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating'];
  const path: Stage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating'];
  return path.slice(0, open.indexOf(open[i % 4]) + 1);
});

describe('raceForecast (issue #23 part 2)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let kpn: string;
  let amen: string;
  const tokens: Record<string, string> = {};
  const now = Date.now();
  const scenarioDates = [new Date(now + 21 * DAY), new Date(now + 49 * DAY)];
  const fixture: Array<{ id: string; race: RaceAccount | null; history: DealHistory | null }> = [];

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rk] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [scenarioDates[0]]);
    const [ra] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('AMEN', 'FR', 'distressed', $1) RETURNING id`, [new Date(now + 30 * DAY)]);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rk.id]);
    [{ id: amen }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [ra.id]);
    await ds.query(`INSERT INTO shutdown_scenario (rival_id, label, goes_dark_at, probability_percent) VALUES ($1, 'Liquidation', $2, 60), ($1, 'Delay', $3, 40), ($1, 'Past', $4, 10)`, [
      rk.id,
      scenarioDates[0],
      scenarioDates[1],
      new Date(now - DAY),
    ]);
    const users = [
      await createUser(ds, { email: 'admin@example.test', role: 'admin' }),
      await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [kpn] }),
      await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [kpn] }),
      await createUser(ds, { email: 'bruno@example.test', role: 'rep', campaignIds: [kpn] }),
      await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [amen] }),
      await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [amen] }),
    ];
    await createUser(ds, { email: 'gone@example.test', role: 'rep', campaignIds: [kpn], active: false });
    for (const u of users) tokens[u.email.split('@')[0]] = await signIn(lifeboat.url, u.email, u.password);

    for (let i = 0; i < PATHS.length; i++) {
      const segment = SEGMENTS[i % SEGMENTS.length];
      const spend = (i + 1) * 150_000;
      const createdAt = new Date(now - 10 * DAY + i * 60_000);
      const lastContactAt = i % 4 === 1 ? new Date(now - 2 * DAY) : null;
      const [account] = await ds.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment, countries, monthly_spend, has_backup_provider, rival_is_principal_operator, created_at, last_contact_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [kpn, `Customer ${i}`, `customer ${i}`, segment, i % 3 === 0 ? ['NL', 'FR', 'DE'] : ['NL'], spend, i % 3 === 0, i % 5 === 0, createdAt, lastContactAt],
      );
      const workload = i % 4 === 0 ? 5 : 1;
      if (i % 4 === 0) await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost) VALUES ($1, 'vpn', 3, 1000), ($1, 'hosting', 2, 1000)`, [account.id]);
      const path = PATHS[i];
      let history: DealHistory | null = null;
      let stageEnteredAt: Date | null = null;
      if (path) {
        const steps = path.map((stage, k) => ({ stage, at: new Date(createdAt.getTime() + k * 2 * DAY) }));
        stageEnteredAt = steps[steps.length - 1].at;
        const last = path[path.length - 1];
        const [deal] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, $3, $4) RETURNING id`, [account.id, kpn, last, stageEnteredAt]);
        for (let k = 0; k < steps.length; k++) {
          await ds.query(`INSERT INTO stage_transition (opportunity_id, campaign_id, from_stage, to_stage, at, actor_label) VALUES ($1, $2, $3, $4, $5, 'test')`, [
            deal.id,
            kpn,
            k === 0 ? null : steps[k - 1].stage,
            steps[k].stage,
            steps[k].at,
          ]);
        }
        history = { steps };
      }
      const last = path?.[path.length - 1] ?? null;
      const inRace = last === null || !['won', 'lost'].includes(last);
      fixture.push({
        id: account.id,
        history,
        race: inRace
          ? {
              id: account.id,
              segment,
              monthlySpend: spend,
              hasBackupProvider: i % 3 === 0,
              rivalIsPrincipalOperator: i % 5 === 0,
              countries: i % 3 === 0 ? ['NL', 'FR', 'DE'] : ['NL'],
              prepaidUntil: null,
              workload,
              stage: last as OpenStage | null,
              stageEnteredAt,
              createdAt,
              lastContactAt,
            }
          : null,
      });
    }
  }, 120_000);

  afterAll(() => lifeboat?.close());

  const forecast = (token: string | null, campaignId: string, extra: Record<string, unknown> = {}) =>
    graphql<{ raceForecast: Json }>(lifeboat.url, token, { query: FORECAST, variables: { campaignId: toGlobalId('Campaign', campaignId), ...extra } });

  it('gives the campaign’s manager the race: bands by week per scenario ahead, customers going dark, policies, staffing, estimates', async () => {
    const res = await forecast(tokens['manon'], kpn);
    expect(res.errors).toBeUndefined();
    const f = res.data!.raceForecast;
    expect(f).toMatchObject({ runs: 1000, comparisonRuns: 200, accounts: 25, openDeals: 20, reps: 2, dailyActionsPerRep: 8, weeklyMigrationCapacity: 40, shutdownAhead: true, seed: 2002 });
    expect(f.monthlySpend).toEqual({ amount: fixture.reduce((s, a) => s + (a.race?.monthlySpend ?? 0), 0), currency: 'EUR' });
    // The past scenario is not raced; the others by date.
    expect(f.scenarios.map((s: Json) => [s.label, s.probabilityPercent, s.goesDarkAt])).toEqual([
      ['Liquidation', 60, scenarioDates[0].toISOString()],
      ['Delay', 40, scenarioDates[1].toISOString()],
    ]);
    for (const s of f.scenarios) {
      const m = s.spendMigrated;
      expect(m.p10.amount).toBeLessThanOrEqual(m.p50.amount);
      expect(m.p50.amount).toBeLessThanOrEqual(m.p90.amount);
      expect(m.mean.currency).toBe('EUR');
      expect(m.p50.amount).toBeLessThanOrEqual(s.spendWon.p50.amount);
      expect(s.weeks.length).toBeGreaterThanOrEqual(3);
      // Cumulative by week; the last week is the scenario's total.
      const p50s = s.weeks.map((w: Json) => w.spendMigrated.p50.amount);
      expect([...p50s].sort((a, b) => a - b)).toEqual(p50s);
      expect(s.weeks.at(-1).spendMigrated.p50.amount).toBe(m.p50.amount);
    }
    expect(f.scenarios[1].spendMigrated.mean.amount).toBeGreaterThan(0);
    // Going dark: the largest expected loss first, accounts of the race only.
    const expected = f.goingDark.map((g: Json) => g.expectedSpendDark.amount);
    expect([...expected].sort((a, b) => b - a)).toEqual(expected);
    expect(f.goingDark.length).toBeGreaterThan(0);
    expect(f.goingDark.every((g: Json) => g.chance > 0 && g.chance <= 1 && /^Customer ([0-9]|1[0-9]|2[0-4])$/.test(g.accountName))).toBe(true);
    expect(f.policies.map((p: Json) => p.policy)).toEqual([...COMPARED_POLICIES]);
    expect(f.policies.find((p: Json) => p.policy === 'first_come').scenarios.every((s: Json) => s.timesFirstCome === null || Math.abs(s.timesFirstCome - 1) < 1e-9)).toBe(true);
    expect(f.staffing).toMatchObject({ targetSharePercent: 80, runs: 50, currentReps: 2, currentWeeklyMigrationCapacity: 40 });
    expect(f.staffing.targetSpendMigrated.amount).toBe(Math.round(0.8 * f.staffing.unlimitedSpendMigrated.amount));
    expect(f.staffing.repsNeeded).toBeGreaterThanOrEqual(1);
    expect(f.staffing.repsNeeded).toBeLessThanOrEqual(f.staffing.unlimitedReps);
    expect(f.staffing.adviceSpendMigrated.amount).toBeGreaterThanOrEqual(f.staffing.targetSpendMigrated.amount - 1);
    expect(f.estimates.map((e: Json) => e.stage)).toEqual(['identified', 'contacted', 'proposal_sent', 'negotiating']);
    // 20, 15 and 8 exits seen from the first three stages (blends), none from negotiating (the prior).
    expect(f.estimates.map((e: Json) => e.source)).toEqual(['blend', 'blend', 'blend', 'prior']);

    const admin = await forecast(tokens['admin'], kpn, { targetSharePercent: 50 });
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.raceForecast.staffing.targetSharePercent).toBe(50);
  });

  it('refuses a rep (FORBIDDEN), another campaign’s team (NOT_FOUND) and an anonymous caller', async () => {
    expect((await forecast(tokens['alice'], kpn)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await forecast(tokens['chloe'], amen)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const who of ['chloe', 'marc']) {
      const res = await forecast(tokens[who], kpn);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await forecast(tokens['manon'], amen)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await forecast(null, kpn)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers BAD_USER_INPUT naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ targetSharePercent: 0 }, 'targetSharePercent'],
      [{ targetSharePercent: 101 }, 'targetSharePercent'],
      [{ dailyActionsPerRep: 0 }, 'dailyActionsPerRep'],
      [{ seed: -1 }, 'seed'],
    ];
    for (const [args, field] of cases) {
      const res = await forecast(tokens['manon'], kpn, args);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
    }
    const wrongType = await graphql(lifeboat.url, tokens['manon'], { query: FORECAST, variables: { campaignId: toGlobalId('Rival', kpn) } });
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'campaignId' }] });
  });

  it('is deterministic for a seed, and its numbers are simulateRace’s on the same inputs', async () => {
    const service = lifeboat.app.get(RaceForecastService);
    const admin: Actor = { kind: 'user', userId: 'x', role: 'admin', name: 'admin', email: 'admin@example.test', sessionId: null };
    const asOf = new Date();
    const args = { campaignId: toGlobalId('Campaign', kpn), seed: 7 };
    const { computeMs: _a, ...first } = await service.forecast(admin, FULL_ACCESS, args, asOf);
    const { computeMs: _b, ...again } = await service.forecast(admin, FULL_ACCESS, args, asOf);
    expect(again).toEqual(first);
    const other = await service.forecast(admin, FULL_ACCESS, { ...args, seed: 8 }, asOf);
    expect(other.scenarios[1].spendMigrated).not.toEqual(first.scenarios[1].spendMigrated);

    // The same race built here from the fixture, run by libs/domain.
    const settings = { ...DEFAULT_CAMPAIGN_SETTINGS };
    const input = {
      now: asOf,
      rival: { health: 'liquidating' as const, shutdownExpectedAt: scenarioDates[0] },
      scenarios: [],
      accounts: fixture.flatMap((a) => (a.race ? [a.race] : [])),
      reps: { count: 2, dailyActions: 8 },
      settings,
      estimates: estimateRace({ now: asOf, history: fixture.flatMap((a) => (a.history ? [a.history] : [])), settings }),
      seed: 7,
    };
    const ids = first.scenarios.map((s) => s.scenarioId);
    const scenarios = [
      { id: 'a', goesDarkAt: scenarioDates[0], probabilityPercent: 60 },
      { id: 'b', goesDarkAt: scenarioDates[1], probabilityPercent: 40 },
    ];
    // Scenario ids only name the scenarios: the race reads them by date.
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    const queue = simulateRace({ ...input, scenarios, runs: 1000, policies: ['queue_v2'] }).policies[0];
    queue.scenarios.forEach((s, x) => {
      const got = first.scenarios[x];
      expect(got.spendMigrated.p10.amount).toBe(Math.round(s.spendMigrated.p10));
      expect(got.spendMigrated.p50.amount).toBe(Math.round(s.spendMigrated.p50));
      expect(got.spendMigrated.p90.amount).toBe(Math.round(s.spendMigrated.p90));
      expect(got.spendWon.mean.amount).toBe(Math.round(s.spendWon.mean));
      expect(got.weeks.map((w) => w.spendMigrated.p50.amount)).toEqual(s.weeks.map((w) => Math.round(w.spendMigrated.p50)));
    });
    expect(first.expectedSpendMigrated.amount).toBe(Math.round(queue.expectedSpendMigrated));
    const compared = simulateRace({ ...input, scenarios, runs: 200, policies: COMPARED_POLICIES });
    expect(first.policies.map((p) => [p.policy, p.expectedSpendMigrated.amount])).toEqual(compared.policies.map((p) => [p.policy, Math.round(p.expectedSpendMigrated)]));
    // The customer most likely to go dark, with the chance weighted 60/40 over the scenarios.
    const top = first.goingDark[0];
    const i = input.accounts.findIndex((a) => toGlobalId('Account', a.id) === top.accountId);
    expect(top.chance).toBeCloseTo(0.6 * queue.scenarios[0].darkProbability[i] + 0.4 * queue.scenarios[1].darkProbability[i], 12);
  });

  it('serves the same answer again until the campaign’s data changes', async () => {
    const a = (await forecast(tokens['manon'], kpn, { seed: 11 })).data!.raceForecast;
    const b = (await forecast(tokens['manon'], kpn, { seed: 11 })).data!.raceForecast;
    expect(b.asOf).toBe(a.asOf);
    await ds.query(`UPDATE account SET monthly_spend = monthly_spend + 1, updated_at = now() WHERE campaign_id = $1 AND name = 'Customer 3'`, [kpn]);
    const c = (await forecast(tokens['manon'], kpn, { seed: 11 })).data!.raceForecast;
    expect(c.asOf).not.toBe(a.asOf);
    expect(c.monthlySpend.amount).toBe(a.monthlySpend.amount + 1);
  });

  it('answers an empty race when the rival has nothing ahead', async () => {
    const [r] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('Quiet', 'BE', 'distressed') RETURNING id`);
    const [{ id }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Quiet one') RETURNING id`, [r.id]);
    const res = await forecast(tokens['admin'], id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.raceForecast).toMatchObject({ shutdownAhead: false, scenarios: [], policies: [], goingDark: [], staffing: null, accounts: 0 });
  });
});
