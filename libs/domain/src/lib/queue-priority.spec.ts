import * as fc from 'fast-check';
import { DEFAULT_CAMPAIGN_SETTINGS } from './campaign-settings';
import {
  computeQueuePriority,
  QUEUE_IN_TIME_SHARE,
  QUEUE_STEP_WAIT_DAYS,
  queuePriorityExplainer,
  queuePriorityScorer,
  queueTimeTerms,
  queueTimeTermsByStage,
  winWithinProbability,
  type QueuePriorityInput,
} from './queue-priority';
import { estimateRace, racePriors } from './race-estimates';
import { simulateRace, type RaceAccount, type RaceInput } from './race-simulator';
import { seededRandom } from './seeded-random';
import { OPEN_STAGES, SEGMENTS, type OpenStage, type Segment } from './vocabulary';

const DAY = 86_400_000;
// Monday 1 June 2026, 09:00 in Paris.
const NOW = new Date('2026-06-01T07:00:00Z');
const settings = DEFAULT_CAMPAIGN_SETTINGS;
const model = racePriors(settings);

function score(stage: OpenStage | null, over: { spend?: number; segment?: Segment; darkInDays?: number | null; dueAt?: Date } = {}): number {
  const darkInDays = over.darkInDays === undefined ? 21 : over.darkInDays;
  const input: QueuePriorityInput = {
    now: NOW,
    account: { monthlySpend: over.spend ?? 1_000_000, segment: over.segment ?? 'isp_wholesale' },
    deal: stage === null ? null : { stage, dueAt: over.dueAt ?? null },
    scenarios: darkInDays === null ? [] : [{ id: 's', goesDarkAt: new Date(NOW.getTime() + darkInDays * DAY), probabilityPercent: 100 }],
    settings,
  };
  return computeQueuePriority(input).score;
}

describe('winWithinProbability', () => {
  it('is the closed form for a proposal (won at once, or negotiating then won after one exponential stage)', () => {
    const p = model.proposal_sent.exits;
    const mean = model.negotiating.meanDays;
    for (const days of [0, 0.5, 3, 7, 20]) {
      const expected = (p.won ?? 0) + (p.negotiating ?? 0) * (model.negotiating.exits.won ?? 0) * (1 - Math.exp(-days / mean));
      expect(winWithinProbability(model, 'proposal_sent', days)).toBeCloseTo(expected, 9);
    }
  });

  it('grows with the time left, up to the chance of winning at all; none before now', () => {
    for (const stage of OPEN_STAGES) {
      let previous = 0;
      for (const days of [0, 1, 2, 5, 10, 20, 40, 80, 400]) {
        const p = winWithinProbability(model, stage, days);
        expect(p).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = p;
      }
      expect(previous).toBeCloseTo(winWithinProbability(model, stage, Infinity), 6);
      expect(winWithinProbability(model, stage, -0.01)).toBe(0);
    }
    // 10 / 25 / 50 / 70 %: the pipeline's default win probabilities.
    expect(OPEN_STAGES.map((s) => winWithinProbability(model, s, Infinity))).toEqual([0.1, 0.25, 0.5, 0.7].map((x) => expect.closeTo(x, 9)));
  });
});

