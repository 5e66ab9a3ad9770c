import { assertDate, DAY_MS } from './business-calendar';
import type { StageDueSettings } from './deadlines';
import { invalidArgument } from './domain-error';
import { defaultProbability } from './pipeline';
import { OPEN_STAGES, type OpenStage, type Stage } from './vocabulary';

/**
 * What the race simulator (race-simulator.ts) needs to know about deals: from each open stage,
 * where a deal goes next and how long it stays, learnt from the campaign's own history and pulled
 * towards priors where that history is thin.
 *
 * **Model.** The time a deal spends in an open stage is exponential (memoryless) with a mean in
 * calendar days; when it leaves, it goes to one of the stages the pipeline allows from there
 * (`RACE_EXITS`) with fixed probabilities. A deal still open at `now` is right-censored: its time
 * so far counts as exposure, with no exit. So the estimates are
 *
 *   P(s → t)  = (exits s→t + W × prior(s → t)) / (exits from s + W)
 *   mean(s)   = (days spent in s, exits and open deals alike + W × priorMean(s)) / (exits from s + W)
 *
 * i.e. the posterior means of a Dirichlet prior on the exits and a Gamma prior on the exit rate,
 * both worth W pseudo-deals (`RACE_PRIOR_WEIGHT`, 10). With no exit seen the prior is the answer
 * (`source: 'prior'`); below `RACE_THIN_HISTORY` (30) exits it is a blend that still leans on it
 * (`'blend'`); from 30 exits on the prior weighs at most a quarter and the history rules (`'history'`).
 *
 * **Priors.** Conversions come from the pipeline's default win probabilities (10, 25, 50, 70 %,
 * `defaultProbability`): identified → contacted 10/25 = 40 %, contacted → proposal_sent 25/50 =
 * 50 %, proposal_sent → won 22 % / negotiating 40 % (so that 22 + 40 × 70 = 50 %), negotiating →
 * won 70 %; the rest is lost. Durations default to the campaign's stage due time (its business
 * days × 7/5, in calendar days): a deal takes, on average, the time the campaign allows it.
 *
 * Caveat: the history's time in a stage includes the time its deal waited for a rep. The simulator
 * reads it as the customer's time and adds the wait for a rep on top, so a team that was overloaded
 * in the past makes the forecast pessimistic.
 */

/** The stages a deal may go to from each open stage (pipeline.ts: forward one step, won via a proposal, a revised offer, lost). */
export const RACE_EXITS: Readonly<Record<OpenStage, readonly Stage[]>> = Object.freeze({
  identified: ['contacted', 'lost'],
  contacted: ['proposal_sent', 'lost'],
  proposal_sent: ['negotiating', 'won', 'lost'],
  negotiating: ['won', 'proposal_sent', 'lost'],
});

/** How many pseudo-deals the priors are worth. */
export const RACE_PRIOR_WEIGHT = 10;
/** Exits from a stage below which its estimate is labelled a blend (the prior still weighs at least a quarter). */
export const RACE_THIN_HISTORY = 30;

/** One deal's path through the pipeline: its stages in order, each with when it was entered. */
export interface DealHistory {
  steps: ReadonlyArray<{ stage: Stage; at: Date }>;
}

export interface StageEstimate {
  stage: OpenStage;
  /** Probability of each allowed next stage (sums to 1). */
  exits: Partial<Record<Stage, number>>;
  /** Mean calendar days in the stage. */
  meanDays: number;
  /** Exits seen in the history, and the calendar days deals spent in the stage (open ones included). */
  observedExits: number;
  exposureDays: number;
  source: 'prior' | 'blend' | 'history';
  /** The prior's share of the estimate: W / (exits + W). */
  priorShare: number;
}

export type RaceEstimates = Record<OpenStage, StageEstimate>;

