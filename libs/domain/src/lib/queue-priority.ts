import { assertDate, DAY_MS } from './business-calendar';
import type { CampaignSettings } from './campaign-settings';
import { signingDeadline } from './deadlines';
import { invalidArgument } from './domain-error';
import { racePriors, RACE_EXITS } from './race-estimates';
import type { ShutdownScenarioLike } from './shutdown-scenarios';
import { OPEN_STAGES, type OpenStage, type Segment, type Stage } from './vocabulary';

/**
 * The work queue's priority (issue #23, part 4): what working this deal today rather than
 * tomorrow is worth, in monthly spend won *and cut over before the rival goes dark*.
 *
 *   inTime(t)  = Σ over the rival's scenarios still ahead, weighted by their probabilities, of
 *                P(the deal, acted on at t, is won by that scenario's signing deadline)
 *   score      = spend × (inTime(now) − inTime(now + 1 day))      waiting_cost
 *              + spend × inTime(now) / 2000                        expected_in_time (tie-break)
 *              then × 1.10 when the deal is overdue                 overdue
 *
 * **Waiting cost.** The expected spend lost if the deal waits a day (`QUEUE_WAIT_DAYS`): large for
 * a deal whose last chance is close (a big customer that must still be contacted, proposed to and
 * signed before its segment's sign-by date), 0 for one that cannot make it any more or that has
 * all the time it needs. Deals with no waiting cost (no date ahead, plenty of time) are ordered by
 * the second term, the spend expected in time, 1/2000 of it (`QUEUE_IN_TIME_SHARE`): it only breaks
 * ties. Tuned with the race simulator (`queue_v2`; libs/domain/README.md): a larger share sends the
 * reps to finish deals with time to spare before first contacts that are running out of it, and
 * captures less.
 *
 * **The signing deadline** of a scenario is its dark date minus the segment's migration lead time
 * (`signingDeadline`): a contract signed later is signed but dark. The time left is in calendar
 * days, fractions included; a deadline past gives 0 for that scenario.
 *
 * **The deal's path** follows a stage model (`QueueStageModel`: the campaign's `estimateRace`, or
 * `racePriors(settings)` by default). Acting on the deal takes it out of its stage at once (to the
 * next stage, won or lost, as the model's exits say); then each stage takes the customer an
 * exponential time with the stage's mean, plus `QUEUE_STEP_WAIT_DAYS` (4) for a rep to get to it,
 * before its next move. So a deal in negotiating can be won today, one just identified still needs
 * a contact, a proposal and a signature. `winWithinProbability` is that chance (a small
 * continuous-time Markov chain, solved exactly by a matrix exponential). An account with no deal
 * yet counts as identified.
 *
 * **No date ahead.** When no scenario is in the future, the rival's own `shutdownExpectedAt` is the
 * one scenario; when that is unknown or past too, there is no deadline: no waiting cost, and the
 * spend expected is the spend times the chance of winning at all.
 *
 * **Overdue** is a modest bonus (`QUEUE_OVERDUE_BONUS_PERCENT`, 10 %), not a tier of its own.
 *
 * The score and each factor's points are whole minor units of the spend's currency (they can exceed
 * 2³¹: a bigint column). The factors say why: the waiting cost with each scenario's sign-by date and
 * the chances today and tomorrow ("needs 10 days to migrate: sign by Thursday 11 June; 31 % if
 * worked today, 29 % tomorrow"), the spend expected in time, the overdue bonus.
 *
 * Pure: the same input gives the same score. It moves with `now` (the deadlines come closer), so
 * it is recomputed daily as well as when its inputs change.
 */

/** Conversions and mean calendar days per open stage (the shape of `racePriors` and `estimateRace`). */
export type QueueStageModel = Record<OpenStage, { exits: Partial<Record<Stage, number>>; meanDays: number }>;

