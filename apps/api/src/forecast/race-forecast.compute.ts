/**
 * What `raceForecast` computes, as plain functions of a `RaceInput` (libs/domain `simulateRace`), so
 * that the same code runs on the request's thread (tests, sources) or in a worker thread (the built
 * api: race-forecast.pool.ts). Nothing here reads the database or the clock.
 *
 * Three jobs, independent of each other (the pool runs them side by side on two threads):
 * - **forecast**: the work queue's order (`queue_v2`, what `myQueue` orders by) over FORECAST_RUNS runs
 *   (the pool runs it in slices, `forecastRuns` jobs, joined by `joinForecast`: the same numbers);
 * - **comparison**: the queue against the simple rules over COMPARISON_RUNS runs (same seed: the same
 *   customers' luck for every policy);
 * - **staffing**: the reps and weekly migration capacity the queue needs to capture a target share of
 *   what an unlimited team would capture (`searchStaffing`, STAFFING_RUNS runs an evaluation).
 */
import {
  joinRaceTallies,
  prepareRace,
  simulatePreparedRace,
  simulateRace,
  tallyPreparedRace,
  type RaceInput,
  type RacePolicy,
  type RacePolicyResult,
  type RaceStat,
  type PreparedRace,
  type RaceTally,
} from '@lifeboat/domain';

/** Runs of the queue's forecast (the issue asks for at least 1,000). */
export const FORECAST_RUNS = 1000;
/** Runs of each policy in the comparison. */
export const COMPARISON_RUNS = 200;
/** Runs of each evaluation of the staffing search. */
export const STAFFING_RUNS = 50;
/** Above this many accounts the staffing search races a sample of them (see `staffingSample`). */
export const STAFFING_SAMPLE = 500;
/** The staffing search stops when its bracket is within this ratio (10 %) or one unit. */
export const STAFFING_TOLERANCE = 0.1;

/** The order of work the forecast follows: the product's queue (queue priority). */
export const FORECAST_POLICY: RacePolicy = 'queue_v2';
/** The policies compared, the queue first. */
export const COMPARED_POLICIES: readonly RacePolicy[] = ['queue_v2', 'first_come', 'largest_spend', 'no_backup_first', 'shortest_lead_first'];

/** The race without its runs and policies: what every job starts from. */
export type RaceBase = Omit<RaceInput, 'runs' | 'policies'>;

export interface PolicyScenarioSummary {
  spendWon: RaceStat;
  spendMigrated: RaceStat;
  signedButDarkAccounts: number;
  signedButDarkSpend: number;
}

export interface PolicySummary {
  policy: RacePolicy;
  expectedSpendWon: number;
  expectedSpendMigrated: number;
  scenarios: PolicyScenarioSummary[];
}

export interface StaffingAdvice {
  runs: number;
  /** Accounts the search raced (a sample above STAFFING_SAMPLE). */
  sampledAccounts: number;
  evaluations: number;
  targetShare: number;
  /** Expected spend captured (over the scenarios) by an unlimited team, the target, the current team. */
  unlimitedSpend: number;
  targetSpend: number;
  currentSpend: number;
  currentReps: number;
  currentCapacity: number;
  /** The reps the search tried as "unlimited": enough to act on every account every business day. */
  unlimitedReps: number;
  /** Null when nothing can be captured (the target is 0). */
  repsNeeded: number | null;
  capacityNeeded: number | null;
  adviceSpend: number | null;
}

export type ForecastJob =
  | { kind: 'forecast'; base: RaceBase }
  | { kind: 'raceRuns'; base: RaceBase; raceKey: string; policies: readonly RacePolicy[]; firstRun: number; runs: number }
  | { kind: 'comparison'; base: RaceBase }
  | { kind: 'staffing'; base: RaceBase; targetShare: number };

export type ForecastJobResult =
  | { kind: 'forecast'; result: RacePolicyResult }
  | { kind: 'raceRuns'; result: RaceTally }
  | { kind: 'comparison'; result: PolicySummary[] }
  | { kind: 'staffing'; result: StaffingAdvice };

export function runForecastJob(job: ForecastJob): ForecastJobResult {
  switch (job.kind) {
    case 'forecast':
      return { kind: 'forecast', result: forecastQueue(job.base) };
    case 'raceRuns':
      return { kind: 'raceRuns', result: raceRuns(job.base, job.raceKey, job.policies, job.firstRun, job.runs) };
    case 'comparison':
      return { kind: 'comparison', result: comparePolicies(job.base) };
    case 'staffing':
      return { kind: 'staffing', result: searchStaffing(job.base, job.targetShare) };
  }
}

/** The queue's race over FORECAST_RUNS runs. */
export function forecastQueue(base: RaceBase, runs = FORECAST_RUNS): RacePolicyResult {
  return simulateRace({ ...base, runs, policies: [FORECAST_POLICY] }).policies[0];
}

