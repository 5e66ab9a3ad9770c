import { addCalendarDays, assertDate, localWeekday, startOfLocalDay } from './business-calendar';
import type { CampaignSettings } from './campaign-settings';
import { stageDueAt } from './deadlines';
import { invalidArgument } from './domain-error';
import { RACE_EXITS, type RaceEstimates } from './race-estimates';
import { CREDIBLE_SCENARIO_PERCENT, governingScenario, type ShutdownScenarioLike } from './shutdown-scenarios';
import { QUEUE_IN_TIME_SHARE, QUEUE_OVERDUE_BONUS_PERCENT, queueScorePoints, queueTimeTermsByStage } from './queue-priority';
import { computeUrgency, type UrgencyInput } from './urgency';
import { OPEN_STAGES, SEGMENTS, type OpenStage, type RivalHealth, type Segment, type Stage } from './vocabulary';

/**
 * The race simulator (issue #23, DESIGN.md §9 RaceForecast): the days from now to the rival's
 * shutdown, run many times, for an order of work (a policy). Pure and deterministic for a seed.
 *
 * **A day.** On each business day (Monday–Friday in the campaign's zone) the team has
 * `reps.count × reps.dailyActions` actions (the reps work one shared queue). An action takes a
 * deal that is *ready* — its customer has had the stage's time (`RaceEstimates`, exponential) —
 * out of its stage: it goes where the estimates send it (next stage, won, lost, a revised offer).
 * A deal is acted on at most once a day. The policy says which ready deals get the day's actions.
 *
 * **After a win.** The migration can start the day it is signed and takes the segment's lead time
 * (calendar days, `migrationLeadDays`); it then goes into the first week with room in the migration
 * team's weekly capacity (first fit, in the order deals are won; one larger than the capacity takes
 * a week of its own), and is cut over the day it is ready or on the Monday of that later week.
 *
 * **Scenarios.** One run is one path of the race, read at each scenario's date: a customer is
 * *captured* in a scenario when it is won and cut over by the time the network goes dark; *signed
 * but dark* when it is won by then but not cut over. The team does not know which scenario will
 * happen: deadlines and urgency follow the governing scenario (the earliest credible one, as the
 * app does) among those not yet past.
 *
 * **Randomness.** mulberry32 streams, one per account and run, seeded from (seed, run, account id):
 * an account draws the same numbers whatever the policy, the number of runs or the other accounts,
 * so policies are compared on the same customers' luck (common random numbers).
 *
 * **Policies.** `queue` is Lifeboat's work queue: overdue first, then by due time (`stageDueAt`,
 * capped at the signing deadline), then by urgency (`computeUrgency`, the real weights) highest
 * first, then input order (the api breaks the last tie by account id); an account with no deal has
 * no due time and comes after every deal. The simple rules: `first_come` (the order accounts came
 * into the campaign: `createdAt`, then input order), `largest_spend`, `no_backup_first` (then first
 * come), `shortest_lead_first` (the segment's migration lead time, then first come).
 *
 * `queue_v2` is the queue ordered by `computeQueuePriority` (queue-priority.ts) highest first, then
 * input order: every ready deal's score, as the api would store it, with the race's estimates as
 * the stage model; overdue adds its 10 % bonus.
 */

export const RACE_POLICIES = ['queue', 'queue_v2', 'first_come', 'largest_spend', 'no_backup_first', 'shortest_lead_first'] as const;
export type RacePolicy = (typeof RACE_POLICIES)[number];

export interface RaceAccount {
  /** Stable id: it seeds the account's random stream. */
  id: string;
  segment: Segment;
  /** Monthly spend with the rival, minor units. */
  monthlySpend: number;
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator?: boolean;
  countries?: string[];
  /** Carried for policies and reports; the model does not use it. */
  prepaidUntil?: Date | null;
  /** Migration workload units (1 when absent). */
  workload?: number;
  /** The open deal's stage, or null when the account has no deal yet. */
  stage: OpenStage | null;
  stageEnteredAt?: Date | null;
  createdAt: Date;
  lastContactAt?: Date | null;
}

export type RaceSettings = Pick<CampaignSettings, 'timeZone' | 'stageDueBusinessDays' | 'migrationLeadDays' | 'urgencyWeights'> & {
  /** Workload units a week; Infinity for an unlimited team (the settings' bound does not apply to a what-if). */
  weeklyMigrationCapacity: number;
};

export interface RaceInput {
  now: Date;
  rival: { health: RivalHealth; shutdownExpectedAt?: Date | null };
  scenarios: readonly ShutdownScenarioLike[];
  accounts: readonly RaceAccount[];
  reps: { count: number; dailyActions: number };
  settings: RaceSettings;
  estimates: RaceEstimates;
  runs: number;
  seed: number;
  policies?: readonly RacePolicy[];
}