/** The delay the waiting cost is measured over, calendar days. */
export const QUEUE_WAIT_DAYS = 1;
/** Days a rep takes to get to a deal that is ready, added to every stage still to come. */
export const QUEUE_STEP_WAIT_DAYS = 4;
/** The share of the spend expected in time that is added to the waiting cost (a tie-break). */
export const QUEUE_IN_TIME_SHARE = 1 / 2000;
export const QUEUE_OVERDUE_BONUS_PERCENT = 10;

export const QUEUE_PRIORITY_FACTOR_KEYS = ['waiting_cost', 'expected_in_time', 'overdue'] as const;
export type QueuePriorityFactorKey = (typeof QUEUE_PRIORITY_FACTOR_KEYS)[number];

export interface QueuePriorityScenarioParams {
  scenarioId: string;
  goesDarkAt: Date;
  /** The scenario's weight among those ahead, percent (two decimals). */
  weightPercent: number;
  migrationLeadDays: number;
  /** The last moment to sign for the migration to fit: "needs 10 days to migrate: sign by Thursday". */
  signBy: Date;
  /** Calendar days left to sign, rounded down (negative once past). */
  daysToSign: number;
  /** P(won by `signBy`) if worked now, and if worked after `QUEUE_WAIT_DAYS`, percent (two decimals). */
  nowPercent: number;
  laterPercent: number;
}

export interface QueuePriorityFactorParams {
  /** waiting_cost, expected_in_time: the monthly spend with the rival (minor units) and the deal's stage (identified when none). */
  monthlySpend?: number;
  stage?: OpenStage;
  /** waiting_cost: the scenarios ahead (none: no deadline known) and the delay it is measured over. */
  scenarios?: QueuePriorityScenarioParams[];
  waitDays?: number;
  /** expected_in_time: P(won in time) if worked now, over the scenarios, percent (two decimals); the spend it stands for. */
  inTimePercent?: number;
  expectedMonthlySpend?: number;
  /** overdue: when the stage was due, and the bonus. */
  dueAt?: Date;
  bonusPercent?: number;
}

/** One reason in the score: its points (minor units) add up to the score. */
export interface QueuePriorityFactor {
  key: QueuePriorityFactorKey;
  points: number;
  params: QueuePriorityFactorParams;
}

export interface QueuePriorityResult {
  /** Whole minor units, the sum of the factors' points. */
  score: number;
  factors: QueuePriorityFactor[];
}

export interface QueuePriorityInput {
  now: Date;
  account: { monthlySpend: number; segment: Segment };
  /** The open deal, or null when the account has none yet (read as identified). */
  deal: { stage: OpenStage; dueAt?: Date | null } | null;
  /** The rival's shutdown scenarios; those not ahead of `now` are ignored. */
  scenarios: readonly ShutdownScenarioLike[];
  /** The rival's own expected shutdown, used when no scenario is ahead. */
  shutdownExpectedAt?: Date | null;
  settings: Pick<CampaignSettings, 'timeZone' | 'migrationLeadDays' | 'stageDueBusinessDays'>;
  /** Default: `racePriors(settings)`. */
  model?: QueueStageModel;
}

// --- The chance of winning within a time -----------------------------------------------------

const WON = 4;
const LOST = 5;
const STATES = 6;
const STATE: Record<Stage, number> = { identified: 0, contacted: 1, proposal_sent: 2, negotiating: 3, won: WON, lost: LOST };
/** A stage no shorter than this (calendar days) keeps the matrix exponential well scaled. */
const MIN_MEAN_DAYS = 1 / 96;

type Matrix = Float64Array<ArrayBuffer>; // STATES × STATES, row-major

function multiply(a: Matrix, b: Matrix): Matrix {
  const c = new Float64Array(STATES * STATES);
  for (let i = 0; i < STATES; i++) {
    for (let k = 0; k < STATES; k++) {
      const x = a[i * STATES + k];
      if (x === 0) continue;
      for (let j = 0; j < STATES; j++) c[i * STATES + j] += x * b[k * STATES + j];
    }
  }
  return c;
}