describe('computeQueuePriority', () => {
  it('gives nothing for waiting to a deal that can no longer be signed in time, and ranks it below one that can', () => {
    // isp_wholesale needs 10 days: dark in 9 days, its sign-by date has passed; smb_web (3 days) still fits.
    expect(score('negotiating', { segment: 'isp_wholesale', darkInDays: 9 })).toBe(0);
    expect(score('identified', { segment: 'smb_web', darkInDays: 9, spend: 10_000 })).toBeGreaterThan(0);
    const late = computeQueuePriority({
      now: NOW,
      account: { monthlySpend: 1_000_000, segment: 'isp_wholesale' },
      deal: { stage: 'negotiating' },
      scenarios: [{ id: 'liquidation', goesDarkAt: new Date(NOW.getTime() + 9 * DAY), probabilityPercent: 60 }],
      settings,
    });
    const scenario = late.factors[0].params.scenarios?.[0];
    expect(scenario?.signBy.toISOString()).toBe(new Date(NOW.getTime() - DAY).toISOString());
    expect(scenario?.migrationLeadDays).toBe(10);
    expect(scenario?.nowPercent).toBe(0);
  });

  it('ranks the later stage higher when the last day to sign is today, and when no date is known', () => {
    // Sign-by in half a day: only a deal that can be won now can still make it.
    const today = { segment: 'smb_web' as const, darkInDays: 3.5 };
    expect(score('negotiating', today)).toBeGreaterThan(score('proposal_sent', today));
    expect(score('proposal_sent', today)).toBeGreaterThan(score('contacted', today));
    expect(score('contacted', today)).toBeGreaterThanOrEqual(score('identified', today));
    const none = { darkInDays: null };
    expect(score('negotiating', none)).toBeGreaterThan(score('proposal_sent', none));
    expect(score('proposal_sent', none)).toBeGreaterThan(score('contacted', none));
    expect(score('contacted', none)).toBeGreaterThan(score('identified', none));
  });

  it('with time to spare, puts a first contact that is running out of time before a signature that can wait a day', () => {
    // Dark in 21 days, 10 days to migrate: the deal in negotiating can be won any day until the
    // 11th, the identified one needs three more steps and loses chances every day it waits.
    expect(score('identified', { darkInDays: 21 })).toBeGreaterThan(score('negotiating', { darkInDays: 21 }));
    // The tie-break still orders deals that lose nothing by waiting by what they are expected to bring.
    expect(score('negotiating', { darkInDays: 21 })).toBe(Math.round(1_000_000 * QUEUE_IN_TIME_SHARE * 0.7));
  });

  it('rises as the sign-by date comes closer, then falls to 0 once it is past', () => {
    const byDays = [90, 40, 25, 21, 15, 11, 10].map((d) => score('identified', { darkInDays: d }));
    expect(byDays[1]).toBeGreaterThan(byDays[0]);
    expect(byDays[2]).toBeGreaterThan(byDays[1]);
    expect(byDays[6]).toBe(0);
    expect(byDays[5]).toBeLessThan(byDays[3]);
  });

  it('is monotone in the spend, whatever the stage, segment and date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...OPEN_STAGES),
        fc.constantFrom(...SEGMENTS),
        fc.option(fc.integer({ min: 1, max: 120 })),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        (stage, segment, darkInDays, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(score(stage, { segment, darkInDays, spend: hi })).toBeGreaterThanOrEqual(score(stage, { segment, darkInDays, spend: lo }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adds up its factors, weighs the scenarios by probability, and gives an overdue deal a modest bonus', () => {
    const input: QueuePriorityInput = {
      now: NOW,
      account: { monthlySpend: 2_000_000, segment: 'enterprise_vpn' },
      deal: { stage: 'contacted', dueAt: new Date(NOW.getTime() - DAY) },
      scenarios: [
        { id: 'liquidation', goesDarkAt: new Date(NOW.getTime() + 21 * DAY), probabilityPercent: 60 },
        { id: 'delay', goesDarkAt: new Date(NOW.getTime() + 49 * DAY), probabilityPercent: 40 },
        { id: 'past', goesDarkAt: new Date(NOW.getTime() - DAY), probabilityPercent: 0 },
      ],
      settings,
    };
    const r = computeQueuePriority(input);
    expect(r.factors.map((f) => f.key)).toEqual(['waiting_cost', 'expected_in_time', 'overdue']);
    expect(r.score).toBe(r.factors.reduce((s, f) => s + f.points, 0));
    const scenarios = r.factors[0].params.scenarios ?? [];
    expect(scenarios.map((s) => [s.scenarioId, s.weightPercent])).toEqual([
      ['liquidation', 60],
      ['delay', 40],
    ]);
    const stepModel = Object.fromEntries(OPEN_STAGES.map((s) => [s, { ...model[s], meanDays: model[s].meanDays + QUEUE_STEP_WAIT_DAYS }])) as typeof model;
    expect(scenarios[0].nowPercent).toBeCloseTo(100 * winWithinProbability(stepModel, 'contacted', 11), 1);
    const onTime = computeQueuePriority({ ...input, deal: { stage: 'contacted', dueAt: new Date(NOW.getTime() + DAY) } });
    expect(onTime.factors.map((f) => f.key)).toEqual(['waiting_cost', 'expected_in_time']);
    expect(r.score).toBeGreaterThan(onTime.score);
    expect(r.score).toBeLessThanOrEqual(Math.round(onTime.score * 1.1) + 1);
  });
});

describe('queuePriorityScorer (many accounts at once, as the api stores them)', () => {
  it('gives the score (scorer) and the reasons (explainer) computeQueuePriority gives, whatever the spend, stage, segment, due time and scenarios', () => {
    const scenarios = [
      { id: 'liquidation', goesDarkAt: new Date(NOW.getTime() + 12 * DAY), probabilityPercent: 60 },
      { id: 'delay', goesDarkAt: new Date(NOW.getTime() + 40 * DAY), probabilityPercent: 40 },
    ];
    for (const rival of [
      { shutdownExpectedAt: null, scenarios },
      { shutdownExpectedAt: new Date(NOW.getTime() + 9 * DAY), scenarios: [] },
      { shutdownExpectedAt: null, scenarios: [] },
    ]) {
      const scorer = queuePriorityScorer(rival, settings, NOW);
      const explainer = queuePriorityExplainer(rival, settings, NOW);
      fc.assert(
        fc.property(
          fc.constantFrom(null, 'won' as const, ...OPEN_STAGES),
          fc.constantFrom(...SEGMENTS),
          fc.integer({ min: 0, max: 50_000_000 }),
          fc.option(fc.integer({ min: -10, max: 10 })),
          (stage, segment, spend, dueInDays) => {
            const dueAt = dueInDays === null ? null : new Date(NOW.getTime() + dueInDays * DAY + 1);
            const open = stage === null || stage === 'won' ? 'identified' : stage;
            const expected = computeQueuePriority({ now: NOW, account: { monthlySpend: spend, segment }, deal: { stage: open, dueAt }, ...rival, settings });
            expect(scorer({ monthlySpend: spend, segment, stage, dueAt })).toBe(expected.score);
            expect(explainer({ monthlySpend: spend, segment, stage, dueAt })).toEqual(expected);
          },
        ),
        { numRuns: 150 },
      );
    }
  });
});

describe('queueTimeTermsByStage (the race simulator’s table of terms)', () => {
  it('gives each stage exactly queueTimeTerms’ numbers, with scenarios ahead, past, or none but the rival’s date', () => {
    const now = new Date('2026-06-01T07:00:00Z');
    const day = 86_400_000;
    const model = estimateRace({ now, history: [], settings: DEFAULT_CAMPAIGN_SETTINGS });
    const cases = [
      { scenarios: [{ id: 'a', goesDarkAt: new Date(now.getTime() + 21 * day), probabilityPercent: 60 }, { id: 'b', goesDarkAt: new Date(now.getTime() + 49 * day), probabilityPercent: 40 }], shutdownExpectedAt: null },
      { scenarios: [{ id: 'past', goesDarkAt: new Date(now.getTime() - day), probabilityPercent: 100 }], shutdownExpectedAt: new Date(now.getTime() + 3 * day) },
      { scenarios: [], shutdownExpectedAt: null },
    ];
    for (const c of cases) {
      for (const segment of SEGMENTS) {
        for (const m of [model, undefined]) {
          const input = { now, scenarios: c.scenarios, shutdownExpectedAt: c.shutdownExpectedAt, settings: DEFAULT_CAMPAIGN_SETTINGS, model: m, segment };
          expect(queueTimeTermsByStage(input)).toEqual(OPEN_STAGES.map((stage) => queueTimeTerms({ ...input, stage })));
        }
      }
    }
  });
});

describe('queue_v2 in the race', () => {
  /** A KPNQwest-like race, smaller: 200 customers just imported, spends log-normal, the demo's segment mix. */
  function kpnqwestLike(): RaceInput {
    const rand = seededRandom(2002);
    const templates: Array<[Segment, number, number, boolean]> = [
      ['isp_wholesale', 6_000_000, 40, true],
      ['enterprise_vpn', 2_500_000, 25, false],
      ['enterprise_vpn', 1_200_000, 12, true],
      ['colocation', 800_000, 8, false],
      ['hosting', 400_000, 6, true],
      ['hosting', 150_000, 3, false],
      ['smb_web', 60_000, 1, true],
      ['smb_web', 20_000, 1, false],
    ];
    const imported = new Date(NOW.getTime() - 3 * DAY); // Friday before
    const accounts: RaceAccount[] = Array.from({ length: 200 }, (_, i) => {
      const [segment, spend, units, backup] = templates[i % templates.length];
      const scale = Math.exp(0.5 * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()));
      return {
        id: `kq-${i}`,
        segment,
        monthlySpend: Math.round(spend * scale),
        hasBackupProvider: backup,
        workload: Math.max(1, Math.round(units * scale)),
        stage: 'identified',
        stageEnteredAt: imported,
        createdAt: imported,
        lastContactAt: null,
      };
    });
    return {
      now: NOW,
      rival: { health: 'liquidating' },
      scenarios: [
        { id: 'liquidation', goesDarkAt: new Date(NOW.getTime() + 21 * DAY), probabilityPercent: 60 },
        { id: 'delay', goesDarkAt: new Date(NOW.getTime() + 49 * DAY), probabilityPercent: 40 },
      ],
      accounts,
      reps: { count: 2, dailyActions: 8 },
      settings: { ...settings, weeklyMigrationCapacity: 240 },
      estimates: estimateRace({ now: NOW, history: [], settings }),
      runs: 150,
      seed: 2002,
    };
  }

  // In the seven-week scenario largest spend is already within 5 % of what unlimited reps capture,
  // and queue_v2 ties it: ahead by 0.15 % on the CLI's race (1,000 runs), 0.02 % behind on this one.
  it('captures 1.5 × first come and more than every simple rule in three weeks; ties largest spend in seven', () => {
    const result = simulateRace(kpnqwestLike());
    const mean = (policy: string, x: number) => (result.policies.find((p) => p.policy === policy) as (typeof result.policies)[number]).scenarios[x].spendMigrated.mean;
    expect(mean('queue_v2', 0)).toBeGreaterThanOrEqual(1.5 * mean('first_come', 0));
    for (const rule of ['first_come', 'largest_spend', 'no_backup_first', 'shortest_lead_first']) expect(mean('queue_v2', 0)).toBeGreaterThan(mean(rule, 0));
    for (const rule of ['first_come', 'no_backup_first', 'shortest_lead_first']) expect(mean('queue_v2', 1)).toBeGreaterThan(mean(rule, 1));
    expect(mean('queue_v2', 1)).toBeGreaterThanOrEqual(0.995 * mean('largest_spend', 1));
    for (const x of [0, 1]) expect(mean('queue_v2', x)).toBeGreaterThan(mean('queue', x));
    const dark = (policy: string, x: number) => (result.policies.find((p) => p.policy === policy) as (typeof result.policies)[number]).scenarios[x].signedButDark.accounts.mean;
    expect(dark('queue_v2', 1)).toBeLessThan(dark('queue', 1));
    expect(dark('queue_v2', 0)).toBeLessThan(dark('largest_spend', 0));
  });
});
