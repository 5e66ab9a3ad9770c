import * as fc from 'fast-check';
import { DomainRuleError } from './domain-error';
import { computeUrgency, DEFAULT_URGENCY_WEIGHTS, monthlySpendPoints, type UrgencyInput } from './urgency';
import { RIVAL_HEALTHS, STAGES } from './vocabulary';

const at = (iso: string) => new Date(iso);
const PARIS = 'Europe/Paris';
// KPNQwest, Monday 10 June 2002, 09:00 in Paris.
const now = at('2002-06-10T09:00:00+02:00');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const summary = (result: ReturnType<typeof computeUrgency>) => result.factors.map((f) => [f.key, f.points]);

describe('Euronext, pan-European VPN, no backup, KPNQwest shutdown in 5 days: 40 + 20 + spend €60,000 (14) + 5 countries (5) = 79', () => {
  const result = computeUrgency({
    now,
    timeZone: PARIS,
    rival: { health: 'liquidating', shutdownExpectedAt: inDays(5) },
    account: {
      monthlySpend: 6_000_000,
      countries: ['FR', 'NL', 'BE', 'PT', 'GB'],
      hasBackupProvider: false,
      rivalIsPrincipalOperator: false,
    },
    stage: 'contacted',
    lastContactAt: at('2002-06-06T15:00:00+02:00'), // Thursday: one business day ago
  });

  it('scores 79', () => expect(result.score).toBe(79));

  it('explains it with four factors, highest first', () => {
    expect(summary(result)).toEqual([
      ['shutdown_within_7_days', 40],
      ['no_backup_provider', 20],
      ['monthly_spend', 14],
      ['multi_country', 5],
    ]);
  });

  it('says why with codes and parameters, not words', () => {
    expect(result.factors.map((f) => f.params)).toEqual([{ daysLeft: 5 }, {}, { monthlySpend: 6_000_000 }, { countries: ['BE', 'FR', 'GB', 'NL', 'PT'] }]);
  });
});

describe('AOL Europe, ISP with KPNQwest as principal operator, a backup, shutdown in 12 days, not called since it was added 5 business days ago: 30 + 15 + 10 + 10 + 5 = 70', () => {
  const result = computeUrgency({
    now,
    timeZone: PARIS,
    rival: { health: 'liquidating', shutdownExpectedAt: inDays(12) },
    account: {
      monthlySpend: 25_000_000,
      countries: ['DE', 'FR', 'GB', 'SE'],
      hasBackupProvider: true,
      rivalIsPrincipalOperator: true,
    },
    stage: 'identified',
    lastContactAt: null,
    createdAt: at('2002-06-03T09:00:00+02:00'),
  });

  it('scores 70 with the 14-day bracket only', () => {
    expect(result.score).toBe(70);
    expect(summary(result)).toEqual([
      ['shutdown_within_14_days', 30],
      ['monthly_spend', 15],
      ['no_recent_contact', 10],
      ['rival_principal_operator', 10],
      ['multi_country', 5],
    ]);
    expect(result.factors.find((f) => f.key === 'no_recent_contact')?.params).toEqual({ since: 'added', businessDays: 5 });
    expect(result.factors.find((f) => f.key === 'rival_principal_operator')?.params).toEqual({});
  });
});

describe('Lycos Europe, no deal yet and never contacted, no backup, principal operator, shutdown in 12 days: 30 + 20 + 13 + 10 + 10 + 5 = 88', () => {
  it('scores 88', () => {
    const result = computeUrgency({
      now,
      timeZone: PARIS,
      rival: { health: 'liquidating', shutdownExpectedAt: inDays(12) },
      account: {
        monthlySpend: 4_000_000,
        countries: ['DE', 'ES', 'FR', 'IT', 'NL', 'SE', 'GB', 'fr '],
        hasBackupProvider: false,
        rivalIsPrincipalOperator: true,
      },
      stage: null,
      lastContactAt: null,
    });
    expect(result.score).toBe(88);
    expect(summary(result)).toEqual([
      ['shutdown_within_14_days', 30],
      ['no_backup_provider', 20],
      ['monthly_spend', 13],
      ['no_recent_contact', 10],
      ['rival_principal_operator', 10],
      ['multi_country', 5],
    ]);
    expect(result.factors.find((f) => f.key === 'no_recent_contact')?.params).toEqual({ since: 'never' });
    expect(result.factors.find((f) => f.key === 'multi_country')?.params.countries).toHaveLength(7);
  });
});