/** exp(Q) by scaling and squaring with a Taylor series (Q is a small generator; the result is a stochastic matrix). */
function expm(q: Matrix): Matrix {
  let norm = 0;
  for (let i = 0; i < STATES; i++) {
    let row = 0;
    for (let j = 0; j < STATES; j++) row += Math.abs(q[i * STATES + j]);
    norm = Math.max(norm, row);
  }
  const squarings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -squarings;
  const a = Float64Array.from(q, (x) => x * scale);
  let result: Matrix = new Float64Array(STATES * STATES);
  let term: Matrix = new Float64Array(STATES * STATES);
  for (let i = 0; i < STATES; i++) {
    result[i * STATES + i] = 1;
    term[i * STATES + i] = 1;
  }
  for (let k = 1; k <= 14; k++) {
    term = multiply(term, a).map((x) => x / k);
    for (let i = 0; i < term.length; i++) result[i] += term[i];
  }
  for (let s = 0; s < squarings; s++) result = multiply(result, result);
  return result;
}

/** The exits of a stage, normalised (they may be given unnormalised, like the simulator accepts them). */
function exitsOf(model: QueueStageModel, stage: OpenStage): Array<[number, number]> {
  const targets = RACE_EXITS[stage];
  const raw = targets.map((t) => model[stage].exits[t] ?? 0);
  raw.forEach((p, k) => {
    if (!(p >= 0)) throw invalidArgument(`model.${stage}.exits.${targets[k]}`, 'A probability must be 0 or more.');
  });
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw invalidArgument(`model.${stage}.exits`, 'The exits of a stage must have some probability.');
  return targets.map((t, k) => [STATE[t], raw[k] / total]);
}

function generator(model: QueueStageModel): Matrix {
  const q = new Float64Array(STATES * STATES);
  for (const stage of OPEN_STAGES) {
    const mean = model[stage].meanDays;
    if (!(mean >= 0)) throw invalidArgument(`model.${stage}.meanDays`, 'meanDays must be 0 or more.');
    const rate = 1 / Math.max(MIN_MEAN_DAYS, mean);
    const s = STATE[stage];
    for (const [t, p] of exitsOf(model, stage)) {
      if (t === s) continue;
      q[s * STATES + t] += rate * p;
      q[s * STATES + s] -= rate * p;
    }
  }
  return q;
}

/** P(won eventually) from each open stage once it is left: w = P · w, w(won) = 1, w(lost) = 0 (value iteration; the chain is absorbing). */
function eventualWin(model: QueueStageModel): Float64Array {
  const exits = OPEN_STAGES.map((s) => exitsOf(model, s));
  const w = new Float64Array(STATES);
  w[WON] = 1;
  for (let it = 0; it < 10_000; it++) {
    let change = 0;
    for (let s = 0; s < 4; s++) {
      let v = 0;
      for (const [t, p] of exits[s]) v += p * w[t];
      change = Math.max(change, Math.abs(v - w[s]));
      w[s] = v;
    }
    if (change < 1e-13) break;
  }
  return w;
}

/**
 * P(a deal in `stage`, acted on now, is won within `days` calendar days): its stage is left at
 * once as the model's exits say, then each stage takes an exponential time with its mean.
 * `days` may be Infinity (won at all); below 0 it is 0.
 */
export function winWithinProbability(model: QueueStageModel, stage: OpenStage, days: number): number {
  if (Number.isNaN(days)) throw invalidArgument('days', 'days must be a number.');
  if (days < 0) return 0;
  const exits = exitsOf(model, stage);
  let within: Float64Array;
  if (days === Infinity) {
    within = eventualWin(model);
  } else {
    const q = generator(model);
    const p = expm(q.map((x) => x * days));
    within = new Float64Array(STATES);
    for (let s = 0; s < STATES; s++) within[s] = p[s * STATES + WON];
    within[WON] = 1;
    within[LOST] = 0;
  }
  let total = 0;
  for (const [t, pr] of exits) total += pr * within[t];
  return Math.min(1, Math.max(0, total));
}

