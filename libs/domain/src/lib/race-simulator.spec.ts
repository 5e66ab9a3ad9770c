import * as fc from 'fast-check';
import { DEFAULT_CAMPAIGN_SETTINGS } from './campaign-settings';
import { DomainRuleError } from './domain-error';
import { estimateRace, racePriors, RACE_EXITS, RACE_PRIOR_WEIGHT, type DealHistory, type RaceEstimates } from './race-estimates';
import {
  joinRaceTallies,
  prepareRace,
  RACE_POLICIES,
  simulatePreparedRace,
  simulateRace,
  simulateRaceWith,
  tallyPreparedRace,
  urgencyFromParts,
  type RaceAccount,
  type RaceInput,
} from './race-simulator';
import { seededRandom } from './seeded-random';
import { computeUrgency } from './urgency';
import { OPEN_STAGES, SEGMENTS, type OpenStage, type Stage } from './vocabulary';

const DAY = 86_400_000;
// Monday 1 June 2026, 09:00 in Paris.
const NOW = new Date('2026-06-01T07:00:00Z');
const settings = { ...DEFAULT_CAMPAIGN_SETTINGS, weeklyMigrationCapacity: 40 };
const priorEstimates = estimateRace({ now: NOW, history: [], settings });

function estimates(exits: Record<OpenStage, Partial<Record<Stage, number>>>, meanDays: Record<OpenStage, number>): RaceEstimates {
  const result = {} as RaceEstimates;
  for (const stage of OPEN_STAGES) {
    result[stage] = { stage, exits: exits[stage], meanDays: meanDays[stage], observedExits: 0, exposureDays: 0, source: 'prior', priorShare: 1 };
  }
  return result;
}

/** Every deal goes forward and is won straight from its proposal, in `days` a stage. */
const sureThing = (days: number) =>
  estimates(
    { identified: { contacted: 1 }, contacted: { proposal_sent: 1 }, proposal_sent: { won: 1 }, negotiating: { won: 1 } },
    { identified: days, contacted: days, proposal_sent: days, negotiating: days },
  );

function account(i: number, over: Partial<RaceAccount> = {}): RaceAccount {
  return {
    id: `a${i}`,
    segment: SEGMENTS[i % SEGMENTS.length],
    monthlySpend: 100_000 * (1 + (i % 7)),
    hasBackupProvider: i % 3 === 0,
    rivalIsPrincipalOperator: i % 5 === 0,
    countries: ['FR'],
    workload: 1 + (i % 4),
    stage: 'identified',
    stageEnteredAt: new Date(NOW.getTime() - DAY),
    createdAt: new Date(NOW.getTime() - DAY + i * 60_000),
    lastContactAt: null,
    ...over,
  };
}

function race(over: Partial<RaceInput> = {}): RaceInput {
  return {
    now: NOW,
    rival: { health: 'liquidating' },
    scenarios: [
      { id: 'liquidation', goesDarkAt: new Date(NOW.getTime() + 21 * DAY), probabilityPercent: 60 },
      { id: 'delay', goesDarkAt: new Date(NOW.getTime() + 49 * DAY), probabilityPercent: 40 },
    ],
    accounts: Array.from({ length: 40 }, (_, i) => account(i)),
    reps: { count: 2, dailyActions: 3 },
    settings,
    estimates: priorEstimates,
    runs: 50,
    seed: 7,
    ...over,
  };
}