describe('a hosted customer without backup while KPNQwest is liquidating and no date is known: 30 + 20 + €800 (5) = 55', () => {
  it('scores 55', () => {
    const result = computeUrgency({
      now,
      timeZone: PARIS,
      rival: { health: 'liquidating', shutdownExpectedAt: null },
      account: { monthlySpend: 80_000, countries: ['FR'], hasBackupProvider: false, rivalIsPrincipalOperator: false },
      stage: 'proposal_sent',
      lastContactAt: at('2002-05-01T10:00:00+02:00'),
    });
    expect(result.score).toBe(55);
    expect(summary(result)).toEqual([
      ['rival_liquidating_no_date', 30],
      ['no_backup_provider', 20],
      ['monthly_spend', 5],
    ]);
    expect(result.factors.map((f) => f.params)).toEqual([{}, {}, { monthlySpend: 80_000 }]);
  });

  it('an insolvent rival with no date gives 20 instead', () => {
    const result = computeUrgency({
      now,
      timeZone: PARIS,
      rival: { health: 'insolvent', shutdownExpectedAt: null },
      account: { monthlySpend: 0, countries: [], hasBackupProvider: true, rivalIsPrincipalOperator: false },
      stage: 'negotiating',
      lastContactAt: null,
    });
    expect(summary(result)).toEqual([['rival_insolvent_no_date', 20]]);
    expect(result.factors[0].params).toEqual({});
  });
});

describe('AMEN 2005, distressed web host, no date: a small prepaid web customer without backup scores 20', () => {
  it('counts only the missing backup (€30 a month gives no spend points)', () => {
    const result = computeUrgency({
      now: at('2005-04-13T10:00:00+02:00'),
      timeZone: PARIS,
      rival: { health: 'distressed', shutdownExpectedAt: null },
      account: { monthlySpend: 3_000, countries: ['FR'], hasBackupProvider: false, rivalIsPrincipalOperator: false },
      stage: 'proposal_sent',
      lastContactAt: at('2005-04-12T16:00:00+02:00'),
    });
    expect(result.score).toBe(20);
    expect(summary(result)).toEqual([['no_backup_provider', 20]]);
  });
});

describe('KPNQwest has shut down', () => {
  const hp: UrgencyInput = {
    now,
    timeZone: PARIS,
    rival: { health: 'shut_down', shutdownExpectedAt: inDays(-1) },
    account: {
      monthlySpend: 12_000_000,
      countries: ['FR', 'DE', 'GB', 'NL', 'IT', 'ES'],
      hasBackupProvider: false,
      rivalIsPrincipalOperator: false,
    },
    stage: 'contacted',
    lastContactAt: at('2002-05-27T09:00:00+02:00'), // 10 business days ago
  };

  it('HP, not migrated, with a heavier backup weight: 40 + 50 + 15 + 10 + 5 = 120, capped at 100', () => {
    const result = computeUrgency({ ...hp, weights: { noBackupProvider: 50 } });
    expect(result.score).toBe(100);
    expect(summary(result)).toEqual([
      ['no_backup_provider', 50],
      ['rival_shut_down', 40],
      ['monthly_spend', 15],
      ['no_recent_contact', 10],
      ['multi_country', 5],
    ]);
    expect(result.factors[1].params).toEqual({});
    expect(result.factors[3].params).toEqual({ since: 'last_contact', businessDays: 10 });
  });

  it('a passed shutdown date counts as shut down even before the health says so', () => {
    const result = computeUrgency({ ...hp, rival: { health: 'liquidating', shutdownExpectedAt: inDays(-0.5) } });
    expect(result.factors[0]).toEqual({
      key: 'rival_shut_down',
      points: 40,
      params: {},
    });
  });

  it('a migrated account gets no shutdown factor: it is safe', () => {
    const result = computeUrgency({ ...hp, account: { ...hp.account, migrated: true } });
    expect(result.factors.map((f) => f.key)).not.toContain('rival_shut_down');
    expect(result.score).toBe(20 + 15 + 10 + 5);
  });

  it('a weight set to 0 drops its factor', () => {
    const result = computeUrgency({ ...hp, weights: { noRecentContact: 0, multiCountry: 0 } });
    expect(result.factors.map((f) => f.key)).toEqual(['rival_shut_down', 'no_backup_provider', 'monthly_spend']);
  });
});