// --- The score -----------------------------------------------------------------------------------

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The scenarios that count at `now`, with their weights (normalised to 1), or [] when there is no date ahead. */
export function scenariosAhead(
  now: Date,
  scenarios: readonly ShutdownScenarioLike[],
  shutdownExpectedAt: Date | null = null,
): Array<{ scenario: ShutdownScenarioLike; weight: number }> {
  const ahead = scenarios.filter((s, i) => {
    assertDate(s.goesDarkAt, `scenarios[${i}].goesDarkAt`);
    return s.goesDarkAt.getTime() > now.getTime();
  });
  if (ahead.length === 0) {
    if (shutdownExpectedAt && shutdownExpectedAt.getTime() > now.getTime()) {
      return [{ scenario: { id: 'expected', goesDarkAt: shutdownExpectedAt, probabilityPercent: 100 }, weight: 1 }];
    }
    return [];
  }
  const total = ahead.reduce((sum, s) => sum + Math.max(0, s.probabilityPercent), 0);
  return ahead.map((scenario) => ({ scenario, weight: total > 0 ? Math.max(0, scenario.probabilityPercent) / total : 1 / ahead.length }));
}

/** The stage model with a rep's wait added to every stage. */
function withStepWait(model: QueueStageModel): QueueStageModel {
  const result = {} as QueueStageModel;
  for (const stage of OPEN_STAGES) result[stage] = { exits: model[stage].exits, meanDays: model[stage].meanDays + QUEUE_STEP_WAIT_DAYS };
  return result;
}

interface TimeTerms {
  /** P(won in time) worked now, and worked after the wait, over the scenarios. */
  now: number;
  later: number;
  scenarios: QueuePriorityScenarioParams[] | null;
}

function timeTerms(input: Pick<QueuePriorityInput, 'now' | 'scenarios' | 'shutdownExpectedAt' | 'settings' | 'model'>, segment: Segment, stage: OpenStage): TimeTerms {
  const { now, settings } = input;
  assertDate(now, 'now');
  const model = withStepWait(input.model ?? racePriors(settings));
  const ahead = scenariosAhead(now, input.scenarios, input.shutdownExpectedAt ?? null);
  if (ahead.length === 0) {
    const p = winWithinProbability(model, stage, Infinity);
    return { now: p, later: p, scenarios: null };
  }
  let pNow = 0;
  let pLater = 0;
  const lead = settings.migrationLeadDays[segment];
  const scenarios = ahead.map(({ scenario, weight }): QueuePriorityScenarioParams => {
    const signBy = signingDeadline({ shutdownExpectedAt: scenario.goesDarkAt, segment, settings }) as Date;
    const days = (signBy.getTime() - now.getTime()) / DAY_MS;
    const a = winWithinProbability(model, stage, days);
    const b = winWithinProbability(model, stage, days - QUEUE_WAIT_DAYS);
    pNow += weight * a;
    pLater += weight * b;
    return {
      scenarioId: scenario.id,
      goesDarkAt: scenario.goesDarkAt,
      weightPercent: round2(100 * weight),
      migrationLeadDays: lead,
      signBy,
      daysToSign: Math.floor(days),
      nowPercent: round2(100 * a),
      laterPercent: round2(100 * b),
    };
  });
  return { now: pNow, later: pLater, scenarios };
}

/**
 * Per unit of spend, before the overdue bonus: the waiting cost, max(0, inTime(now) − inTime(now +
 * 1 day)), and inTime(now). The same for every account of a segment and stage at a moment, so a
 * recomputation of many accounts (or the simulator) asks it once per stage and segment and gets
 * the score from `queueScore`.
 */
export function queueTimeTerms(
  input: Pick<QueuePriorityInput, 'now' | 'scenarios' | 'shutdownExpectedAt' | 'settings' | 'model'> & { segment: Segment; stage: OpenStage },
): { waitingCost: number; inTime: number } {
  const t = timeTerms(input, input.segment, input.stage);
  return { waitingCost: Math.max(0, t.now - t.later), inTime: t.now };
}