describe('urgencyFromParts', () => {
  it('is computeUrgency’s score for any account, rival, stage, contact and weights', () => {
    fc.assert(
      fc.property(
        fc.record({
          days: fc.integer({ min: -5, max: 120 }),
          health: fc.constantFrom('operating', 'distressed', 'insolvent', 'liquidating', 'shut_down' as const),
          dated: fc.boolean(),
          spend: fc.integer({ min: 0, max: 20_000_000 }),
          countries: fc.array(fc.constantFrom('FR', 'DE', 'NL', 'GB'), { maxLength: 4 }),
          backup: fc.boolean(),
          principal: fc.boolean(),
          stage: fc.constantFrom(null, 'identified', 'contacted', 'proposal_sent', 'negotiating' as const),
          contactDaysAgo: fc.option(fc.integer({ min: 0, max: 20 })),
          createdDaysAgo: fc.option(fc.integer({ min: 0, max: 20 })),
          weight: fc.integer({ min: 0, max: 100 }),
        }),
        (x) => {
          const input = {
            now: NOW,
            timeZone: 'Europe/Paris',
            rival: { health: x.health, shutdownExpectedAt: x.dated ? new Date(NOW.getTime() + x.days * DAY) : null },
            account: { monthlySpend: x.spend, countries: x.countries, hasBackupProvider: x.backup, rivalIsPrincipalOperator: x.principal },
            stage: x.stage,
            lastContactAt: x.contactDaysAgo === null ? null : new Date(NOW.getTime() - x.contactDaysAgo * DAY),
            createdAt: x.createdDaysAgo === null ? null : new Date(NOW.getTime() - x.createdDaysAgo * DAY),
            weights: { noBackupProvider: x.weight, shutdownWithin30Days: x.weight },
          };
          expect(urgencyFromParts(input)).toBe(computeUrgency(input).score);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('simulateRace', () => {
  it('gives the same result for the same seed, and another for another seed', () => {
    const a = simulateRace(race());
    const b = simulateRace(race());
    expect(b).toEqual(a);
    const c = simulateRace(race({ seed: 8 }));
    expect(c.policies[1].scenarios[1].perRunSpendMigrated).not.toEqual(a.policies[1].scenarios[1].perRunSpendMigrated);
  });

  it('gives run r the same outcome whatever the number of runs', () => {
    const few = simulateRace(race({ runs: 5 })).policies[0].scenarios[1].perRunSpendMigrated;
    const many = simulateRace(race({ runs: 20 })).policies[0].scenarios[1].perRunSpendMigrated;
    expect(Array.from(many.subarray(0, 5))).toEqual(Array.from(few));
  });

  it('reports every policy, each scenario with its weeks, and probabilities of going dark', () => {
    const result = simulateRace(race());
    expect(result.policies.map((p) => p.policy)).toEqual([...RACE_POLICIES]);
    const delay = result.policies[0].scenarios[1];
    expect(delay.weeks.length).toBe(8); // Monday 1 June … the week of Monday 20 July
    expect(delay.weeks[0].weekStart.toISOString()).toBe('2026-05-31T22:00:00.000Z');
    // Cumulative by week, ending at the scenario's totals.
    for (let k = 1; k < delay.weeks.length; k++) expect(delay.weeks[k].spendMigrated.mean).toBeGreaterThanOrEqual(delay.weeks[k - 1].spendMigrated.mean);
    expect(delay.weeks[delay.weeks.length - 1].spendMigrated.mean).toBeCloseTo(delay.spendMigrated.mean, 6);
    expect(delay.spendMigrated.p10).toBeLessThanOrEqual(delay.spendMigrated.p50);
    expect(delay.spendMigrated.p50).toBeLessThanOrEqual(delay.spendMigrated.p90);
    expect(delay.darkProbability).toHaveLength(40);
    for (const p of delay.darkProbability) expect(p).toBeGreaterThanOrEqual(0);
    // A later shutdown captures at least as much on the same paths.
    const liquidation = result.policies[0].scenarios[0];
    for (let r = 0; r < 50; r++) expect(delay.perRunSpendMigrated[r]).toBeGreaterThanOrEqual(liquidation.perRunSpendMigrated[r]);
    expect(result.policies[0].expectedSpendMigrated).toBeCloseTo(0.6 * liquidation.spendMigrated.mean + 0.4 * delay.spendMigrated.mean, 6);
  });

  it('wins nothing with no reps, or reps with no time', () => {
    for (const reps of [{ count: 0, dailyActions: 10 }, { count: 3, dailyActions: 0 }]) {
      const result = simulateRace(race({ reps, estimates: sureThing(0.5) }));
      for (const policy of result.policies) {
        for (const s of policy.scenarios) {
          expect(s.spendWon.p90).toBe(0);
          expect(s.spendMigrated.p90).toBe(0);
          for (const p of s.darkProbability) expect(p).toBe(1);
        }
      }
    }
  });

  it('with unlimited reps and migrations, every policy captures exactly what each customer alone reaches in time', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            segment: fc.constantFrom(...SEGMENTS),
            spend: fc.integer({ min: 1, max: 5_000_000 }),
            backup: fc.boolean(),
            workload: fc.integer({ min: 1, max: 80 }),
            stage: fc.constantFrom(null, 'identified', 'contacted', 'proposal_sent', 'negotiating' as const),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 1000 }),
        (rows, seed) => {
          const accounts = rows.map((r, i) => account(i, { segment: r.segment, monthlySpend: r.spend, hasBackupProvider: r.backup, workload: r.workload, stage: r.stage }));
          const unlimited = {
            reps: { count: 1_000, dailyActions: 1_000 },
            settings: { ...settings, weeklyMigrationCapacity: Infinity },
            scenarios: [
              { id: 'liquidation', goesDarkAt: new Date(NOW.getTime() + 12 * DAY), probabilityPercent: 60 },
              { id: 'delay', goesDarkAt: new Date(NOW.getTime() + 20 * DAY), probabilityPercent: 40 },
            ],
            runs: 8,
            seed,
          };
          const all = simulateRace(race({ ...unlimited, accounts }));
          const alone = accounts.map((a) => simulateRace(race({ ...unlimited, accounts: [a], policies: ['first_come'] })).policies[0]);
          for (const policy of all.policies) {
            policy.scenarios.forEach((s, x) => {
              for (let r = 0; r < 8; r++) {
                const sum = alone.reduce((acc, one) => acc + one.scenarios[x].perRunSpendMigrated[r], 0);
                expect(s.perRunSpendMigrated[r]).toBe(sum);
              }
            });
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('never captures less with more reps or more migration capacity (in expectation, within 2 % of the spend at stake)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 0, max: 1000 }),
        (reps, more, capacity, seed) => {
          const accounts = Array.from({ length: 30 }, (_, i) => account(i));
          const atStake = accounts.reduce((s, a) => s + a.monthlySpend, 0);
          const run = (count: number, weekly: number) =>
            simulateRace(race({ accounts, reps: { count, dailyActions: 4 }, settings: { ...settings, weeklyMigrationCapacity: weekly }, runs: 100, seed }));
          const base = run(reps, capacity);
          const moreReps = run(reps + more, capacity);
          const moreRoom = run(reps, capacity * 2);
          base.policies.forEach((policy, k) => {
            policy.scenarios.forEach((s, x) => {
              expect(moreReps.policies[k].scenarios[x].spendMigrated.mean).toBeGreaterThanOrEqual(s.spendMigrated.mean - 0.02 * atStake);
              expect(moreRoom.policies[k].scenarios[x].spendMigrated.mean).toBeGreaterThanOrEqual(s.spendMigrated.mean - 0.02 * atStake);
            });
          });
        },
      ),
      { numRuns: 8 },
    );
  });

  it('orders the queue by the real urgency: a customer with no backup first, unless its weight is 0', () => {
    // Two customers, one action a day, time for one deal only. The queue alternates between them
    // (the one not worked yesterday is due first), and the one it starts with is captured.
    const accounts = [
      account(0, { id: 'first-in', segment: 'smb_web', hasBackupProvider: true, rivalIsPrincipalOperator: false, monthlySpend: 50_000 }),
      account(1, { id: 'no-backup', segment: 'smb_web', hasBackupProvider: false, rivalIsPrincipalOperator: false, monthlySpend: 50_000 }),
    ];
    const input = race({
      accounts,
      reps: { count: 1, dailyActions: 1 },
      estimates: sureThing(0.01),
      // Three actions win a deal, three days more migrate it: the one worked first is ready on day 7, the other after day 8.
      scenarios: [{ id: 'soon', goesDarkAt: new Date(NOW.getTime() + 8 * DAY), probabilityPercent: 100 }],
      runs: 3,
    });
    const captured = (r: ReturnType<typeof simulateRace>, policy: string) => {
      const s = (r.policies.find((p) => p.policy === policy) as (typeof r.policies)[number]).scenarios[0];
      return accounts.map((_, i) => 1 - s.darkProbability[i]);
    };
    const real = simulateRace(input);
    expect(captured(real, 'first_come')).toEqual([1, 0]);
    expect(captured(real, 'queue')).toEqual([0, 1]);
    const flat = simulateRace({ ...input, settings: { ...settings, urgencyWeights: { ...settings.urgencyWeights, noBackupProvider: 0 } } });
    expect(captured(flat, 'queue')).toEqual([1, 0]);

    // The lack of contact: called an hour ago, or never since it came in 10 days ago. One action
    // before the network goes dark, and every call loses the deal: the one the queue works first
    // is lost (gone elsewhere), the other goes dark.
    const firstWorked = (weights: Partial<typeof settings.urgencyWeights>) => {
      const s = simulateRace(
        race({
          accounts: [
            account(0, { id: 'just-called', segment: 'smb_web', hasBackupProvider: true, lastContactAt: new Date(NOW.getTime() - 3_600_000) }),
            account(1, { id: 'never-called', segment: 'smb_web', hasBackupProvider: true, createdAt: new Date(NOW.getTime() - 10 * DAY) }),
          ],
          reps: { count: 1, dailyActions: 1 },
          estimates: estimates(
            { identified: { lost: 1 }, contacted: { lost: 1 }, proposal_sent: { lost: 1 }, negotiating: { lost: 1 } },
            { identified: 0.01, contacted: 0.01, proposal_sent: 0.01, negotiating: 0.01 },
          ),
          settings: { ...settings, urgencyWeights: { ...settings.urgencyWeights, ...weights } },
          // Nobody is ready on day 0 (a stage takes a little time): the one action is Tuesday's.
          scenarios: [{ id: 'tomorrow-night', goesDarkAt: new Date(NOW.getTime() + 1.5 * DAY), probabilityPercent: 100 }],
          runs: 2,
          policies: ['queue'],
        }),
      ).policies[0].scenarios[0];
      return Array.from(s.darkProbability);
    };
    expect(firstWorked({})).toEqual([1, 0]);
    expect(firstWorked({ noRecentContact: 0 })).toEqual([0, 1]);
  });

  it('counts a customer won by the shutdown but cut over after it as signed but dark', () => {
    // One enterprise VPN customer (10 days of lead time), won on day 0, dark in 6 days.
    const input = race({
      accounts: [account(0, { segment: 'enterprise_vpn', stage: 'proposal_sent', monthlySpend: 70_000 })],
      reps: { count: 1, dailyActions: 1 },
      estimates: sureThing(0.000_001),
      scenarios: [{ id: 'soon', goesDarkAt: new Date(NOW.getTime() + 6 * DAY), probabilityPercent: 100 }],
      runs: 2,
      policies: ['queue'],
    });
    const s = simulateRace(input).policies[0].scenarios[0];
    expect(s.spendWon.mean).toBe(70_000);
    expect(s.spendMigrated.mean).toBe(0);
    expect(s.signedButDark.accounts.mean).toBe(1);
    expect(s.signedButDark.monthlySpend.mean).toBe(70_000);
    expect(s.darkProbability[0]).toBe(1);
  });

  it('fills the migration team’s weeks first come, first fit: the second customer waits a week', () => {
    const input = race({
      accounts: [
        account(0, { segment: 'smb_web', stage: 'proposal_sent', workload: 30, monthlySpend: 1_000 }),
        account(1, { segment: 'smb_web', stage: 'proposal_sent', workload: 30, monthlySpend: 2_000, createdAt: new Date(NOW.getTime()) }),
        account(2, { segment: 'smb_web', stage: 'proposal_sent', workload: 90, monthlySpend: 4_000, createdAt: new Date(NOW.getTime() + 1) }),
      ],
      reps: { count: 1, dailyActions: 3 },
      estimates: sureThing(0.000_001),
      // Won Monday 1 June, ready Thursday 4 June; the second fits the week of 8 June, the third (over capacity) that of 15 June.
      scenarios: [
        { id: 'friday', goesDarkAt: new Date(NOW.getTime() + 4 * DAY), probabilityPercent: 50 },
        { id: 'next-week', goesDarkAt: new Date(NOW.getTime() + 8 * DAY), probabilityPercent: 30 },
        { id: 'later', goesDarkAt: new Date(NOW.getTime() + 15 * DAY), probabilityPercent: 20 },
      ],
      runs: 1,
      policies: ['first_come'],
    });
    const [friday, nextWeek, later] = simulateRace(input).policies[0].scenarios;
    expect(friday.spendMigrated.mean).toBe(1_000);
    expect(nextWeek.spendMigrated.mean).toBe(3_000);
    expect(later.spendMigrated.mean).toBe(7_000);
  });

  it('refuses what it cannot simulate, naming the field', () => {
    const bad: Array<[Partial<RaceInput>, string]> = [
      [{ runs: 0 }, 'runs'],
      [{ reps: { count: -1, dailyActions: 1 } }, 'reps.count'],
      [{ reps: { count: 1, dailyActions: Number.NaN } }, 'reps.dailyActions'],
      [{ settings: { ...settings, weeklyMigrationCapacity: 0 } }, 'settings.weeklyMigrationCapacity'],
      [{ scenarios: [] }, 'scenarios'],
      [{ scenarios: [{ id: 'past', goesDarkAt: new Date(NOW.getTime() - DAY), probabilityPercent: 50 }] }, 'scenarios[0].goesDarkAt'],
      [{ accounts: [account(0), account(0)] }, 'accounts[1].id'],
      [{ accounts: [account(0, { segment: 'telex' as never })] }, 'accounts[0].segment'],
      [{ accounts: [account(0, { monthlySpend: -1 })] }, 'accounts[0].monthlySpend'],
      [{ accounts: [account(0, { workload: -1 })] }, 'accounts[0].workload'],
      [{ policies: ['coin_flip' as never] }, 'policies'],
      [{ estimates: { ...priorEstimates, contacted: { ...priorEstimates.contacted, exits: { proposal_sent: -1 } } } }, 'estimates.contacted.exits.proposal_sent'],
      [{ estimates: { ...priorEstimates, contacted: { ...priorEstimates.contacted, exits: {} } } }, 'estimates.contacted.exits'],
      [{ estimates: { ...priorEstimates, contacted: { ...priorEstimates.contacted, meanDays: -1 } } }, 'estimates.contacted.meanDays'],
    ];
    for (const [over, field] of bad) {
      let error: unknown;
      try {
        simulateRace(race(over));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainRuleError);
      expect((error as DomainRuleError).field).toBe(field);
    }
  });

  it('follows the rival’s own date when no scenario is credible', () => {
    const input = race({
      rival: { health: 'liquidating', shutdownExpectedAt: new Date(NOW.getTime() + 10 * DAY) },
      scenarios: [{ id: 'rumour', goesDarkAt: new Date(NOW.getTime() + 30 * DAY), probabilityPercent: 10 }],
      policies: ['queue'],
    });
    const result = simulateRace(input).policies[0];
    expect(result.expectedSpendMigrated).toBe(result.scenarios[0].spendMigrated.mean);
  });

  it('races a prepared race with another team, capacity, runs or policies exactly as simulateRace does', () => {
    const prepared = prepareRace(race());
    expect(simulatePreparedRace(prepared)).toEqual(simulateRace(race()));
    for (const change of [
      { reps: { count: 5, dailyActions: 2.5 }, weeklyMigrationCapacity: 7 },
      { reps: { count: 0, dailyActions: 3 }, runs: 20, policies: ['queue_v2', 'first_come'] as const },
      { weeklyMigrationCapacity: Infinity, policies: ['queue'] as const },
    ]) {
      const { weeklyMigrationCapacity, ...rest } = change as { weeklyMigrationCapacity?: number } & Partial<RaceInput>;
      const direct = race({ ...rest, settings: { ...settings, weeklyMigrationCapacity: weeklyMigrationCapacity ?? settings.weeklyMigrationCapacity } });
      expect(simulatePreparedRace(prepared, change)).toEqual(simulateRace(direct));
    }
    expect(() => simulatePreparedRace(prepared, { weeklyMigrationCapacity: 0 })).toThrow(DomainRuleError);
    expect(() => simulatePreparedRace(prepared, { reps: { count: 1.5, dailyActions: 1 } })).toThrow(DomainRuleError);
  });

  it('gives simulateRace’s result from slices of runs raced apart and joined, in any order', () => {
    const input = race({ runs: 30 });
    const prepared = prepareRace(input);
    const slices = [tallyPreparedRace(prepared, 20, { runs: 10 }), tallyPreparedRace(prepared, 0, { runs: 7 }), tallyPreparedRace(prepared, 7, { runs: 13 })];
    expect(joinRaceTallies(input, slices)).toEqual(simulateRace(input));
    const queue = { ...input, policies: ['queue_v2'] as const };
    expect(joinRaceTallies(input, [tallyPreparedRace(prepared, 0, { policies: ['queue_v2'] })])).toEqual(simulateRace(queue));
    expect(() => joinRaceTallies(input, [slices[0], slices[1]])).toThrow(DomainRuleError);
    expect(() => joinRaceTallies(input, [])).toThrow(DomainRuleError);
  });
});

describe('queue_v2’s day (the fast selection against the plain sort by computeQueuePriority)', () => {
  /** The race run both ways: each day's chosen deals, and the results. */
  function bothWays(input: RaceInput) {
    const days = { plain: [] as string[], fast: [] as string[] };
    const run = (way: 'plain' | 'fast') =>
      simulateRaceWith({ ...input, policies: ['queue_v2'] }, {
        plainQueueV2: way === 'plain',
        onQueueV2Day: (r, d, accounts) => days[way].push(`${r}/${d}: ${accounts.join(' ')}`),
      });
    const plain = run('plain');
    const fast = run('fast');
    return { plain, fast, days };
  }

  it('picks the same deals every day and gives the same race, on random races (ties, overdue deals, teams short and long)', () => {
    const stages = [null, ...OPEN_STAGES] as const;
    // Spends that tie after rounding (tiny ones score 0: input order decides, not spend), equal ones,
    // close ones (the overdue bonus reorders them) and far apart ones.
    const spendArb = fc.oneof(fc.constantFrom(0, 1, 2, 3, 7, 100_000), fc.integer({ min: 90_000, max: 110_000 }), fc.integer({ min: 0, max: 5_000_000 }));
    const accountArb = fc.record({
      segment: fc.constantFrom(...SEGMENTS),
      monthlySpend: spendArb,
      stage: fc.constantFrom(...stages),
      // Entered up to 40 days ago: some deals are overdue from the start, others become so during the race.
      enteredDaysAgo: fc.integer({ min: 0, max: 40 }),
      hasBackupProvider: fc.boolean(),
    });
    const meanDaysArb = fc.double({ min: 0, max: 6, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(accountArb, { minLength: 1, maxLength: 70 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 3, max: 25 }),
        fc.integer({ min: 0, max: 100 }),
        fc.tuple(meanDaysArb, meanDaysArb, meanDaysArb, meanDaysArb),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (list, reps, dailyActions, darkInDays, firstPercent, [m0, m1, m2, m3], seed) => {
          const accounts = list.map(
            (a, i): RaceAccount =>
              account(i, {
                segment: a.segment,
                monthlySpend: a.monthlySpend,
                stage: a.stage,
                hasBackupProvider: a.hasBackupProvider,
                stageEnteredAt: new Date(NOW.getTime() - a.enteredDaysAgo * DAY),
                createdAt: new Date(NOW.getTime() - 41 * DAY),
              }),
          );
          const input = race({
            accounts,
            reps: { count: reps, dailyActions },
            scenarios: [
              { id: 'first', goesDarkAt: new Date(NOW.getTime() + darkInDays * DAY), probabilityPercent: firstPercent },
              { id: 'later', goesDarkAt: new Date(NOW.getTime() + (darkInDays + 10) * DAY), probabilityPercent: 100 - firstPercent },
            ],
            estimates: estimates(
              {
                identified: { contacted: 0.8, lost: 0.2 },
                contacted: { proposal_sent: 0.7, lost: 0.3 },
                proposal_sent: { negotiating: 0.5, won: 0.3, lost: 0.2 },
                negotiating: { won: 0.6, proposal_sent: 0.2, lost: 0.2 },
              },
              { identified: m0, contacted: m1, proposal_sent: m2, negotiating: m3 },
            ),
            runs: 3,
            seed,
          });
          const { plain, fast, days } = bothWays(input);
          expect(days.fast).toEqual(days.plain);
          expect(fast).toEqual(plain);
        },
      ),
      { numRuns: 40, seed: 2026, endOnFailure: true },
    );
  });

  it('orders by score then input order, not by spend, where rounding makes small spends tie', () => {
    // Spends of a few minor units score 0 (or 1) whatever the stage: the queue takes them in input
    // order; a selection that trusted the order of spend would take the larger ones first.
    const accounts = Array.from({ length: 30 }, (_, i) => account(i, { monthlySpend: 1 + ((i * 7) % 5), segment: 'hosting' }));
    const { plain, fast, days } = bothWays(race({ accounts, reps: { count: 1, dailyActions: 2 }, estimates: sureThing(0.5), runs: 5 }));
    expect(days.plain.length).toBeGreaterThan(10);
    expect(days.fast).toEqual(days.plain);
    expect(fast).toEqual(plain);
  });

  it('is what simulateRace runs: the fast day', () => {
    const input = race({ policies: ['queue_v2'] });
    expect(simulateRace(input)).toEqual(simulateRaceWith(input, {}));
  });
});

describe('estimateRace', () => {
  /** Draws `deals` deals from known parameters, each started at a random time in the last 60 days, cut at `now`. */
  function syntheticHistory(deals: number, truth: { exits: Record<OpenStage, Partial<Record<Stage, number>>>; mean: Record<OpenStage, number> }): DealHistory[] {
    const rand = seededRandom(12345);
    return Array.from({ length: deals }, () => {
      let at = NOW.getTime() - rand() * 60 * DAY;
      let stage: Stage = 'identified';
      const steps: Array<{ stage: Stage; at: Date }> = [{ stage, at: new Date(at) }];
      while (stage in RACE_EXITS) {
        const from = stage as OpenStage;
        at += -truth.mean[from] * Math.log(1 - rand()) * DAY;
        if (at > NOW.getTime()) break; // still open: censored
        const u = rand();
        let acc = 0;
        stage = RACE_EXITS[from].find((t) => (acc += truth.exits[from][t] ?? 0) > u) ?? 'lost';
        steps.push({ stage, at: new Date(at) });
      }
      return { steps };
    });
  }

  const truth: { exits: Record<OpenStage, Partial<Record<Stage, number>>>; mean: Record<OpenStage, number> } = {
    exits: {
      identified: { contacted: 0.8, lost: 0.2 },
      contacted: { proposal_sent: 0.65, lost: 0.35 },
      proposal_sent: { negotiating: 0.3, won: 0.5, lost: 0.2 },
      negotiating: { won: 0.55, proposal_sent: 0.15, lost: 0.3 },
    },
    mean: { identified: 1.5, contacted: 3, proposal_sent: 4, negotiating: 2.5 },
  };

  it('recovers known conversions within 0.04 and mean days within 10 % from 4,000 synthetic deals', () => {
    const estimates = estimateRace({ now: NOW, history: syntheticHistory(4_000, truth), settings });
    for (const stage of OPEN_STAGES) {
      const e = estimates[stage];
      expect(e.source).toBe('history');
      expect(e.observedExits).toBeGreaterThan(300);
      for (const t of RACE_EXITS[stage]) expect(Math.abs((e.exits[t] ?? 0) - (truth.exits[stage][t] ?? 0))).toBeLessThanOrEqual(0.04);
      expect(Math.abs(e.meanDays - truth.mean[stage]) / truth.mean[stage]).toBeLessThanOrEqual(0.1);
    }
  });

  it('needs the deals still open: ignoring them would make the stages look shorter', () => {
    const history = syntheticHistory(4_000, truth);
    const closedOnly = history.filter((h) => !(h.steps[h.steps.length - 1].stage in RACE_EXITS));
    const withOpen = estimateRace({ now: NOW, history, settings }).negotiating.meanDays;
    const without = estimateRace({ now: NOW, history: closedOnly, settings }).negotiating.meanDays;
    expect(without).toBeLessThan(withOpen);
  });

  it('falls back to the priors with no history, and blends them in where it is thin', () => {
    const priors = racePriors(settings);
    const none = estimateRace({ now: NOW, history: [], settings });
    for (const stage of OPEN_STAGES) {
      expect(none[stage].source).toBe('prior');
      expect(none[stage].priorShare).toBe(1);
      expect(none[stage].meanDays).toBeCloseTo(priors[stage].meanDays, 9);
      const total = Object.values(none[stage].exits).reduce((a, b) => a + (b ?? 0), 0);
      expect(total).toBeCloseTo(1, 9);
    }
    // Priors from the default win probabilities: 10 % from identified, 25 % from contacted.
    expect(none.identified.exits.contacted).toBeCloseTo(0.4, 9);
    expect((none.proposal_sent.exits.won ?? 0) + (none.proposal_sent.exits.negotiating ?? 0) * (none.negotiating.exits.won ?? 0)).toBeCloseTo(0.5, 9);
    expect(none.contacted.meanDays).toBeCloseTo(7, 9); // 5 business days

    // Five deals, each contacted a day after it was identified and still there.
    const five: DealHistory[] = Array.from({ length: 5 }, () => ({
      steps: [
        { stage: 'identified', at: new Date(NOW.getTime() - 3 * DAY) },
        { stage: 'contacted', at: new Date(NOW.getTime() - 2 * DAY) },
      ],
    }));
    const thin = estimateRace({ now: NOW, history: five, settings });
    expect(thin.identified.source).toBe('blend');
    expect(thin.identified.priorShare).toBeCloseTo(RACE_PRIOR_WEIGHT / 15, 9);
    expect(thin.identified.exits.contacted).toBeCloseTo((5 + RACE_PRIOR_WEIGHT * 0.4) / 15, 9);
    expect(thin.identified.meanDays).toBeCloseTo((5 + RACE_PRIOR_WEIGHT * priors.identified.meanDays) / 15, 9);
    expect(thin.contacted.source).toBe('prior');
    expect(thin.contacted.exposureDays).toBeCloseTo(10, 9);
  });

  it('stops reading a deal at a move the pipeline does not make, and refuses a bad prior weight', () => {
    const skipped: DealHistory[] = [
      {
        steps: [
          { stage: 'identified', at: new Date(NOW.getTime() - 3 * DAY) },
          { stage: 'won', at: new Date(NOW.getTime() - 2 * DAY) },
        ],
      },
    ];
    const e = estimateRace({ now: NOW, history: skipped, settings });
    expect(e.identified.observedExits).toBe(0);
    expect(e.identified.exposureDays).toBe(0);
    expect(() => estimateRace({ now: NOW, history: [], settings, priorWeight: 0 })).toThrow(DomainRuleError);
  });
});
