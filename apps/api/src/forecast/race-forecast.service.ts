import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { estimateRace, OPEN_STAGES, RACE_EXITS, resolveCampaignSettings, type RacePolicyResult, type RaceStat } from '@lifeboat/domain';
import { canSeeCampaign, managesCampaign, type AccessScope, type Actor } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { applyRule } from '../common/errors/domain-rule';
import { ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';
import { money, type Money } from '../common/graphql/money';
import { DEFAULT_DAILY_ACTIONS_PER_REP, DEFAULT_FORECAST_SEED, DEFAULT_TARGET_SHARE_PERCENT } from './race-forecast.args';
import { COMPARISON_RUNS, FORECAST_RUNS, type PolicySummary, type StaffingAdvice } from './race-forecast.compute';
import { raceBase, raceScenarios, type RaceScenarioRef } from './race-forecast.input';
import type { RaceForecastModel, RaceGoingDarkModel, RaceMoneyBandModel, RacePolicyComparisonModel, RaceStaffingAdviceModel } from './race-forecast.model';
import { ForecastPool, runForecastJobs } from './race-forecast.pool';
import { RaceForecastRepository, type ForecastAccountRow } from './race-forecast.repository';

/** Customers listed under `goingDark`. */
export const GOING_DARK_LIST_SIZE = 20;
/** How long a forecast is served again while the campaign's data has not changed. */
export const FORECAST_CACHE_MS = 60_000;
const CACHE_ENTRIES = 50;

export interface RaceForecastOptions {
  campaignId: string;
  targetSharePercent?: number | null;
  dailyActionsPerRep?: number | null;
  seed?: number | null;
}

/** Who may read a campaign's forecast: its managers and admins (and API keys and jobs that see the campaign); a rep may not. */
function mayForecast(actor: Actor, scope: AccessScope, campaignId: string): boolean {
  switch (actor.kind) {
    case 'user':
      return actor.role === 'admin' || managesCampaign(scope, campaignId);
    case 'api_key':
    case 'system':
      return canSeeCampaign(scope, campaignId);
    default:
      return false;
  }
}

/** `raceForecast`: the campaign's race simulated in the forecast pool (race-forecast.compute.ts), kept for a minute. */
@Injectable()
export class RaceForecastService implements OnModuleDestroy {
  readonly pool = new ForecastPool();
  /** Kept answers by campaign and arguments, with the data version they were computed from. */
  private readonly cache = new Map<string, { at: number; version: string; value: Promise<RaceForecastModel> }>();
  cacheMs = FORECAST_CACHE_MS;

  constructor(private readonly repository: RaceForecastRepository) {}

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  /** Access, then the forecast computed at most FORECAST_CACHE_MS ago from the same data, else computed now. */
  async readForecast(actor: Actor, scope: AccessScope, args: RaceForecastOptions): Promise<RaceForecastModel> {
    const campaignId = this.checkAccess(actor, scope, args);
    const version = await this.repository.inSnapshot(async (manager) => {
      const campaign = await this.repository.campaign(manager, scope, campaignId);
      if (!campaign) throw new NotFoundError('The campaign');
      return this.repository.dataVersion(manager, campaign);
    });
    const key = [campaignId, args.targetSharePercent ?? '', args.dailyActionsPerRep ?? '', args.seed ?? ''].join('|');
    const now = Date.now();
    const kept = this.cache.get(key);
    if (kept && kept.version === version && now - kept.at < this.cacheMs) return kept.value;
    const value = this.forecast(actor, scope, args);
    if (this.cacheMs > 0) {
      this.cache.set(key, { at: now, version, value });
      value.catch(() => this.cache.delete(key));
      for (const [k, entry] of this.cache) if (this.cache.size > CACHE_ENTRIES || now - entry.at >= this.cacheMs) this.cache.delete(k);
    }
    return value;
  }

  private checkAccess(actor: Actor, scope: AccessScope, args: RaceForecastOptions): string {
    assertCanRead(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    if (!mayForecast(actor, scope, campaignId)) throw new ForbiddenError('The race forecast is for the campaign’s managers and admins.');
    return campaignId;
  }

  /** The forecast as of `asOf`, from one snapshot of the campaign's data (never kept). */
  async forecast(actor: Actor, scope: AccessScope, args: RaceForecastOptions, asOf = new Date()): Promise<RaceForecastModel> {
    const campaignId = this.checkAccess(actor, scope, args);
    const { campaign, data } = await this.repository.inSnapshot(async (manager) => {
      const campaign = await this.repository.campaign(manager, scope, campaignId);
      if (!campaign) throw new NotFoundError('The campaign');
      return { campaign, data: await this.repository.data(manager, campaign) };
    });
    const settings = applyRule(() => resolveCampaignSettings(campaign.settings), 'campaign.settings');
    const targetSharePercent = args.targetSharePercent ?? DEFAULT_TARGET_SHARE_PERCENT;
    const dailyActionsPerRep = args.dailyActionsPerRep ?? DEFAULT_DAILY_ACTIONS_PER_REP;
    const seed = args.seed ?? DEFAULT_FORECAST_SEED;
    const scenarios = raceScenarios(data.scenarios, campaign.shutdownExpectedAt, asOf);
    const estimates = estimateRace({ now: asOf, history: data.history, settings });
    const m = (amount: number): Money => money(Math.round(amount), campaign.currency);
    const band = (s: RaceStat): RaceMoneyBandModel => ({ p10: m(s.p10), p50: m(s.p50), p90: m(s.p90), mean: m(s.mean) });

    const base = raceBase({
      now: asOf,
      rivalHealth: campaign.rivalHealth,
      shutdownExpectedAt: campaign.shutdownExpectedAt,
      scenarios,
      accounts: data.accounts,
      reps: data.reps,
      dailyActionsPerRep,
      settings,
      estimates,
      seed,
    });
    const started = performance.now();
    let forecast: RacePolicyResult | null = null;
    let comparison: PolicySummary[] = [];
    let staffing: StaffingAdvice | null = null;
    if (scenarios.length > 0) ({ forecast, comparison, staffing } = await runForecastJobs(this.pool, base, targetSharePercent / 100));
    const computeMs = Math.round(performance.now() - started);

    return {
      campaignId: toGlobalId('Campaign', campaign.id),
      asOf,
      timeZone: settings.timeZone,
      seed,
      runs: FORECAST_RUNS,
      comparisonRuns: COMPARISON_RUNS,
      accounts: data.accounts.length,
      openDeals: data.accounts.filter((a) => a.stage !== null).length,
      monthlySpend: m(data.accounts.reduce((sum, a) => sum + a.monthlySpend, 0)),
      reps: data.reps,
      dailyActionsPerRep,
      weeklyMigrationCapacity: settings.weeklyMigrationCapacity,
      shutdownAhead: scenarios.length > 0,
      expectedSpendMigrated: m(forecast?.expectedSpendMigrated ?? 0),
      scenarios: forecast
        ? forecast.scenarios.map((s, x) => ({
            scenarioId: scenarios[x].scenarioId === null ? null : toGlobalId('ShutdownScenario', scenarios[x].scenarioId as string),
            label: scenarios[x].label,
            goesDarkAt: s.goesDarkAt,
            probabilityPercent: s.probabilityPercent,
            spendWon: band(s.spendWon),
            spendMigrated: band(s.spendMigrated),
            accountsMigrated: s.accountsMigrated,
            signedButDarkAccounts: s.signedButDark.accounts.mean,
            signedButDarkSpend: m(s.signedButDark.monthlySpend.mean),
            weeks: s.weeks.map((w) => ({ weekStart: w.weekStart, spendWon: band(w.spendWon), spendMigrated: band(w.spendMigrated) })),
          }))
        : [],
      goingDark: forecast ? goingDark(forecast, scenarios, data.accounts, m) : [],
      policies: comparisonModel(comparison, scenarios, m),
      staffing: staffing ? staffingModel(staffing, targetSharePercent, m) : null,
      estimates: OPEN_STAGES.map((stage) => {
        const e = estimates[stage];
        return {
          stage,
          exits: RACE_EXITS[stage].map((to) => ({ stage: to, probability: e.exits[to] ?? 0 })),
          meanDays: e.meanDays,
          observedExits: e.observedExits,
          source: e.source,
          priorShare: e.priorShare,
        };
      }),
      computeMs,
    };
  }
}

/** Scenario weights as the simulator weighs them: by probability, normalised; equal when all are 0. */
function weights(scenarios: readonly RaceScenarioRef[]): number[] {
  const total = scenarios.reduce((sum, s) => sum + s.probabilityPercent, 0);
  return scenarios.map((s) => (total > 0 ? s.probabilityPercent / total : 1 / scenarios.length));
}

function goingDark(forecast: RacePolicyResult, scenarios: readonly RaceScenarioRef[], accounts: readonly ForecastAccountRow[], m: (n: number) => Money): RaceGoingDarkModel[] {
  const w = weights(scenarios);
  return accounts
    .map((a, i) => {
      const chance = forecast.scenarios.reduce((sum, s, x) => sum + w[x] * s.darkProbability[i], 0);
      return { a, chance, expected: chance * a.monthlySpend };
    })
    .filter((x) => x.chance > 0)
    .sort((x, y) => y.expected - x.expected || y.a.monthlySpend - x.a.monthlySpend || (x.a.id < y.a.id ? -1 : 1))
    .slice(0, GOING_DARK_LIST_SIZE)
    .map(({ a, chance, expected }) => ({
      accountId: toGlobalId('Account', a.id),
      accountName: a.name,
      segment: a.segment,
      stage: a.stage,
      monthlySpend: m(a.monthlySpend),
      chance,
      expectedSpendDark: m(expected),
    }));
}

function comparisonModel(summaries: readonly PolicySummary[], scenarios: readonly RaceScenarioRef[], m: (n: number) => Money): RacePolicyComparisonModel[] {
  const firstCome = summaries.find((p) => p.policy === 'first_come');
  return summaries.map((p) => ({
    policy: p.policy,
    expectedSpendMigrated: m(p.expectedSpendMigrated),
    expectedSpendWon: m(p.expectedSpendWon),
    scenarios: p.scenarios.map((s, x) => {
      const base = firstCome?.scenarios[x].spendMigrated.mean ?? 0;
      return {
        goesDarkAt: scenarios[x].goesDarkAt,
        spendMigrated: { p10: m(s.spendMigrated.p10), p50: m(s.spendMigrated.p50), p90: m(s.spendMigrated.p90), mean: m(s.spendMigrated.mean) },
        spendWon: m(s.spendWon.mean),
        signedButDarkAccounts: s.signedButDarkAccounts,
        signedButDarkSpend: m(s.signedButDarkSpend),
        timesFirstCome: base > 0 ? s.spendMigrated.mean / base : null,
      };
    }),
  }));
}

function staffingModel(s: StaffingAdvice, targetSharePercent: number, m: (n: number) => Money): RaceStaffingAdviceModel {
  return {
    targetSharePercent,
    runs: s.runs,
    sampledAccounts: s.sampledAccounts,
    evaluations: s.evaluations,
    unlimitedSpendMigrated: m(s.unlimitedSpend),
    unlimitedReps: s.unlimitedReps,
    targetSpendMigrated: m(s.targetSpend),
    currentSpendMigrated: m(s.currentSpend),
    currentReps: s.currentReps,
    currentWeeklyMigrationCapacity: s.currentCapacity,
    currentReachesTarget: s.currentSpend >= s.targetSpend,
    repsNeeded: s.repsNeeded,
    weeklyMigrationCapacityNeeded: s.capacityNeeded,
    adviceSpendMigrated: s.adviceSpend === null ? null : m(s.adviceSpend),
  };
}
