import { DEFAULT_CAMPAIGN_SETTINGS } from './campaign-settings';
import { DomainRuleError } from './domain-error';
import {
  assertPreApprovedDiscount,
  cutoverWeeks,
  offeredCutoverWeeks,
  offerLinesFromRivalServices,
  offerWorkload,
  personalOfferExpiresAt,
  personalOfferTerms,
} from './personal-offers';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);
const settings = { ...DEFAULT_CAMPAIGN_SETTINGS, timeZone: PARIS };

describe('an AMEN customer: two web hosting packs and a VPN line bought from the rival', () => {
  const services = [
    { kind: 'web_hosting' as const, quantity: 2, monthlyCost: 3_001 },
    { kind: 'vpn' as const, quantity: 1, monthlyCost: 10_000 },
  ];

  it('takes its lines from the rival services, unit price rounded once, no one-time fee', () => {
    expect(offerLinesFromRivalServices(services)).toEqual([
      { serviceKind: 'web_hosting', quantity: 2, monthlyUnitPrice: 1_501, oneTimeFee: 0 },
      { serviceKind: 'vpn', quantity: 1, monthlyUnitPrice: 10_000, oneTimeFee: 0 },
    ]);
    expect(offerWorkload(services)).toBe(3);
    expect(offerWorkload([])).toBe(1);
  });

  it('applies the batch discount and a switch credit from the months prepaid past the chosen cutover', () => {
    const terms = personalOfferTerms({
      services,
      discountPercent: 10,
      termMonths: 12,
      cutoverAt: at('2002-06-14T17:00:00+02:00'),
      prepaidUntil: at('2002-08-13T12:00:00+02:00'),
      rivalMonthlySpend: 13_000,
      settings,
    });
    // 13,002 a month less 10 % = 11,702; 60 days prepaid = 2 months × 13,000 × 50 % = 13,000 (cap 3 × 11,702)
    expect(terms.totals).toMatchObject({ monthlySubtotal: 13_002, monthlyDiscount: 1_300, monthlyTotal: 11_702 });
    expect(terms.credit).toMatchObject({ amount: 13_000, prepaidDaysRemaining: 60, capped: false });
    expect(terms.totals.totalOverTerm).toBe(11_702 * 12 - 13_000);
  });

  it('gives a smaller credit for a later cutover, none once the prepaid months are used', () => {
    const credit = (cutoverAt: Date) =>
      personalOfferTerms({ services, discountPercent: 0, termMonths: 12, cutoverAt, prepaidUntil: at('2002-08-13T12:00:00+02:00'), rivalMonthlySpend: 13_000, settings }).credit.amount;
    expect(credit(at('2002-06-21T17:00:00+02:00'))).toBeLessThan(credit(at('2002-06-14T17:00:00+02:00')));
    expect(credit(at('2002-08-16T17:00:00+02:00'))).toBe(0);
  });
});

describe('pre-approved discount', () => {
  const limits = { repPercent: 10, managerPercent: 25 };
  it('lets a manager pre-approve up to the manager limit, an admin beyond', () => {
    expect(assertPreApprovedDiscount(10, limits, 'manager')).toBe('rep');
    expect(assertPreApprovedDiscount(25, limits, 'manager')).toBe('manager');
    expect(assertPreApprovedDiscount(30, limits, 'admin')).toBe('admin');
  });
  it('refuses a discount above what the generator may approve, naming the field', () => {
    expect(() => assertPreApprovedDiscount(26, limits, 'manager')).toThrow(DomainRuleError);
    try {
      assertPreApprovedDiscount(26, limits, 'manager');
    } catch (e) {
      expect((e as DomainRuleError).field).toBe('discountPercent');
    }
  });
});

describe('cutover weeks offered: Wednesday 12 June 2002, shutdown Saturday 29 June 09:00, 10 units a week', () => {
  const now = at('2002-06-12T10:00:00+02:00');
  const shutdownAt = at('2002-06-29T09:00:00+02:00');
  const weeks = cutoverWeeks({
    now,
    timeZone: PARIS,
    weeklyCapacity: 10,
    shutdownAt,
    loads: [
      { at: at('2002-06-14T17:00:00+02:00'), workload: 8 },
      { at: at('2002-06-18T09:00:00+02:00'), workload: 10 },
    ],
  });

  it('lists the weeks from the current one to the shutdown, with their capacity left', () => {
    expect(weeks.map((w) => [w.weekStart.toISOString(), w.cutoverAt.toISOString(), w.capacityLeft])).toEqual([
      [at('2002-06-10T00:00:00+02:00').toISOString(), at('2002-06-14T17:00:00+02:00').toISOString(), 2],
      [at('2002-06-17T00:00:00+02:00').toISOString(), at('2002-06-21T17:00:00+02:00').toISOString(), 0],
      [at('2002-06-24T00:00:00+02:00').toISOString(), at('2002-06-28T17:00:00+02:00').toISOString(), 10],
    ]);
  });

  it('offers only the weeks with room for the offer', () => {
    expect(offeredCutoverWeeks(weeks, 1).map((w) => w.weekStart.toISOString())).toEqual([
      at('2002-06-10T00:00:00+02:00').toISOString(),
      at('2002-06-24T00:00:00+02:00').toISOString(),
    ]);
    expect(offeredCutoverWeeks(weeks, 3).map((w) => w.weekStart.toISOString())).toEqual([at('2002-06-24T00:00:00+02:00').toISOString()]);
  });

  it('ends the current week at its Friday 17:00, and cuts the last week at the shutdown', () => {
    const late = cutoverWeeks({ now: at('2002-06-21T18:00:00+02:00'), timeZone: PARIS, weeklyCapacity: 10, shutdownAt: at('2002-06-26T12:00:00+02:00'), loads: [] });
    expect(late.map((w) => w.cutoverAt.toISOString())).toEqual([at('2002-06-26T12:00:00+02:00').toISOString()]);
    expect(cutoverWeeks({ now, timeZone: PARIS, weeklyCapacity: 10, shutdownAt: at('2002-06-01T00:00:00+02:00'), loads: [] })).toEqual([]);
  });

  it('offers a horizon of weeks when the shutdown has no date', () => {
    expect(cutoverWeeks({ now, timeZone: PARIS, weeklyCapacity: 10, shutdownAt: null, loads: [], horizonWeeks: 4 })).toHaveLength(4);
  });

  it('expires an offer after its validity days, and refuses an absurd validity', () => {
    expect(personalOfferExpiresAt(now, 7, PARIS).toISOString()).toBe(at('2002-06-19T10:00:00+02:00').toISOString());
    expect(() => personalOfferExpiresAt(now, 0, PARIS)).toThrow(DomainRuleError);
  });
});