/** The race last prepared on this thread, by the key its jobs carry: a thread prepares a campaign's race once for all its slices. */
let preparedHere: { key: string; prepared: PreparedRace } | null = null;

/**
 * Runs firstRun … firstRun + runs − 1 of the race for `policies`, tallied: a slice of the forecast or
 * of the comparison for one thread. Jobs of one forecast share a `raceKey` (and their base): the
 * thread prepares the race for the first and reuses it for the next (the preparation does not depend
 * on the policies or the runs).
 */
export function raceRuns(base: RaceBase, raceKey: string, policies: readonly RacePolicy[], firstRun: number, runs: number): RaceTally {
  if (preparedHere?.key !== raceKey) preparedHere = { key: raceKey, prepared: prepareRace({ ...base, runs, policies }) };
  return tallyPreparedRace(preparedHere.prepared, firstRun, { runs, policies });
}

/** The forecast from its slices of queue runs (`raceRuns`, in any order, covering FORECAST_RUNS once): `forecastQueue`'s result. */
export function joinForecast(base: RaceBase, slices: readonly RaceTally[]): RacePolicyResult {
  return joinRaceTallies(base, slices).policies[0];
}

/** The comparison from the queue's first COMPARISON_RUNS runs and the simple rules' slices (`raceRuns`): `comparePolicies`' result. */
export function joinComparison(base: RaceBase, queueSlices: readonly RaceTally[], ruleSlices: readonly RaceTally[]): PolicySummary[] {
  const queue = joinRaceTallies(base, queueSlices).policies;
  const rules = ruleSlices.flatMap((t) => joinRaceTallies(base, [t]).policies);
  const byPolicy = new Map([...queue, ...rules].map((p) => [p.policy, p]));
  return summarisePolicies(COMPARED_POLICIES.map((policy) => byPolicy.get(policy) as RacePolicyResult));
}

/** Every compared policy over COMPARISON_RUNS runs, summarised (no per-account or per-week detail). */
export function comparePolicies(base: RaceBase, runs = COMPARISON_RUNS): PolicySummary[] {
  return summarisePolicies(simulateRace({ ...base, runs, policies: COMPARED_POLICIES }).policies);
}

function summarisePolicies(policies: readonly RacePolicyResult[]): PolicySummary[] {
  return policies.map((p) => ({
    policy: p.policy,
    expectedSpendWon: p.expectedSpendWon,
    expectedSpendMigrated: p.expectedSpendMigrated,
    scenarios: p.scenarios.map((s) => ({
      spendWon: s.spendWon,
      spendMigrated: s.spendMigrated,
      signedButDarkAccounts: s.signedButDark.accounts.mean,
      signedButDarkSpend: s.signedButDark.monthlySpend.mean,
    })),
  }));
}

/**
 * The staffing search. "Captured" is the queue's expected monthly spend won and cut over before the
 * rival goes dark, weighted over the scenarios, over STAFFING_RUNS runs with the same seed at every
 * step (common random numbers: a step changes the team, not the customers' luck).
 *
 * 1. Unlimited: enough reps to act on every account every business day (⌈accounts ÷ daily actions⌉,
 *    at least today's team) and no migration capacity limit. Target = share × that.
 * 2. Reps needed: the fewest reps that reach the target with the migration capacity unlimited;
 *    bisection between 0 and the unlimited team (geometric once both ends are positive), first
 *    probing today's team, until the bracket is within 10 % or one rep.
 * 3. Weekly capacity needed: with that many reps, the least weekly capacity (workload units) that
 *    reaches the target; bisection the same way between 1 unit and the whole workload (which holds
 *    every migration in one week, i.e. unlimited), first probing today's capacity.
 * The answer is the upper end of each bracket: a team that was seen to reach the target.
 */
export function searchStaffing(base: RaceBase, targetShare: number, runs = STAFFING_RUNS): StaffingAdvice {
  const sample = staffingSample(base);
  const advice = searchStaffingOn(sample.base, targetShare, runs);
  const spend = (x: number) => x * sample.spendScale;
  const capacity = (c: number) => (Number.isFinite(c) ? Math.ceil(c / sample.capacityScale) : c);
  return {
    ...advice,
    sampledAccounts: sample.base.accounts.length,
    unlimitedSpend: spend(advice.unlimitedSpend),
    targetSpend: spend(advice.targetSpend),
    currentSpend: spend(advice.currentSpend),
    currentCapacity: base.settings.weeklyMigrationCapacity,
    capacityNeeded: advice.capacityNeeded === null ? null : capacity(advice.capacityNeeded),
    adviceSpend: advice.adviceSpend === null ? null : spend(advice.adviceSpend),
  };
}

/**
 * The race the staffing search runs: every account up to STAFFING_SAMPLE; above, a systematic sample
 * of STAFFING_SAMPLE of them (every k-th in order of spend, so that large and small customers keep
 * their shares), with each rep's daily actions and the weekly migration capacity scaled by the
 * sample's share (of the accounts, of the workload) so that the team is as stretched as with all of
 * them. Spend found on the sample is scaled back by the share of spend it holds, capacity by the share
 * of workload; reps need no scaling (their actions were). Keeps the search's cost flat as campaigns grow.
 */