/** `winWithinProbability` for every open stage at once (in OPEN_STAGES order): one matrix exponential for the four. */
function winWithinByStage(model: QueueStageModel, days: number): Float64Array {
  const result = new Float64Array(OPEN_STAGES.length);
  if (Number.isNaN(days)) throw invalidArgument('days', 'days must be a number.');
  if (days < 0) return result;
  let within: Float64Array;
  if (days === Infinity) {
    within = eventualWin(model);
  } else {
    const p = expm(generator(model).map((x) => x * days));
    within = new Float64Array(STATES);
    for (let s = 0; s < STATES; s++) within[s] = p[s * STATES + WON];
    within[WON] = 1;
    within[LOST] = 0;
  }
  OPEN_STAGES.forEach((stage, k) => {
    let total = 0;
    for (const [t, pr] of exitsOf(model, stage)) total += pr * within[t];
    result[k] = Math.min(1, Math.max(0, total));
  });
  return result;
}

/**
 * `queueTimeTerms` for every open stage of a segment at a moment (in OPEN_STAGES order), the same
 * numbers: the chances in time of the four stages come from the same matrix exponentials, computed
 * once for them. The race simulator prepares its table of terms (every business day) with it.
 */
export function queueTimeTermsByStage(
  input: Pick<QueuePriorityInput, 'now' | 'scenarios' | 'shutdownExpectedAt' | 'settings' | 'model'> & { segment: Segment },
): Array<{ waitingCost: number; inTime: number }> {
  const { now, settings, segment } = input;
  assertDate(now, 'now');
  const model = withStepWait(input.model ?? racePriors(settings));
  const ahead = scenariosAhead(now, input.scenarios, input.shutdownExpectedAt ?? null);
  const pNow = new Float64Array(OPEN_STAGES.length);
  const pLater = new Float64Array(OPEN_STAGES.length);
  if (ahead.length === 0) {
    const p = winWithinByStage(model, Infinity);
    pNow.set(p);
    pLater.set(p);
  }
  for (const { scenario, weight } of ahead) {
    const signBy = signingDeadline({ shutdownExpectedAt: scenario.goesDarkAt, segment, settings }) as Date;
    const days = (signBy.getTime() - now.getTime()) / DAY_MS;
    const a = winWithinByStage(model, days);
    const b = winWithinByStage(model, days - QUEUE_WAIT_DAYS);
    for (let k = 0; k < OPEN_STAGES.length; k++) {
      pNow[k] += weight * a[k];
      pLater[k] += weight * b[k];
    }
  }
  return OPEN_STAGES.map((_, k) => ({ waitingCost: Math.max(0, pNow[k] - pLater[k]), inTime: pNow[k] }));
}

/** The score's points from the spend and the per-unit terms: waiting cost, expected in time, overdue bonus (whole minor units each). */
export function queueScorePoints(monthlySpend: number, waitingCost: number, inTime: number, overdue: boolean): [number, number, number] {
  const waiting = Math.round(monthlySpend * waitingCost);
  const expected = Math.round(monthlySpend * QUEUE_IN_TIME_SHARE * inTime);
  return [waiting, expected, overdue ? Math.round(((waiting + expected) * QUEUE_OVERDUE_BONUS_PERCENT) / 100) : 0];
}

/** The deal's queue priority and its reasons (see the top of this file). Pure. */
export function computeQueuePriority(input: QueuePriorityInput): QueuePriorityResult {
  const { now, account, deal } = input;
  assertDate(now, 'now');
  const stage = deal?.stage ?? 'identified';
  return priorityFromTerms(timeTerms(input, account.segment, stage), now, account.monthlySpend, stage, deal?.dueAt ?? null);
}