export interface RaceStat {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface RaceWeek {
  /** Monday 00:00 local. */
  weekStart: Date;
  /** Spend won and spend cut over by the end of that week (or the scenario's date, in its last week), cumulative. */
  spendWon: RaceStat;
  spendMigrated: RaceStat;
}

export interface RaceScenarioResult {
  scenarioId: string;
  goesDarkAt: Date;
  probabilityPercent: number;
  /** Monthly spend of the customers won by the shutdown. */
  spendWon: RaceStat;
  /** … and cut over by then: what the race captures. */
  spendMigrated: RaceStat;
  accountsMigrated: RaceStat;
  /** Won by the shutdown but not cut over: customers that go dark on our contract. */
  signedButDark: { accounts: RaceStat; monthlySpend: RaceStat };
  weeks: RaceWeek[];
  /** Per account (input order): the share of runs in which it is still on the rival when it goes dark (neither captured nor lost). */
  darkProbability: Float64Array;
  /** Per run (run order): the spend captured, for tests and custom statistics. */
  perRunSpendMigrated: Float64Array;
}

export interface RacePolicyResult {
  policy: RacePolicy;
  scenarios: RaceScenarioResult[];
  /** Over the scenarios, weighted by their probabilities (normalised to 1). */
  expectedSpendWon: number;
  expectedSpendMigrated: number;
}

export interface RaceResult {
  runs: number;
  seed: number;
  policies: RacePolicyResult[];
}

const WON = 4;
const LOST = 5;
const STAGE_INDEX: Record<Stage, number> = { identified: 0, contacted: 1, proposal_sent: 2, negotiating: 3, won: WON, lost: LOST };
const MINUTE_MS = 60_000;
/** Due keys are minutes from now, offset to stay positive; NO_DUE sorts after every due time. */
const DUE_OFFSET = 1 << 21;
const NO_DUE = (1 << 22) - 1;
/** queue_v2's groups of deals: open stage × segment. */
const GROUPS = 4 * SEGMENTS.length;

// --- Urgency, from the real rule ---------------------------------------------------------------

const NEUTRAL_ACCOUNT: UrgencyInput['account'] = { monthlySpend: 0, countries: [], hasBackupProvider: true, rivalIsPrincipalOperator: false };
const NO_DATE_RIVAL: UrgencyInput['rival'] = { health: 'operating', shutdownExpectedAt: null };

/**
 * `computeUrgency`'s score as the sum of three parts, each asked of the real rule: the account's own
 * factors (a rival with no news, a deal past contacted), the rival's shutdown (a neutral account),
 * the lack of contact (a neutral account and rival), capped at 100. The simulator needs them apart
 * to precompute them; the spec checks that the sum is the rule's score for any input, so a change
 * of the rule that breaks the split fails there rather than skewing the race.
 */
export function urgencyFromParts(input: UrgencyInput): number {
  return Math.min(100, ownUrgency(input) + shutdownUrgency(input) + contactUrgency(input));
}

function ownUrgency(input: UrgencyInput): number {
  const r = computeUrgency({ ...input, rival: NO_DATE_RIVAL, stage: 'negotiating', lastContactAt: null, createdAt: null });
  return r.factors.reduce((sum, f) => sum + f.points, 0);
}

function shutdownUrgency(input: Pick<UrgencyInput, 'now' | 'timeZone' | 'rival' | 'weights'>): number {
  return computeUrgency({ now: input.now, timeZone: input.timeZone, rival: input.rival, weights: input.weights, account: NEUTRAL_ACCOUNT, stage: 'negotiating', lastContactAt: null }).score;
}

function contactUrgency(input: Pick<UrgencyInput, 'now' | 'timeZone' | 'stage' | 'lastContactAt' | 'createdAt' | 'weights'>): number {
  return computeUrgency({
    now: input.now,
    timeZone: input.timeZone,
    weights: input.weights,
    rival: NO_DATE_RIVAL,
    account: NEUTRAL_ACCOUNT,
    stage: input.stage,
    lastContactAt: input.lastContactAt,
    createdAt: input.createdAt ?? null,
  }).score;
}

// --- Random numbers ----------------------------------------------------------------------------

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One mulberry32 step on `state[i]`: a number in [0, 1). */
function nextRandom(state: Uint32Array, i: number): number {
  const s = (state[i] + 0x6d2b79f5) >>> 0;
  state[i] = s;
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

// --- Preparation: everything that does not depend on the run ------------------------------------

interface Prepared {
  n: number;
  /** Days simulated: 0 … lastDay (the last scenario's last day). */
  lastDay: number;
  /** Per scenario: the last day index whose moment is at or before its date. */
  scenarioLastDay: Int32Array;
  /** Days since Monday of day 0 (weeks are Monday to Sunday, local). */
  mondayOffset: number;
  dailyActions: number;
  capacity: number;
  spend: Float64Array;
  workload: Float64Array;
  lead: Int32Array;
  seg: Uint8Array;
  idHash: Uint32Array;
  initStage: Uint8Array;
  hasDeal: Uint8Array;
  staticKeyOrder: Record<Exclude<RacePolicy, 'queue' | 'queue_v2'>, Int32Array>;
  /** queue_v2: [(stage × days + day) × segments + segment] → `queueTimeTerms` (per unit of spend; `queueTimeTermsByStage`). */
  waitingCost: Float64Array;
  inTime: Float64Array;
  /** queue_v2: per day, its moment as a due key (minutes from now, offset), to tell overdue deals. */
  nowDue: Int32Array;
  /** Per stage and day: the exits' cumulative probabilities and targets, and the mean days. */
  exitCum: Float64Array[];
  exitTo: Uint8Array[];
  meanDays: Float64Array;
  // Queue keys
  govOfDay: Int32Array;
  /** [gov][stage][enteredDay][segment] → due minute key. */
  dueTable: Int32Array;
  /** [gov × n + i] → the initial deal's due minute key. */
  initDue: Int32Array;
  /** The `queue` policy's urgency and orders, prepared when a race first asks for that policy (memoised, shared by copies). */
  queue: () => QueuePrepared;
  /** queue_v2: the accounts by spend, highest first, then input order (rank → account), and each account's rank. */
  byRank: Int32Array;
  rankOf: Int32Array;
  /** queue_v2: 32-bit words of a group's bit set over the ranks. */
  words: number;
}

/** What only the `queue` policy needs: urgency points, and its order of the accounts nobody has acted on yet. */
interface QueuePrepared {
  ownU: Uint8Array;
  shutU: Uint8Array;
  /** [lastContactDay × (lastDay+1) + day] → contact points. */
  contactU: Uint8Array;
  /** [day × n + i] → contact points of an account never acted on. */
  initContactU: Uint8Array;
  /**
   * The queue's order of the accounts nobody has acted on yet: it does not depend on the run, only
   * on the day (due times, urgency). Per distinct day: the accounts in order and their sort keys.
   */
  untouchedOfDay: Int32Array;
  untouchedOrder: Int32Array[];
  untouchedKeys: Float64Array[];
}

/** Lifeboat's queue order as one number: due time, then urgency (capped at 100) highest first, then input order. */
function queueKey(due: number, urgency: number, n: number, i: number): number {
  return (due * 128 + (100 - (urgency > 100 ? 100 : urgency))) * n + i;
}

/**
 * Points for no contact on days from…to, as a vector over 0…to. They can only grow with time (the
 * idle business days do), so where two days give the same points every day between does too: the
 * interval is halved only where they differ, and the rule is asked a handful of times per step
 * (however many steps a future rule has) rather than every day.
 */
function stepVector(from: number, to: number, at: (day: number) => number): Uint8Array {
  const vector = new Uint8Array(to + 1);
  const fill = (lo: number, hi: number, atLo: number, atHi: number): void => {
    if (atLo === atHi) {
      vector.fill(atLo, lo, hi + 1);
      return;
    }
    vector[lo] = atLo;
    vector[hi] = atHi;
    if (hi - lo <= 1) return;
    const mid = (lo + hi) >> 1;
    const atMid = at(mid);
    fill(lo, mid, atLo, atMid);
    fill(mid, hi, atMid, atHi);
  };
  fill(from, to, at(from), at(to));
  return vector;
}

function prepare(input: RaceInput): Prepared {
  const { now, accounts, settings, estimates, reps } = input;
  assertDate(now, 'now');
  if (!Number.isInteger(input.runs) || input.runs < 1) throw invalidArgument('runs', `runs must be a whole number, 1 or more; got ${input.runs}.`);
  if (!Number.isInteger(reps.count) || reps.count < 0) throw invalidArgument('reps.count', `reps.count must be a whole number, 0 or more; got ${reps.count}.`);
  if (!(reps.dailyActions >= 0)) throw invalidArgument('reps.dailyActions', `reps.dailyActions must be 0 or more; got ${reps.dailyActions}.`);
  if (!(settings.weeklyMigrationCapacity > 0)) {
    throw invalidArgument('settings.weeklyMigrationCapacity', `weeklyMigrationCapacity must be more than 0; got ${settings.weeklyMigrationCapacity}.`);
  }
  if (input.scenarios.length === 0) throw invalidArgument('scenarios', 'The race needs at least one shutdown scenario.');
  const tz = settings.timeZone;
  const n = accounts.length;
  const weights = settings.urgencyWeights;

  const darkMs = input.scenarios.map((s, i) => {
    assertDate(s.goesDarkAt, `scenarios[${i}].goesDarkAt`);
    if (s.goesDarkAt.getTime() <= now.getTime()) throw invalidArgument(`scenarios[${i}].goesDarkAt`, 'A scenario of the race must be in the future.');
    return s.goesDarkAt.getTime();
  });
  const lastDarkMs = Math.max(...darkMs);
  const moments: Date[] = [];
  for (let d = 0; ; d++) {
    const m = addCalendarDays(now, d, tz);
    if (m.getTime() > lastDarkMs) break;
    moments.push(m);
  }
  const lastDay = moments.length - 1;
  const scenarioLastDay = Int32Array.from(darkMs, (ms) => {
    let d = lastDay;
    while (d > 0 && moments[d].getTime() > ms) d--;
    return d;
  });
  const mondayOffset = (localWeekday(now, tz) + 6) % 7;

  // Governing date of each day: the earliest credible scenario not yet past (else the rival's own date).
  const govDates: (Date | null)[] = [];
  const govOfDay = new Int32Array(lastDay + 1);
  for (let d = 0; d <= lastDay; d++) {
    const live = input.scenarios.filter((s) => s.goesDarkAt.getTime() > moments[d].getTime());
    const g = governingScenario(live, CREDIBLE_SCENARIO_PERCENT)?.goesDarkAt ?? input.rival.shutdownExpectedAt ?? null;
    let k = govDates.findIndex((x) => (x === null ? g === null : g !== null && x.getTime() === g.getTime()));
    if (k === -1) k = govDates.push(g) - 1;
    govOfDay[d] = k;
  }

  const dueKey = (due: Date | null) => (due === null ? NO_DUE : Math.max(0, Math.min(NO_DUE - 1, Math.floor((due.getTime() - now.getTime()) / MINUTE_MS) + DUE_OFFSET)));
  const days = lastDay + 1;
  const dueTable = new Int32Array(govDates.length * 4 * days * SEGMENTS.length);
  const segmentsUsed = new Set(accounts.map((a) => a.segment));
  govDates.forEach((gov, g) => {
    OPEN_STAGES.forEach((stage, s) => {
      for (let e = 0; e < days; e++) {
        if ((e + mondayOffset) % 7 >= 5) continue; // nobody acts on a weekend: no stage is entered then
        SEGMENTS.forEach((segment, k) => {
          if (!segmentsUsed.has(segment)) return;
          const due = stageDueAt({ stage, stageEnteredAt: moments[e], segment, shutdownExpectedAt: gov, settings });
          dueTable[((g * 4 + s) * days + e) * SEGMENTS.length + k] = dueKey(due);
        });
      }
    });
  });

  const segIndex = new Map(SEGMENTS.map((s, i) => [s, i]));
  const spend = new Float64Array(n);
  const workload = new Float64Array(n);
  const lead = new Int32Array(n);
  const seg = new Uint8Array(n);
  const idHash = new Uint32Array(n);
  const initStage = new Uint8Array(n);
  const hasDeal = new Uint8Array(n);
  const initDue = new Int32Array(govDates.length * n);
  const dueMemo = new Map<string, number>();
  const seen = new Set<string>();

  accounts.forEach((a, i) => {
    const field = `accounts[${i}]`;
    if (typeof a.id !== 'string' || a.id === '' || seen.has(a.id)) throw invalidArgument(`${field}.id`, `${field}.id must be a non-empty id, unique in the race.`);
    seen.add(a.id);
    if (!segIndex.has(a.segment)) throw invalidArgument(`${field}.segment`, `${field}.segment is not a segment: ${String(a.segment)}.`);
    if (!(a.monthlySpend >= 0)) throw invalidArgument(`${field}.monthlySpend`, `${field}.monthlySpend must be 0 or more.`);
    const w = a.workload ?? 1;
    if (!(w >= 0)) throw invalidArgument(`${field}.workload`, `${field}.workload must be 0 or more.`);
    assertDate(a.createdAt, `${field}.createdAt`);
    spend[i] = a.monthlySpend;
    workload[i] = w;
    lead[i] = settings.migrationLeadDays[a.segment];
    seg[i] = segIndex.get(a.segment) as number;
    idHash[i] = hashString(a.id);
    initStage[i] = a.stage === null ? 0 : STAGE_INDEX[a.stage];
    hasDeal[i] = a.stage === null ? 0 : 1;
    const entered = a.stageEnteredAt ?? a.createdAt;
    govDates.forEach((gov, g) => {
      if (a.stage === null) {
        initDue[g * n + i] = NO_DUE;
        return;
      }
      const key = `${a.stage}|${entered.getTime()}|${a.segment}|${g}`;
      let due = dueMemo.get(key);
      if (due === undefined) {
        due = dueKey(stageDueAt({ stage: a.stage, stageEnteredAt: entered, segment: a.segment, shutdownExpectedAt: gov, settings }));
        dueMemo.set(key, due);
      }
      initDue[g * n + i] = due;
    });
  });

  // Static orders: the sort keys, then input order.
  const created = Float64Array.from(accounts, (a) => a.createdAt.getTime());
  const order = (compare: (a: number, b: number) => number) => Int32Array.from(accounts.keys()).sort((a, b) => compare(a, b) || a - b);
  const firstCome = (a: number, b: number) => created[a] - created[b];
  const staticKeyOrder = {
    first_come: order(firstCome),
    largest_spend: order((a, b) => spend[b] - spend[a]),
    no_backup_first: order((a, b) => Number(accounts[a].hasBackupProvider) - Number(accounts[b].hasBackupProvider) || firstCome(a, b)),
    shortest_lead_first: order((a, b) => lead[a] - lead[b] || firstCome(a, b)),
  };

  const exitCum: Float64Array[] = [];
  const exitTo: Uint8Array[] = [];
  const meanDays = new Float64Array(4);
  OPEN_STAGES.forEach((stage, s) => {
    const est = estimates[stage];
    const targets = RACE_EXITS[stage];
    let total = 0;
    const probs = targets.map((t) => {
      const p = est.exits[t] ?? 0;
      if (!(p >= 0)) throw invalidArgument(`estimates.${stage}.exits.${t}`, 'A probability must be 0 or more.');
      total += p;
      return p;
    });
    if (!(total > 0)) throw invalidArgument(`estimates.${stage}.exits`, 'The exits of a stage must have some probability.');
    let acc = 0;
    exitCum.push(Float64Array.from(probs, (p) => (acc += p / total)));
    exitTo.push(Uint8Array.from(targets, (t) => STAGE_INDEX[t]));
    if (!(est.meanDays >= 0)) throw invalidArgument(`estimates.${stage}.meanDays`, 'meanDays must be 0 or more.');
    meanDays[s] = est.meanDays;
  });

  // queue_v2: its terms per unit of spend depend only on the stage, the day and the segment. The
  // race's estimates are its stage model, as the api would use the campaign's `estimateRace`.
  const waitingCost = new Float64Array(4 * days * SEGMENTS.length);
  const inTime = new Float64Array(4 * days * SEGMENTS.length);
  const nowDue = new Int32Array(days);
  for (let d = 0; d < days; d++) {
    nowDue[d] = dueKey(moments[d]);
    if ((d + mondayOffset) % 7 >= 5) continue;
    // The four stages of a segment share their matrix exponentials (queueTimeTermsByStage).
    SEGMENTS.forEach((segment, k) => {
      if (!segmentsUsed.has(segment)) return;
      const byStage = queueTimeTermsByStage({
        now: moments[d],
        scenarios: input.scenarios,
        shutdownExpectedAt: input.rival.shutdownExpectedAt ?? null,
        settings,
        model: estimates,
        segment,
      });
      byStage.forEach((terms, s) => {
        waitingCost[(s * days + d) * SEGMENTS.length + k] = terms.waitingCost;
        inTime[(s * days + d) * SEGMENTS.length + k] = terms.inTime;
      });
    });
  }

  // The `queue` policy's urgency (the real rule's, asked for each account and day: the costly part of
  // a large race's preparation) only when a race asks for that policy.
  const prepareQueue = (): QueuePrepared => {
    const ownU = new Uint8Array(n);
    const initContactU = new Uint8Array(days * n);
    const contactMemo = new Map<string, Uint8Array>();
    accounts.forEach((a, i) => {
      const urgencyAccount = {
        monthlySpend: a.monthlySpend,
        countries: a.countries ?? [],
        hasBackupProvider: a.hasBackupProvider,
        rivalIsPrincipalOperator: a.rivalIsPrincipalOperator ?? false,
      };
      ownU[i] = ownUrgency({ now, timeZone: tz, rival: NO_DATE_RIVAL, account: urgencyAccount, stage: a.stage, lastContactAt: null, weights });
      // Points for no contact over the days, for an account nobody acts on.
      const last = a.lastContactAt ?? null;
      const early = a.stage === null || a.stage === 'identified' || a.stage === 'contacted';
      const ckey = `${early ? a.stage : 'late'}|${last?.getTime() ?? 'none'}|${a.createdAt.getTime()}`;
      let vector = contactMemo.get(ckey);
      if (!vector) {
        vector = stepVector(0, lastDay, (d) => contactUrgency({ now: moments[d], timeZone: tz, stage: a.stage, lastContactAt: last, createdAt: a.createdAt, weights }));
        contactMemo.set(ckey, vector);
      }
      for (let d = 0; d < days; d++) initContactU[d * n + i] = vector[d];
    });

    const shutU = new Uint8Array(days);
    for (let d = 0; d < days; d++) shutU[d] = shutdownUrgency({ now: moments[d], timeZone: tz, rival: { health: input.rival.health, shutdownExpectedAt: govDates[govOfDay[d]] }, weights });
    // A deal acted on on day c is identified/contacted after it only as "contacted" (a first contact).
    const contactU = new Uint8Array(days * days);
    for (let c = 0; c < days; c++) {
      const vector = stepVector(c, lastDay, (d) => contactUrgency({ now: moments[d], timeZone: tz, stage: 'contacted', lastContactAt: moments[c], weights }));
      contactU.set(vector.subarray(c), c * days + c);
    }

    const untouchedOfDay = new Int32Array(days).fill(-1);
    const untouchedOrder: Int32Array[] = [];
    const untouchedKeys: Float64Array[] = [];
    let previous = -1;
    for (let d = 0; d < days; d++) {
      if ((d + mondayOffset) % 7 >= 5) continue;
      const same =
        previous >= 0 &&
        govOfDay[d] === govOfDay[previous] &&
        shutU[d] === shutU[previous] &&
        initContactU.subarray(d * n, d * n + n).every((v, i) => v === initContactU[previous * n + i]);
      if (!same) {
        const keys = new Float64Array(n);
        const g = govOfDay[d];
        for (let i = 0; i < n; i++) keys[i] = queueKey(initDue[g * n + i], ownU[i] + shutU[d] + initContactU[d * n + i], n, i);
        keys.sort();
        untouchedKeys.push(keys);
        untouchedOrder.push(Int32Array.from(keys, (k) => k % n));
      }
      untouchedOfDay[d] = untouchedOrder.length - 1;
      previous = d;
    }
    return { ownU, shutU, contactU, initContactU, untouchedOfDay, untouchedOrder, untouchedKeys };
  };
  let queuePrepared: QueuePrepared | null = null;
  const queue = () => (queuePrepared ??= prepareQueue());

  // queue_v2's groups: within a (stage, segment) every deal's score on a day is its spend times the
  // same terms, so the group in order of spend is in order of score (see queueV2Day).
  const byRank = order((a, b) => spend[b] - spend[a]);
  const rankOf = new Int32Array(n);
  for (let r = 0; r < n; r++) rankOf[byRank[r]] = r;
  const words = (n + 31) >>> 5;

  return {
    n,
    lastDay,
    scenarioLastDay,
    mondayOffset,
    dailyActions: Math.floor(reps.count * reps.dailyActions),
    capacity: settings.weeklyMigrationCapacity,
    spend,
    workload,
    lead,
    seg,
    idHash,
    initStage,
    hasDeal,
    staticKeyOrder,
    waitingCost,
    inTime,
    nowDue,
    exitCum,
    exitTo,
    meanDays,
    govOfDay,
    dueTable,
    initDue,
    queue,
    byRank,
    rankOf,
    words,
  };
}

// --- One run -----------------------------------------------------------------------------------

/** For the spec: queue_v2 by the plain full sort, and each day's chosen keys (sorted) as the run goes. */
export interface RaceOptions {
  plainQueueV2?: boolean;
  onQueueV2Day?: (run: number, day: number, accounts: Int32Array) => void;
}

interface RunState {
  stage: Uint8Array;
  readyAt: Float64Array;
  /** The day the current stage was entered in the run, −1 for the initial one. */
  entered: Int32Array;
  lastContact: Int32Array;
  winDay: Int32Array;
  cutDay: Int32Array;
  rng: Uint32Array;
  weekLoad: Float64Array;
  keys: Float64Array;
  picked: Int32Array;
  /** Static orders: the next position in the order still open (n at the end). */
  nextOpen: Int32Array;
  /** Accounts acted on at least once and still open, compacted as the queue scans them. */
  touched: Int32Array;
  touchedCount: number;
  /** Per order of untouched accounts: its first position still untouched, and the next one of each. */
  untouchedHead: Int32Array;
  untouchedNext: Int32Array[];
  /**
   * queue_v2: the ready pool, the open deals whose customers have had their stage's time (readyAt ≤
   * day) — per group (stage × segments + segment), the bit set of their ranks, and their count.
   */
  readyBits: Uint32Array;
  readyCount: Int32Array;
  /** queue_v2: deals not ready yet, listed by the day they become ready (⌈readyAt⌉); the last day drained into the pool. */
  bucketHead: Int32Array;
  bucketNext: Int32Array;
  drained: number;
  /** queue_v2, one day: per group, the rank it has been read to and the most any deal from there can score. */
  groupAt: Int32Array;
  groupBound: Float64Array;
  /** queue_v2, one day: the groups still being read. */
  groupList: Int32Array;
}

function newState(p: Prepared): RunState {
  return {
    stage: new Uint8Array(p.n),
    readyAt: new Float64Array(p.n),
    entered: new Int32Array(p.n),
    lastContact: new Int32Array(p.n),
    winDay: new Int32Array(p.n),
    cutDay: new Int32Array(p.n),
    rng: new Uint32Array(p.n),
    weekLoad: new Float64Array(64),
    keys: new Float64Array(p.n),
    picked: new Int32Array(p.n),
    nextOpen: new Int32Array(p.n),
    touched: new Int32Array(p.n),
    touchedCount: 0,
    untouchedHead: new Int32Array(0),
    untouchedNext: [],
    readyBits: new Uint32Array(GROUPS * p.words),
    readyCount: new Int32Array(GROUPS),
    bucketHead: new Int32Array(p.lastDay + 1),
    bucketNext: new Int32Array(p.n),
    drained: -1,
    groupAt: new Int32Array(GROUPS),
    groupBound: new Float64Array(GROUPS),
    groupList: new Int32Array(GROUPS),
  };
}

function exponential(st: RunState, i: number, mean: number): number {
  return -mean * Math.log(1 - nextRandom(st.rng, i));
}

/** The k smallest of keys[0..count) moved to the front, in no particular order (Hoare's selection). */
function selectSmallest(keys: Float64Array, count: number, k: number): void {
  let lo = 0;
  let hi = count - 1;
  while (hi > lo) {
    const pivot = keys[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) {
        const t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
}

function runOnce(p: Prepared, st: RunState, policy: RacePolicy, seed: number, run: number, options: RaceOptions = {}): void {
  const { n, lastDay, dailyActions } = p;
  const runMix = Math.imul(run + 1, 0x9e3779b1) ^ Math.imul(seed | 0, 0x85ebca6b);
  for (let i = 0; i < n; i++) {
    st.rng[i] = fmix32(p.idHash[i] ^ runMix);
    const s = p.initStage[i];
    st.stage[i] = s;
    st.entered[i] = -1;
    st.lastContact[i] = -1;
    st.winDay[i] = -1;
    st.cutDay[i] = -1;
    st.readyAt[i] = exponential(st, i, p.meanDays[s]);
  }
  st.weekLoad.fill(0);
  if (policy === 'queue_v2' && !options.plainQueueV2) {
    st.readyBits.fill(0);
    st.readyCount.fill(0);
    st.bucketHead.fill(-1);
    st.drained = -1;
    for (let i = 0; i < n; i++) awaitReady(p, st, i, -1);
  }
  st.touchedCount = 0;
  for (let j = 0; j < n; j++) st.nextOpen[j] = j + 1;
  const q = policy === 'queue' ? p.queue() : null;
  if (q) {
    if (st.untouchedNext.length !== q.untouchedOrder.length) {
      st.untouchedHead = new Int32Array(q.untouchedOrder.length);
      st.untouchedNext = q.untouchedOrder.map(() => new Int32Array(n));
    }
    st.untouchedHead.fill(0);
    for (const next of st.untouchedNext) for (let j = 0; j < n; j++) next[j] = j + 1;
  }
  const days = lastDay + 1;
  const segments = SEGMENTS.length;

  const act = (i: number, d: number) => {
    const s = st.stage[i];
    const u = nextRandom(st.rng, i);
    const cum = p.exitCum[s];
    let k = 0;
    while (k < cum.length - 1 && u >= cum[k]) k++;
    const to = p.exitTo[s][k];
    if (st.lastContact[i] < 0) st.touched[st.touchedCount++] = i;
    st.lastContact[i] = d;
    st.stage[i] = to;
    if (to === LOST) return;
    if (to === WON) {
      st.winDay[i] = d;
      return;
    }
    st.entered[i] = d;
    st.readyAt[i] = d + exponential(st, i, p.meanDays[to]);
  };

  const orderOf = policy === 'queue' || policy === 'queue_v2' ? null : p.staticKeyOrder[policy];
  let head = 0;
  for (let d = 0; d <= lastDay; d++) {
    if ((d + p.mondayOffset) % 7 >= 5 || dailyActions === 0) continue;
    if (orderOf) {
      const stage = st.stage;
      const readyAt = st.readyAt;
      const picked = st.picked;
      // The order as a list of positions still open: a closed deal is unlinked when met.
      const next = st.nextOpen;
      while (head < n && stage[orderOf[head]] >= WON) head = next[head];
      let count = 0;
      let previous = -1;
      for (let j = head; j < n && count < dailyActions; j = next[j]) {
        const i = orderOf[j];
        if (stage[i] >= WON) {
          next[previous] = next[j];
          continue;
        }
        previous = j;
        if (readyAt[i] <= d) picked[count++] = i;
      }
      for (let c = 0; c < count; c++) act(st.picked[c], d);
      // The day's wins join the migration plan in the policy's order.
      for (let c = 0; c < count; c++) {
        const i = st.picked[c];
        if (st.winDay[i] === d) st.cutDay[i] = placeMigration(p, st, d + p.lead[i], p.workload[i]);
      }
      continue;
    }
    if (policy === 'queue_v2') {
      if (!options.plainQueueV2) drainReady(p, st, d);
      const k = options.plainQueueV2 ? queueV2DayPlain(p, st, d) : queueV2Day(p, st, d);
      options.onQueueV2Day?.(run, d, st.picked.slice(0, k).sort());
      if (k > 0) actOnQueueV2(p, st, d, k, act, !options.plainQueueV2);
      continue;
    }
    // Lifeboat's queue. Of the accounts nobody has acted on, the first ready ones in the day's
    // precomputed order; of the others, every ready one, keyed now; then the day's first of both.
    const { shutU, contactU, ownU, untouchedOfDay, untouchedOrder, untouchedKeys } = q as QueuePrepared;
    const g = p.govOfDay[d];
    const shut = shutU[d];
    const stage = st.stage;
    const readyAt = st.readyAt;
    const entered = st.entered;
    const lastContact = st.lastContact;
    const keys = st.keys;
    const { dueTable, seg } = p;
    const dueBase = g * 4 * days;
    let count = 0;
    const u = untouchedOfDay[d];
    const order = untouchedOrder[u];
    const orderKeys = untouchedKeys[u];
    // The order as a list of the positions of accounts still untouched: a touched one is unlinked when met.
    const next = st.untouchedNext[u];
    let first = st.untouchedHead[u];
    while (first < n && lastContact[order[first]] >= 0) first = next[first];
    st.untouchedHead[u] = first;
    let previous = -1;
    for (let j = first; j < n && count < dailyActions; j = next[j]) {
      const i = order[j];
      if (lastContact[i] >= 0) {
        next[previous] = next[j];
        continue;
      }
      previous = j;
      if (readyAt[i] <= d) keys[count++] = orderKeys[j];
    }
    const touched = st.touched;
    let kept = 0;
    for (let j = 0; j < st.touchedCount; j++) {
      const i = touched[j];
      const s = stage[i];
      if (s >= WON) continue;
      touched[kept++] = i;
      if (readyAt[i] > d) continue;
      const urgency = ownU[i] + shut + (s <= 1 ? contactU[lastContact[i] * days + d] : 0);
      keys[count++] = queueKey(dueTable[(dueBase + s * days + entered[i]) * segments + seg[i]], urgency, n, i);
    }
    st.touchedCount = kept;
    const k = Math.min(count, dailyActions);
    if (k === 0) continue;
    if (count > k) selectSmallest(st.keys, count, k);
    let wins = 0;
    for (let c = 0; c < k; c++) {
      const i = st.keys[c] % n;
      act(i, d);
      if (st.winDay[i] === d) st.keys[wins++] = st.keys[c];
    }
    // The day's wins join the migration plan in the queue's order.
    if (wins > 1) st.keys.subarray(0, wins).sort();
    for (let c = 0; c < wins; c++) {
      const i = st.keys[c] % n;
      st.cutDay[i] = placeMigration(p, st, d + p.lead[i], p.workload[i]);
    }
  }
}

/** Scores above this (minor units) are capped in the key; with n ≤ 2¹⁹ accounts the key stays an exact double. */
const SCORE_CAP = 2 ** 34;

/**
 * queue_v2's day done plainly: every ready open deal keyed by its queue priority
 * (`computeQueuePriority`: spend × P(won in time | acted on now), × the overdue bonus, rounded as the
 * api would store it) highest first, then input order; the day's actions go to the first ones, whose
 * keys it leaves in `st.keys[0..k)` (k returned). The reference `queueV2Day` is checked against.
 */
function queueV2DayPlain(p: Prepared, st: RunState, d: number): number {
  const { n, dailyActions, spend, seg, waitingCost, inTime, dueTable, initDue, nowDue } = p;
  const days = p.lastDay + 1;
  const segments = SEGMENTS.length;
  const dueBase = p.govOfDay[d] * 4 * days;
  const gn = p.govOfDay[d] * n;
  const now = nowDue[d];
  const { stage, readyAt, entered, keys } = st;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const s = stage[i];
    if (s >= WON || readyAt[i] > d) continue;
    const e = entered[i];
    const due = e < 0 ? initDue[gn + i] : dueTable[(dueBase + s * days + e) * segments + seg[i]];
    const t = (s * days + d) * segments + seg[i];
    const [waiting, expected, bonus] = queueScorePoints(spend[i], waitingCost[t], inTime[t], due !== NO_DUE && now > due);
    const score = waiting + expected + bonus;
    keys[count++] = (SCORE_CAP - (score > SCORE_CAP ? SCORE_CAP : score)) * n + i;
  }
  const k = Math.min(count, dailyActions);
  if (count > k) selectSmallest(keys, count, k);
  for (let c = 0; c < k; c++) st.picked[c] = accountOfKey(keys[c], n);
  return k;
}

/** Read once: a module's export read in the hot loop goes through the compiled module's getter. */
const IN_TIME_SHARE = QUEUE_IN_TIME_SHARE;
const OVERDUE_BONUS_PERCENT = QUEUE_OVERDUE_BONUS_PERCENT;

/** `queueScorePoints`' sum without its array: the same roundings in the same order. */
function queueScore(monthlySpend: number, waitingCost: number, inTime: number, overdue: boolean): number {
  const waiting = Math.round(monthlySpend * waitingCost);
  const expected = Math.round(monthlySpend * IN_TIME_SHARE * inTime);
  return waiting + expected + (overdue ? Math.round(((waiting + expected) * OVERDUE_BONUS_PERCENT) / 100) : 0);
}

/**
 * At least `queueScore` of this spend, overdue or not, for a group whose terms add up to `perSpend`
 * (waiting cost + in-time share × in time): each of the three roundings adds at most ½, the bonus is a
 * tenth of the rest, and the floating-point products are within a few ulps; one multiplication instead
 * of three roundings, and a little looser (a deal or two more read).
 */
function scoreBound(spend: number, perSpend: number): number {
  return spend * perSpend * (1.1 + 1e-9) + 2;
}

/** The first rank at or after `from` in a group's bit set (words from `base`), or n when none. */
function nextRank(bits: Uint32Array, base: number, words: number, from: number, n: number): number {
  let w = from >>> 5;
  if (w >= words) return n;
  let x = bits[base + w] & (-1 << (from & 31));
  while (x === 0) {
    if (++w >= words) return n;
    x = bits[base + w];
  }
  const r = (w << 5) + 31 - Math.clz32(x & -x);
  return r < n ? r : n;
}

/** queue_v2: puts open deal i into the ready pool if it is ready by the day after `day`, else into the bucket of the day it will be. */
function awaitReady(p: Prepared, st: RunState, i: number, day: number): void {
  const ready = Math.ceil(st.readyAt[i]);
  if (ready <= day + 1 && ready <= st.drained + 1) {
    addReady(p, st, i);
    return;
  }
  if (!(ready <= p.lastDay)) return; // never ready in the race (NaN included)
  const b = ready > st.drained ? ready : st.drained + 1;
  st.bucketNext[i] = st.bucketHead[b];
  st.bucketHead[b] = i;
}

function addReady(p: Prepared, st: RunState, i: number): void {
  const r = p.rankOf[i];
  const g = st.stage[i] * SEGMENTS.length + p.seg[i];
  st.readyBits[g * p.words + (r >>> 5)] |= 1 << (r & 31);
  st.readyCount[g]++;
}

/** queue_v2: the deals that become ready by `day` join the ready pool. */
function drainReady(p: Prepared, st: RunState, day: number): void {
  for (let b = st.drained + 1; b <= day; b++) {
    for (let i = st.bucketHead[b]; i >= 0; i = st.bucketNext[i]) addReady(p, st, i);
    st.bucketHead[b] = -1;
  }
  if (day > st.drained) st.drained = day;
}

/**
 * One day of queue_v2, the same choice as `queueV2DayPlain` without scoring every deal: it reads only
 * the ready pool, and of that only what can make the day's first k (k = the day's actions).
 *
 * When no more deals are ready than the team has actions, all of them are acted on. Otherwise: within
 * a group (stage, segment) every deal's score on a day is its spend times the group's terms of the
 * day, rounded (plus 10 % when overdue), so in order of spend a group's scores can only fall, and the
 * deal at a rank bounds every deal after it by its own score counted overdue. The groups are read in
 * order of spend, merged on that bound (the group whose next deal could score most goes next), each
 * deal's exact key going into a heap of the k best so far; reading stops when no deal left unread can
 * beat the k-th (its key, input order included, would be larger). The heap then holds exactly the plain
 * sort's first k keys (the spec compares both, day by day, on random races).
 */
function queueV2Day(p: Prepared, st: RunState, d: number): number {
  const { n, dailyActions, spend, waitingCost, inTime, dueTable, initDue, nowDue, byRank, words } = p;
  if (dailyActions <= 0) return 0;
  const days = p.lastDay + 1;
  const segments = SEGMENTS.length;
  const dueBase = p.govOfDay[d] * 4 * days;
  const gn = p.govOfDay[d] * n;
  const now = nowDue[d];
  const { entered, readyBits, readyCount, groupAt, groupBound } = st;
  const heap = st.keys;
  let ready = 0;
  for (let g = 0; g < GROUPS; g++) ready += readyCount[g];
  const k = Math.min(dailyActions, ready);
  if (k === 0) return 0;
  const picked = st.picked;
  if (k === ready) {
    // Every ready deal (their keys only order the day's wins: actOnQueueV2 keys those).
    let size = 0;
    for (let g = 0; g < GROUPS; g++) {
      if (readyCount[g] === 0) continue;
      const base = g * words;
      for (let w = 0; w < words; w++) {
        let x = readyBits[base + w];
        while (x !== 0) {
          const low = x & -x;
          x ^= low;
          picked[size++] = byRank[(w << 5) + 31 - Math.clz32(low)];
        }
      }
    }
    return size;
  }
  // The k smallest keys so far are among keys[0..count), all below `limit`'s… `tau` bounds the k-th
  // smallest from above (Infinity until k are read); a key above it cannot make the day's first k.
  let count = 0;
  let tau = Infinity;
  const room = Math.min(2 * k, heap.length);
  let active = 0;
  const { groupList } = st;
  for (let g = 0; g < GROUPS; g++) {
    const r = readyCount[g] > 0 ? nextRank(readyBits, g * words, words, 0, n) : n;
    if (r >= n) continue;
    const t = (((g / segments) | 0) * days + d) * segments + (g % segments);
    groupAt[g] = r;
    groupBound[g] = scoreBound(spend[byRank[r]], waitingCost[t] + IN_TIME_SHARE * inTime[t]);
    groupList[active++] = g;
  }
  while (active > 0) {
    // The group whose next deal could score most, and the most any other could.
    let at = 0;
    let bestBound = -1;
    let second = -1;
    for (let a = 0; a < active; a++) {
      const b = groupBound[groupList[a]];
      if (b > bestBound) {
        second = bestBound;
        bestBound = b;
        at = a;
      } else if (b > second) second = b;
    }
    if ((SCORE_CAP - (bestBound > SCORE_CAP ? SCORE_CAP : bestBound)) * n > tau) break;
    const best = groupList[at];
    const s = (best / segments) | 0;
    const sg = best - s * segments;
    const t = (s * days + d) * segments + sg;
    const wc = waitingCost[t];
    const it = inTime[t];
    const perSpend = wc + IN_TIME_SHARE * it;
    const dueRow = (dueBase + s * days) * segments + sg;
    const base = best * words;
    let r = groupAt[best];
    let bound: number;
    for (;;) {
      const i = byRank[r];
      const e = entered[i];
      const due = e < 0 ? initDue[gn + i] : dueTable[dueRow + e * segments];
      const score = queueScore(spend[i], wc, it, due !== NO_DUE && now > due);
      const key = (SCORE_CAP - (score > SCORE_CAP ? SCORE_CAP : score)) * n + i;
      if (key < tau) {
        heap[count++] = key;
        if (count === room) {
          selectSmallest(heap, count, k);
          count = k;
          tau = largest(heap, k);
        } else if (count === k && tau === Infinity) tau = largest(heap, k);
      }
      r = nextRank(readyBits, base, words, r + 1, n);
      if (r >= n) {
        bound = -1;
        break;
      }
      bound = scoreBound(spend[byRank[r]], perSpend);
      if (bound < second || (SCORE_CAP - (bound > SCORE_CAP ? SCORE_CAP : bound)) * n > tau) break;
    }
    if (bound < 0) groupList[at] = groupList[--active];
    else {
      groupAt[best] = r;
      groupBound[best] = bound;
    }
  }
  if (count > k) selectSmallest(heap, count, k);
  for (let c = 0; c < k; c++) picked[c] = accountOfKey(heap[c], n);
  return k;
}

/**
 * `key % n` for a key (score part) × n + i: the same account, without the floating-point remainder
 * (a library call per key) — the quotient's rounding is put right.
 */
function accountOfKey(key: number, n: number): number {
  const i = key - Math.floor(key / n) * n;
  return i < 0 ? i + n : i >= n ? i - n : i;
}

function largest(keys: Float64Array, count: number): number {
  let max = -Infinity;
  for (let c = 0; c < count; c++) if (keys[c] > max) max = keys[c];
  return max;
}

/** queue_v2's key of deal i in stage s entered on day e (−1: before the race) on day d: score highest first, then input order. */
function queueV2Key(p: Prepared, d: number, i: number, s: number, e: number): number {
  const { n, seg } = p;
  const days = p.lastDay + 1;
  const segments = SEGMENTS.length;
  const g = p.govOfDay[d];
  const due = e < 0 ? p.initDue[g * n + i] : p.dueTable[((g * 4 + s) * days + e) * segments + seg[i]];
  const t = (s * days + d) * segments + seg[i];
  const score = queueScore(p.spend[i], p.waitingCost[t], p.inTime[t], due !== NO_DUE && p.nowDue[d] > due);
  return (SCORE_CAP - (score > SCORE_CAP ? SCORE_CAP : score)) * n + i;
}

/**
 * Acts on the day's k deals in `st.picked[0..k)` (any order), then puts the day's wins into the
 * migration plan in the queue's order (their keys as they were chosen); with `pool`, takes each deal
 * acted on out of the ready pool and, still open, puts it back to wait for its next stage's time.
 */
function actOnQueueV2(p: Prepared, st: RunState, d: number, k: number, act: (i: number, d: number) => void, pool: boolean): void {
  const { n, words, seg, rankOf } = p;
  const segments = SEGMENTS.length;
  const { stage, entered, readyBits, readyCount, picked, keys } = st;
  let wins = 0;
  for (let c = 0; c < k; c++) {
    const i = picked[c];
    const from = stage[i];
    const since = entered[i];
    if (pool) {
      const r = rankOf[i];
      const g = from * segments + seg[i];
      readyBits[g * words + (r >>> 5)] &= ~(1 << (r & 31));
      readyCount[g]--;
    }
    act(i, d);
    if (pool && stage[i] < WON) awaitReady(p, st, i, d);
    if (st.winDay[i] === d) keys[wins++] = queueV2Key(p, d, i, from, since);
  }
  if (wins > 1) keys.subarray(0, wins).sort();
  for (let c = 0; c < wins; c++) {
    const i = accountOfKey(keys[c], n);
    st.cutDay[i] = placeMigration(p, st, d + p.lead[i], p.workload[i]);
  }
}

/** First week from the ready day's with room (first fit); the cutover day is the ready day or that week's Monday. */
function placeMigration(p: Prepared, st: RunState, readyDay: number, workload: number): number {
  let week = Math.floor((readyDay + p.mondayOffset) / 7);
  const own = workload > p.capacity;
  for (; ; week++) {
    if (week >= st.weekLoad.length) {
      const grown = new Float64Array(st.weekLoad.length * 2);
      grown.set(st.weekLoad);
      st.weekLoad = grown;
    }
    if (own ? st.weekLoad[week] === 0 : st.weekLoad[week] + workload <= p.capacity) break;
  }
  st.weekLoad[week] += workload;
  return Math.max(readyDay, week * 7 - p.mondayOffset);
}

// --- Many runs ---------------------------------------------------------------------------------

/** Linear interpolation between order statistics (R's type 7). */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function stat(values: Float64Array): RaceStat {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return { mean: values.length ? sum / values.length : 0, p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
}

/**
 * Runs the race `runs` times for each policy (all of them unless `policies` narrows it). Pure:
 * the same input and seed give the same result; run r of any policy uses the same account streams.
 */
export function simulateRace(input: RaceInput): RaceResult {
  return race(input, prepare(input));
}

/**
 * A race prepared once: everything that depends neither on the team (reps, their daily actions) nor on
 * the migration capacity nor on the runs — the costly part for a large campaign (urgency, due times and
 * queue priorities by day). A staffing search races it again with other teams (`simulatePreparedRace`).
 */
export interface PreparedRace {
  readonly input: RaceInput;
  /** Opaque. */
  readonly prepared: unknown;
}

export function prepareRace(input: RaceInput): PreparedRace {
  return { input, prepared: prepare(input) };
}

/**
 * `simulateRace` on a prepared race, with another team, migration capacity, runs or policies: the same
 * result as `simulateRace` given them in its input (the spec checks it).
 */
export function simulatePreparedRace(
  prepared: PreparedRace,
  change: { reps?: RaceInput['reps']; weeklyMigrationCapacity?: number; runs?: number; policies?: readonly RacePolicy[] } = {},
): RaceResult {
  const base = prepared.input;
  const input: RaceInput = {
    ...base,
    reps: change.reps ?? base.reps,
    settings: { ...base.settings, weeklyMigrationCapacity: change.weeklyMigrationCapacity ?? base.settings.weeklyMigrationCapacity },
    runs: change.runs ?? base.runs,
    policies: change.policies ?? base.policies,
  };
  const { reps, runs } = input;
  if (!Number.isInteger(runs) || runs < 1) throw invalidArgument('runs', `runs must be a whole number, 1 or more; got ${runs}.`);
  if (!Number.isInteger(reps.count) || reps.count < 0) throw invalidArgument('reps.count', `reps.count must be a whole number, 0 or more; got ${reps.count}.`);
  if (!(reps.dailyActions >= 0)) throw invalidArgument('reps.dailyActions', `reps.dailyActions must be 0 or more; got ${reps.dailyActions}.`);
  const capacity = input.settings.weeklyMigrationCapacity;
  if (!(capacity > 0)) throw invalidArgument('settings.weeklyMigrationCapacity', `weeklyMigrationCapacity must be more than 0; got ${capacity}.`);
  // Runs only read the preparation: its arrays are shared, the team's two numbers replaced.
  const p: Prepared = { ...(prepared.prepared as Prepared), dailyActions: Math.floor(reps.count * reps.dailyActions), capacity };
  return race(input, p);
}

/**
 * `simulateRace` with `RaceOptions`: the spec races queue_v2 both ways (the fast day against the
 * plain sort) and compares every day's choice.
 */
export function simulateRaceWith(input: RaceInput, options: RaceOptions): RaceResult {
  return race(input, prepare(input), options);
}

/**
 * Runs `firstRun` … `firstRun + runs − 1` of a race, before any statistic: what each run gave, per
 * policy and scenario. Run r is the same whichever slice it is run in (its streams are seeded from r),
 * so slices run apart (the api's forecast splits its runs over its worker threads) and joined in order
 * (`joinRaceTallies`) give exactly `simulateRace`'s result for all the runs.
 */
export interface RaceTally {
  firstRun: number;
  runs: number;
  seed: number;
  /** Accounts raced, and the days from day 0 to its Monday (weeks are Monday to Sunday, local). */
  accounts: number;
  mondayOffset: number;
  policies: Array<{ policy: RacePolicy; scenarios: ScenarioTally[] }>;
}

interface ScenarioTally {
  /** Per run of the slice. */
  won: Float64Array;
  migrated: Float64Array;
  migratedCount: Float64Array;
  darkCount: Float64Array;
  darkSpend: Float64Array;
  weeklyWon: Float64Array[];
  weeklyMigrated: Float64Array[];
  /** Per account: the slice's runs in which it went dark. */
  darkTimes: Float64Array;
}

/** `simulatePreparedRace`'s runs from `firstRun` (its `change.runs` of them, else the input's), tallied for `joinRaceTallies`. */
export function tallyPreparedRace(
  prepared: PreparedRace,
  firstRun: number,
  change: { runs?: number; policies?: readonly RacePolicy[] } = {},
): RaceTally {
  const base = prepared.input;
  const runs = change.runs ?? base.runs;
  if (!Number.isInteger(firstRun) || firstRun < 0) throw invalidArgument('firstRun', `firstRun must be a whole number, 0 or more; got ${firstRun}.`);
  if (!Number.isInteger(runs) || runs < 1) throw invalidArgument('runs', `runs must be a whole number, 1 or more; got ${runs}.`);
  return tally({ ...base, runs, policies: change.policies ?? base.policies }, prepared.prepared as Prepared, firstRun, {});
}

/** The race's result from its slices of runs, in run order, with no run missing or twice (`tallyPreparedRace`). */
export function joinRaceTallies(input: Pick<RaceInput, 'now' | 'scenarios' | 'settings'>, tallies: readonly RaceTally[]): RaceResult {
  if (tallies.length === 0) throw invalidArgument('tallies', 'Joining a race needs at least one slice of runs.');
  const sorted = [...tallies].sort((a, b) => a.firstRun - b.firstRun);
  let next = sorted[0].firstRun;
  for (const t of sorted) {
    if (t.firstRun !== next || t.seed !== sorted[0].seed || t.policies.length !== sorted[0].policies.length) {
      throw invalidArgument('tallies', 'The slices of runs must follow each other, from one race and seed.');
    }
    next += t.runs;
  }
  if (sorted.length === 1) return summarise(input, sorted[0]);
  const runs = next - sorted[0].firstRun;
  const join = (pick: (t: RaceTally) => Float64Array): Float64Array => {
    const out = new Float64Array(runs);
    let at = 0;
    for (const t of sorted) {
      out.set(pick(t), at);
      at += t.runs;
    }
    return out;
  };
  const first = sorted[0];
  return summarise(input, {
    ...first,
    runs,
    policies: first.policies.map((policy, k) => ({
      policy: policy.policy,
      scenarios: policy.scenarios.map((scenario, x) => {
        const of = (t: RaceTally) => t.policies[k].scenarios[x];
        const darkTimes = new Float64Array(first.accounts);
        for (const t of sorted) {
          const times = of(t).darkTimes;
          for (let i = 0; i < darkTimes.length; i++) darkTimes[i] += times[i];
        }
        return {
          won: join((t) => of(t).won),
          migrated: join((t) => of(t).migrated),
          migratedCount: join((t) => of(t).migratedCount),
          darkCount: join((t) => of(t).darkCount),
          darkSpend: join((t) => of(t).darkSpend),
          weeklyWon: scenario.weeklyWon.map((_, w) => join((t) => of(t).weeklyWon[w])),
          weeklyMigrated: scenario.weeklyMigrated.map((_, w) => join((t) => of(t).weeklyMigrated[w])),
          darkTimes,
        };
      }),
    })),
  });
}

function race(input: RaceInput, p: Prepared, options: RaceOptions = {}): RaceResult {
  return summarise(input, tally(input, p, 0, options));
}

function tally(input: RaceInput, p: Prepared, firstRun: number, options: RaceOptions): RaceTally {
  const policies = input.policies ?? RACE_POLICIES;
  for (const policy of policies) if (!(RACE_POLICIES as readonly string[]).includes(policy)) throw invalidArgument('policies', `Unknown policy: ${policy}.`);
  const { runs, seed } = input;
  const scenarios = input.scenarios;
  const st = newState(p);
  const firstWeek = Math.floor(p.mondayOffset / 7);
  const weekOfDay = (d: number) => Math.floor((d + p.mondayOffset) / 7);
  return {
    firstRun,
    runs,
    seed,
    accounts: p.n,
    mondayOffset: p.mondayOffset,
    policies: policies.map((policy) => {
      const per = scenarios.map((_, x): ScenarioTally => {
        const weeks = weekOfDay(p.scenarioLastDay[x]) - firstWeek + 1;
        return {
          won: new Float64Array(runs),
          migrated: new Float64Array(runs),
          migratedCount: new Float64Array(runs),
          darkCount: new Float64Array(runs),
          darkSpend: new Float64Array(runs),
          weeklyWon: Array.from({ length: weeks }, () => new Float64Array(runs)),
          weeklyMigrated: Array.from({ length: weeks }, () => new Float64Array(runs)),
          darkTimes: new Float64Array(p.n),
        };
      });
      for (let r = 0; r < runs; r++) {
        runOnce(p, st, policy, seed, firstRun + r, options);
        for (let x = 0; x < scenarios.length; x++) {
          const last = p.scenarioLastDay[x];
          const acc = per[x];
          for (let i = 0; i < p.n; i++) {
            const w = st.winDay[i];
            const signed = w >= 0 && w <= last;
            const cut = signed && st.cutDay[i] <= last;
            if (signed) {
              acc.won[r] += p.spend[i];
              for (let k = weekOfDay(w) - firstWeek; k < acc.weeklyWon.length; k++) acc.weeklyWon[k][r] += p.spend[i];
            }
            if (cut) {
              acc.migrated[r] += p.spend[i];
              acc.migratedCount[r]++;
              for (let k = weekOfDay(st.cutDay[i]) - firstWeek; k < acc.weeklyMigrated.length; k++) acc.weeklyMigrated[k][r] += p.spend[i];
            } else if (signed) {
              acc.darkCount[r]++;
              acc.darkSpend[r] += p.spend[i];
            }
            // Still on the rival when it goes dark: not captured and not gone to someone else by then.
            if (!cut && !(st.stage[i] === LOST && st.lastContact[i] <= last)) acc.darkTimes[i]++;
          }
        }
      }
      return { policy, scenarios: per };
    }),
  };
}

function summarise(input: Pick<RaceInput, 'now' | 'scenarios' | 'settings'>, t: RaceTally): RaceResult {
  const { runs, seed } = t;
  const scenarios = input.scenarios;
  const tz = input.settings.timeZone;
  const totalProbability = scenarios.reduce((s, x) => s + x.probabilityPercent, 0);
  const firstWeek = Math.floor(t.mondayOffset / 7);
  const results = t.policies.map(({ policy, scenarios: per }): RacePolicyResult => {
    const scenarioResults = scenarios.map((s, x): RaceScenarioResult => {
      const acc = per[x];
      return {
        scenarioId: s.id,
        goesDarkAt: s.goesDarkAt,
        probabilityPercent: s.probabilityPercent,
        spendWon: stat(acc.won),
        spendMigrated: stat(acc.migrated),
        accountsMigrated: stat(acc.migratedCount),
        signedButDark: { accounts: stat(acc.darkCount), monthlySpend: stat(acc.darkSpend) },
        weeks: acc.weeklyWon.map((won, k) => ({
          weekStart: startOfLocalDay(addCalendarDays(input.now, (firstWeek + k) * 7 - t.mondayOffset, tz), tz),
          spendWon: stat(won),
          spendMigrated: stat(acc.weeklyMigrated[k]),
        })),
        darkProbability: Float64Array.from(acc.darkTimes, (c) => c / runs),
        perRunSpendMigrated: acc.migrated,
      };
    });
    const weigh = (pick: (r: RaceScenarioResult) => number) =>
      totalProbability > 0
        ? scenarioResults.reduce((sum, r) => sum + (pick(r) * r.probabilityPercent) / totalProbability, 0)
        : scenarioResults.reduce((sum, r) => sum + pick(r) / scenarioResults.length, 0);
    return {
      policy,
      scenarios: scenarioResults,
      expectedSpendWon: weigh((r) => r.spendWon.mean),
      expectedSpendMigrated: weigh((r) => r.spendMigrated.mean),
    };
  });
  return { runs, seed, policies: results };
}