export function staffingSample(base: RaceBase, size = STAFFING_SAMPLE): { base: RaceBase; spendScale: number; capacityScale: number } {
  const n = base.accounts.length;
  if (n <= size) return { base, spendScale: 1, capacityScale: 1 };
  const bySpend = [...base.accounts.keys()].sort((a, b) => base.accounts[b].monthlySpend - base.accounts[a].monthlySpend || a - b);
  const picked = Array.from({ length: size }, (_, k) => bySpend[Math.floor(((k + 0.5) * n) / size)]).sort((a, b) => a - b);
  const accounts = picked.map((i) => base.accounts[i]);
  const sum = (list: typeof accounts, f: (a: (typeof accounts)[number]) => number) => list.reduce((t, a) => t + f(a), 0);
  const spendAll = sum(base.accounts as typeof accounts, (a) => a.monthlySpend);
  const spendSample = sum(accounts, (a) => a.monthlySpend);
  const workAll = sum(base.accounts as typeof accounts, (a) => a.workload ?? 1);
  const workSample = sum(accounts, (a) => a.workload ?? 1);
  const capacityScale = workAll > 0 ? workSample / workAll : size / n;
  return {
    base: {
      ...base,
      accounts,
      reps: { count: base.reps.count, dailyActions: (base.reps.dailyActions * size) / n },
      settings: { ...base.settings, weeklyMigrationCapacity: base.settings.weeklyMigrationCapacity * capacityScale },
    },
    spendScale: spendSample > 0 ? spendAll / spendSample : 1,
    capacityScale,
  };
}

function searchStaffingOn(base: RaceBase, targetShare: number, runs: number): StaffingAdvice {
  let evaluations = 0;
  const seen = new Map<string, number>();
  // Prepared once: each evaluation only changes the team or the capacity (libs/domain prepareRace).
  const prepared = prepareRace({ ...base, runs, policies: [FORECAST_POLICY] });
  const captured = (reps: number, capacity: number): number => {
    const key = `${reps}|${capacity}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    evaluations++;
    const value = simulatePreparedRace(prepared, { reps: { count: reps, dailyActions: base.reps.dailyActions }, weeklyMigrationCapacity: capacity }).policies[0]
      .expectedSpendMigrated;
    seen.set(key, value);
    return value;
  };
  const currentReps = base.reps.count;
  const currentCapacity = base.settings.weeklyMigrationCapacity;
  const daily = base.reps.dailyActions > 0 ? base.reps.dailyActions : 1;
  const unlimitedReps = Math.max(currentReps, Math.ceil(base.accounts.length / daily), 1);
  const totalWorkload = Math.max(1, base.accounts.reduce((sum, a) => sum + (a.workload ?? 1), 0));
  const unlimitedSpend = captured(unlimitedReps, Infinity);
  const targetSpend = unlimitedSpend * targetShare;
  const currentSpend = captured(currentReps, currentCapacity);
  const advice: StaffingAdvice = {
    runs,
    sampledAccounts: base.accounts.length,
    evaluations,
    targetShare,
    unlimitedSpend,
    targetSpend,
    currentSpend,
    currentReps,
    currentCapacity,
    unlimitedReps,
    repsNeeded: null,
    capacityNeeded: null,
    adviceSpend: null,
  };
  if (!(targetSpend > 0)) return { ...advice, evaluations };

  // Least x in [lo, hi] with reaches(x), knowing reaches(hi) (and, for lo > 0, not reaches(lo)).
  const bisect = (lo: number, hi: number, probe: number, reaches: (x: number) => boolean): number => {
    if (probe > lo && probe < hi) {
      if (reaches(probe)) hi = probe;
      else lo = probe;
    }
    while (hi - lo > 1 && hi > lo * (1 + STAFFING_TOLERANCE)) {
      let mid = lo === 0 ? Math.floor(hi / 2) : Math.round(Math.sqrt(lo * hi));
      mid = Math.min(hi - 1, Math.max(lo + 1, mid));
      if (reaches(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  };
  const repsNeeded = bisect(0, unlimitedReps, currentReps, (r) => captured(r, Infinity) >= targetSpend);
  // A capacity of the whole workload holds every migration in its first week: the same as unlimited.
  const capacity = (c: number) => (c >= totalWorkload ? Infinity : c);
  const capacityNeeded = bisect(0, totalWorkload, Math.floor(currentCapacity), (c) => c > 0 && captured(repsNeeded, capacity(c)) >= targetSpend);
  const adviceSpend = captured(repsNeeded, capacity(capacityNeeded));
  return { ...advice, evaluations, repsNeeded, capacityNeeded, adviceSpend };
}