function priorityFromTerms(t: TimeTerms, now: Date, spend: number, stage: OpenStage, dueAt: Date | null): QueuePriorityResult {
  if (!Number.isFinite(spend) || spend < 0) {
    throw invalidArgument('account.monthlySpend', `account.monthlySpend must be 0 or more minor units; got ${spend}.`);
  }
  if (dueAt !== null) assertDate(dueAt, 'deal.dueAt');
  const overdue = dueAt !== null && now.getTime() > dueAt.getTime();
  const [waiting, expected, bonus] = queueScorePoints(spend, Math.max(0, t.now - t.later), t.now, overdue);
  const factors: QueuePriorityFactor[] = [
    { key: 'waiting_cost', points: waiting, params: { monthlySpend: spend, stage, scenarios: t.scenarios ?? [], waitDays: QUEUE_WAIT_DAYS } },
    {
      key: 'expected_in_time',
      points: expected,
      params: { monthlySpend: spend, stage, inTimePercent: round2(100 * t.now), expectedMonthlySpend: Math.round(spend * t.now) },
    },
  ];
  if (overdue) factors.push({ key: 'overdue', points: bonus, params: { dueAt: dueAt as Date, bonusPercent: QUEUE_OVERDUE_BONUS_PERCENT } });
  return { score: waiting + expected + bonus, factors };
}

// --- Many accounts at once ---------------------------------------------------------------------

/** What of the rival the queue's priority looks at: its expected shutdown and its shutdown scenarios. */
export interface QueueRival {
  shutdownExpectedAt: Date | null;
  scenarios: readonly ShutdownScenarioLike[];
}

/** What of an account the queue's priority looks at: its spend, its segment and its open deal (stage and due time; none: identified). */
export interface QueueSubject {
  monthlySpend: number;
  segment: Segment;
  stage: Stage | null;
  dueAt: Date | null;
}

/** The stage a queue entry is scored in: its open deal's, identified when it has none. */
export const openStageOf = (stage: Stage | null): OpenStage => (stage === null || stage === 'won' || stage === 'lost' ? 'identified' : stage);

/**
 * The queue priority (`computeQueuePriority`) of many accounts of one campaign at one
 * moment: the chances in time depend only on the segment and the stage, so they are computed once
 * per pair (`queueTimeTerms`) and each account's score is its spend times them (`queueScorePoints`),
 * the same number `computeQueuePriority` gives. Every writer of the api's `account.queue_priority`
 * scores through it.
 */
export function queuePriorityScorer(rival: QueueRival, settings: QueuePriorityInput['settings'], now: Date): (subject: QueueSubject) => number {
  const terms = new Map<string, { waitingCost: number; inTime: number }>();
  return (subject) => {
    const stage = openStageOf(subject.stage);
    const key = `${subject.segment}|${stage}`;
    let t = terms.get(key);
    if (!t) {
      t = queueTimeTerms({ now, scenarios: rival.scenarios, shutdownExpectedAt: rival.shutdownExpectedAt, settings, segment: subject.segment, stage });
      terms.set(key, t);
    }
    const overdue = subject.dueAt !== null && now.getTime() > subject.dueAt.getTime();
    const [waiting, expected, bonus] = queueScorePoints(subject.monthlySpend, t.waitingCost, t.inTime, overdue);
    return waiting + expected + bonus;
  };
}

/**
 * `computeQueuePriority` with its reasons for many accounts of one campaign at one moment (a page
 * of the queue): the chances in time are computed once per segment and stage (each computation
 * solves the stage model per scenario, about 0.1 ms), the rest per account. The same results.
 */
export function queuePriorityExplainer(rival: QueueRival, settings: QueuePriorityInput['settings'], now: Date): (subject: QueueSubject) => QueuePriorityResult {
  assertDate(now, 'now');
  const terms = new Map<string, TimeTerms>();
  const input = { now, scenarios: rival.scenarios, shutdownExpectedAt: rival.shutdownExpectedAt, settings };
  return (subject) => {
    const stage = openStageOf(subject.stage);
    const key = `${subject.segment}|${stage}`;
    let t = terms.get(key);
    if (!t) {
      t = timeTerms(input, subject.segment, stage);
      terms.set(key, t);
    }
    return priorityFromTerms(t, now, subject.monthlySpend, stage, subject.dueAt);
  };
}