/** The priors described above, for a campaign's stage due times. */
export function racePriors(settings: Pick<StageDueSettings, 'stageDueBusinessDays'>): Record<OpenStage, { exits: Partial<Record<Stage, number>>; meanDays: number }> {
  const p = (s: Stage) => defaultProbability(s) / 100;
  const toContacted = p('identified') / p('contacted');
  const toProposal = p('contacted') / p('proposal_sent');
  const toNegotiating = 0.4;
  const proposalWon = p('proposal_sent') - toNegotiating * p('negotiating');
  const days = (s: OpenStage) => (settings.stageDueBusinessDays[s] * 7) / 5;
  return {
    identified: { exits: { contacted: toContacted, lost: 1 - toContacted }, meanDays: days('identified') },
    contacted: { exits: { proposal_sent: toProposal, lost: 1 - toProposal }, meanDays: days('contacted') },
    proposal_sent: {
      exits: { negotiating: toNegotiating, won: proposalWon, lost: 1 - toNegotiating - proposalWon },
      meanDays: days('proposal_sent'),
    },
    negotiating: { exits: { won: p('negotiating'), proposal_sent: 0, lost: 1 - p('negotiating') }, meanDays: days('negotiating') },
  };
}

/**
 * Conversion and duration per open stage from the deals' histories (see the model above). A step
 * to a stage not allowed from the previous one (a reopened deal, a skipped stage) ends the deal's
 * usable history there: it is not evidence of the pipeline's own moves. Pure: `now` is a parameter.
 */
export function estimateRace(input: {
  now: Date;
  history: readonly DealHistory[];
  settings: Pick<StageDueSettings, 'stageDueBusinessDays'>;
  priorWeight?: number;
}): RaceEstimates {
  const { now, history } = input;
  assertDate(now, 'now');
  const weight = input.priorWeight ?? RACE_PRIOR_WEIGHT;
  if (!Number.isFinite(weight) || weight <= 0) throw invalidArgument('priorWeight', `priorWeight must be more than 0; got ${weight}.`);
  const priors = racePriors(input.settings);
  const counts = new Map<OpenStage, Map<Stage, number>>(OPEN_STAGES.map((s) => [s, new Map()]));
  const exposure = new Map<OpenStage, number>(OPEN_STAGES.map((s) => [s, 0]));

  history.forEach((deal, index) => {
    const steps = deal.steps;
    for (let i = 0; i < steps.length; i++) {
      const { stage, at } = steps[i];
      assertDate(at, `history[${index}].steps[${i}].at`);
      if (!(stage in RACE_EXITS)) break; // won or lost: the deal's path is over
      const from = stage as OpenStage;
      const next = steps[i + 1];
      const end = next ? next.at.getTime() : now.getTime();
      const days = Math.max(0, end - at.getTime()) / DAY_MS;
      if (next && !RACE_EXITS[from].includes(next.stage)) break;
      exposure.set(from, (exposure.get(from) ?? 0) + days);
      if (!next) break;
      const byTarget = counts.get(from) as Map<Stage, number>;
      byTarget.set(next.stage, (byTarget.get(next.stage) ?? 0) + 1);
    }
  });

  const result = {} as RaceEstimates;
  for (const stage of OPEN_STAGES) {
    const byTarget = counts.get(stage) as Map<Stage, number>;
    const n = [...byTarget.values()].reduce((a, b) => a + b, 0);
    const prior = priors[stage];
    const exits: Partial<Record<Stage, number>> = {};
    for (const target of RACE_EXITS[stage]) exits[target] = ((byTarget.get(target) ?? 0) + weight * (prior.exits[target] ?? 0)) / (n + weight);
    const days = exposure.get(stage) ?? 0;
    result[stage] = {
      stage,
      exits,
      meanDays: (days + weight * prior.meanDays) / (n + weight),
      observedExits: n,
      exposureDays: days,
      source: n === 0 ? 'prior' : n < RACE_THIN_HISTORY ? 'blend' : 'history',
      priorShare: weight / (n + weight),
    };
  }
  return result;
}