describe('shutdown brackets: only the highest matching one counts', () => {
  const base: UrgencyInput = {
    now,
    timeZone: PARIS,
    rival: { health: 'liquidating', shutdownExpectedAt: null },
    account: { monthlySpend: 0, countries: [], hasBackupProvider: true, rivalIsPrincipalOperator: false },
    stage: 'won',
    lastContactAt: null,
  };
  it.each([
    // Whole days left, rounded down as every countdown is (issue #20): half a day is 0, 7.01 days is 7.
    [0.5, 'shutdown_within_7_days', 40, 0],
    [7, 'shutdown_within_7_days', 40, 7],
    [7.01, 'shutdown_within_14_days', 30, 7],
    [12.99, 'shutdown_within_14_days', 30, 12],
    [14, 'shutdown_within_14_days', 30, 14],
    [30, 'shutdown_within_30_days', 20, 30],
    [90, 'shutdown_within_90_days', 10, 90],
  ])('%d days away: %s (%d)', (days, key, points, daysLeft) => {
    const result = computeUrgency({ ...base, rival: { health: 'liquidating', shutdownExpectedAt: inDays(days) } });
    expect(summary(result)).toEqual([[key, points]]);
    expect(result.factors[0].params).toEqual({ daysLeft });
  });

  it('more than 90 days away: no shutdown factor, and no "no date" factor either', () => {
    expect(computeUrgency({ ...base, rival: { health: 'liquidating', shutdownExpectedAt: inDays(91) } }).factors).toEqual([]);
  });

  it('with custom weights the highest matching bracket still wins', () => {
    const result = computeUrgency({
      ...base,
      rival: { health: 'liquidating', shutdownExpectedAt: inDays(3) },
      weights: { shutdownWithin7Days: 5, shutdownWithin14Days: 5, shutdownWithin30Days: 25 },
    });
    expect(summary(result)).toEqual([['shutdown_within_30_days', 25]]);
  });
});

describe('no recent contact counts only while the deal is at most contacted', () => {
  const idle: UrgencyInput = {
    now,
    timeZone: PARIS,
    rival: { health: 'operating', shutdownExpectedAt: null },
    account: { monthlySpend: 0, countries: [], hasBackupProvider: true, rivalIsPrincipalOperator: false },
    stage: 'identified',
    lastContactAt: at('2002-06-05T09:00:00+02:00'), // Wednesday: 3 business days ago
  };
  it('3 business days: counts; 2 business days and 23 hours: not yet', () => {
    expect(computeUrgency(idle).score).toBe(10);
    expect(computeUrgency({ ...idle, lastContactAt: at('2002-06-05T10:00:00+02:00') }).score).toBe(0);
  });
  it.each(STAGES.map((stage) => [stage, stage === 'identified' || stage === 'contacted' ? 10 : 0]))(
    'stage %s: %d points',
    (stage, points) => expect(computeUrgency({ ...idle, stage }).score).toBe(points),
  );
  it('an account added yesterday and not yet called does not count', () => {
    expect(computeUrgency({ ...idle, stage: null, lastContactAt: null, createdAt: at('2002-06-07T09:00:00+02:00') }).score).toBe(0);
  });
});

describe('monthly spend on a log scale: 0 at €100 a month or less, 15 at €100,000 or more', () => {
  it.each([
    [0, 0],
    [10_000, 0], // €100
    [10_001, 0],
    [50_000, 3], // 5 × log10(5) = 3.49
    [100_000, 5], // €1,000
    [200_000, 7], // 5 × (1 + log10(2)) = 6.505
    [1_000_000, 10], // €10,000
    [9_999_999, 15],
    [10_000_000, 15], // €100,000
    [1e12, 15],
  ])('%d minor units → %d points', (spend, points) => expect(monthlySpendPoints(spend, 15)).toBe(points));
});

describe('inputs computeUrgency refuses', () => {
  const input: UrgencyInput = {
    now,
    timeZone: PARIS,
    rival: { health: 'operating', shutdownExpectedAt: null },
    account: { monthlySpend: 0, countries: [], hasBackupProvider: true, rivalIsPrincipalOperator: false },
    stage: null,
    lastContactAt: null,
  };
  it('a negative spend, a bad weight, a bad zone', () => {
    expect(() => computeUrgency({ ...input, account: { ...input.account, monthlySpend: -1 } })).toThrow(
      expect.objectContaining({ field: 'account.monthlySpend' }),
    );
    expect(() => computeUrgency({ ...input, weights: { multiCountry: 2.5 } })).toThrow(expect.objectContaining({ field: 'weights.multiCountry' }));
    expect(() => computeUrgency({ ...input, timeZone: 'Nowhere/Else' })).toThrow(DomainRuleError);
  });
});

describe('properties of urgency', () => {
  const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true });
  const situation = fc.record({
    now: instants,
    health: fc.constantFrom(...RIVAL_HEALTHS),
    monthlySpend: fc.integer({ min: 0, max: 50_000_000 }),
    countries: fc.array(fc.constantFrom('FR', 'DE', 'GB', 'NL', 'BE', 'IT'), { maxLength: 6 }),
    hasBackupProvider: fc.boolean(),
    rivalIsPrincipalOperator: fc.boolean(),
    migrated: fc.boolean(),
    stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
    lastContactHoursAgo: fc.option(fc.integer({ min: 0, max: 24 * 30 }), { nil: null }),
  });
  type Situation = typeof situation extends fc.Arbitrary<infer T> ? T : never;
  const build = (s: Situation, shutdownExpectedAt: Date | null): UrgencyInput => ({
    now: s.now,
    timeZone: PARIS,
    rival: { health: s.health, shutdownExpectedAt },
    account: {
      monthlySpend: s.monthlySpend,
      countries: s.countries,
      hasBackupProvider: s.hasBackupProvider,
      rivalIsPrincipalOperator: s.rivalIsPrincipalOperator,
      migrated: s.migrated,
    },
    stage: s.stage,
    lastContactAt: s.lastContactHoursAgo === null ? null : new Date(s.now.getTime() - s.lastContactHoursAgo * 3_600_000),
  });
  const hours = fc.integer({ min: -24 * 10, max: 24 * 120 });

  it('an earlier shutdown never lowers urgency', () => {
    fc.assert(
      fc.property(situation, hours, hours, (s, h1, h2) => {
        const [earlier, later] = [Math.min(h1, h2), Math.max(h1, h2)].map((h) => new Date(s.now.getTime() + h * 3_600_000));
        expect(computeUrgency(build(s, earlier)).score).toBeGreaterThanOrEqual(computeUrgency(build(s, later)).score);
      }),
    );
  });

  it('having a backup provider never raises urgency', () => {
    fc.assert(
      fc.property(situation, fc.option(hours, { nil: null }), (s, h) => {
        const shutdown = h === null ? null : new Date(s.now.getTime() + h * 3_600_000);
        const withBackup = computeUrgency(build({ ...s, hasBackupProvider: true }, shutdown)).score;
        const without = computeUrgency(build({ ...s, hasBackupProvider: false }, shutdown)).score;
        expect(withBackup).toBeLessThanOrEqual(without);
      }),
    );
  });

  it('the score is a whole number from 0 to 100, the capped sum of its factors, with at most one shutdown factor', () => {
    fc.assert(
      fc.property(situation, fc.option(hours, { nil: null }), (s, h) => {
        const result = computeUrgency(build(s, h === null ? null : new Date(s.now.getTime() + h * 3_600_000)));
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBe(Math.min(100, result.factors.reduce((sum, f) => sum + f.points, 0)));
        expect(result.factors.filter((f) => /shut|no_date/.test(f.key)).length).toBeLessThanOrEqual(1);
        expect(result.factors.every((f) => f.points > 0 && typeof f.params === 'object')).toBe(true);
      }),
    );
  });

  it('the default weights are those of DESIGN.md §4', () => {
    expect(DEFAULT_URGENCY_WEIGHTS).toEqual({
      shutdownWithin7Days: 40,
      shutdownWithin14Days: 30,
      shutdownWithin30Days: 20,
      shutdownWithin90Days: 10,
      shutDownNotMigrated: 40,
      insolventNoDate: 20,
      liquidatingNoDate: 30,
      noBackupProvider: 20,
      rivalPrincipalOperator: 10,
      monthlySpendMax: 15,
      multiCountry: 5,
      noRecentContact: 10,
      // Issue #22: 2 or more outages touching the account's services in 30 days.
      rivalOutages: 10,
      // Issue #21: a customer collective's announced cancellations within 14 days (or passed).
      collectiveCancellation: 20,
    });
  });
});

/** An account no rule but the one under test touches: the rival distressed without a date, contacted today, a backup, no spend. */
const QUIET_ACCOUNT: UrgencyInput = {
  now,
  timeZone: PARIS,
  rival: { health: 'distressed', shutdownExpectedAt: null },
  account: { monthlySpend: 0, countries: ['FR'], hasBackupProvider: true, rivalIsPrincipalOperator: false },
  stage: 'proposal_sent',
  lastContactAt: now,
};

describe('AMEN web host down twice in a month: repeated outages add rival_outages', () => {
  const base = QUIET_ACCOUNT;
  const outage = (daysAgo: number, hours: number | null) => ({
    startedAt: inDays(-daysAgo),
    endedAt: hours === null ? null : new Date(inDays(-daysAgo).getTime() + hours * 3_600_000),
  });

  it('two outages touching its services in the last 30 days: 10 points, with how many and over how many days', () => {
    const result = computeUrgency({ ...base, outages: [outage(3, 5), outage(20, null)] });
    expect(result.factors).toEqual([{ key: 'rival_outages', points: 10, params: { outages: 2, days: 30 } }]);
  });

  it('one outage, or two of which one ended more than 30 days ago: no factor', () => {
    expect(computeUrgency({ ...base, outages: [outage(3, 5)] }).factors).toEqual([]);
    expect(computeUrgency({ ...base, outages: [outage(3, 5), outage(40, 1)] }).factors).toEqual([]);
  });

  it('its weight is set per campaign', () => {
    const result = computeUrgency({ ...base, outages: [outage(3, 5), outage(4, 5), outage(5, 1)], weights: { rivalOutages: 25 } });
    expect(summary(result)).toEqual([['rival_outages', 25]]);
    expect(result.factors[0].params).toEqual({ outages: 3, days: 30 });
  });
});

describe('AMEN’s collective announced its members’ cancellations: collective_cancellation', () => {
  const base = QUIET_ACCOUNT;

  it('within 14 days of the announced date: 20 points, with the whole days left', () => {
    const result = computeUrgency({ ...base, collectiveCancellationAt: new Date(inDays(12).getTime() + 3_600_000) });
    expect(result.factors).toEqual([{ key: 'collective_cancellation', points: 20, params: { daysLeft: 12 } }]);
    expect(result.score).toBe(20);
    expect(computeUrgency({ ...base, collectiveCancellationAt: inDays(14) }).factors.map((f) => f.key)).toEqual(['collective_cancellation']);
  });

  it('further than 14 days, or no date announced: no factor', () => {
    expect(computeUrgency({ ...base, collectiveCancellationAt: new Date(inDays(14).getTime() + 60_000) }).factors).toEqual([]);
    expect(computeUrgency({ ...base, collectiveCancellationAt: null }).factors).toEqual([]);
    expect(computeUrgency(base).factors).toEqual([]);
  });

  it('the date passed: the members are choosing a new provider, the factor stays with 0 days left', () => {
    expect(computeUrgency({ ...base, collectiveCancellationAt: inDays(-3) }).factors).toEqual([{ key: 'collective_cancellation', points: 20, params: { daysLeft: 0 } }]);
  });

  it('a migrated member is safe from it; its weight is set per campaign; a bad date is refused', () => {
    expect(computeUrgency({ ...base, account: { ...base.account, migrated: true }, collectiveCancellationAt: inDays(2) }).factors).toEqual([]);
    expect(summary(computeUrgency({ ...base, collectiveCancellationAt: inDays(2), weights: { collectiveCancellation: 35 } }))).toEqual([['collective_cancellation', 35]]);
    expect(() => computeUrgency({ ...base, collectiveCancellationAt: new Date(Number.NaN) })).toThrow(/collectiveCancellationAt/);
  });

  it('adds to the shutdown group rather than replacing it', () => {
    const result = computeUrgency({ ...base, rival: { health: 'liquidating', shutdownExpectedAt: inDays(5) }, collectiveCancellationAt: inDays(2) });
    expect(summary(result)).toEqual([
      ['shutdown_within_7_days', 40],
      ['collective_cancellation', 20],
    ]);
  });
});
