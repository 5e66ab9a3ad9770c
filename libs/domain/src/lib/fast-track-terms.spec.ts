import * as fc from 'fast-check';
import { DEFAULT_CAMPAIGN_SETTINGS } from './campaign-settings';
import { DomainRuleError } from './domain-error';
import {
  canApprove,
  isProposalExpired,
  proposalTotals,
  proposalValidUntil,
  requiredApproval,
  switchCredit,
  type ProposalLine,
} from './fast-track-terms';
import { SERVICE_KINDS } from './vocabulary';

const settings = DEFAULT_CAMPAIGN_SETTINGS;
const at = (iso: string) => new Date(iso);

describe('Euronext fast-track offer: 12 VPN sites at €1,250 + €2,000 setup, transit at €4,999.99, 12.5 % off, 12 months', () => {
  const lines: ProposalLine[] = [
    { serviceKind: 'vpn', description: 'Pan-European VPN site', quantity: 12, monthlyUnitPrice: 125_000, oneTimeFee: 200_000 },
    { serviceKind: 'ip_transit', quantity: 1, monthlyUnitPrice: 499_999, oneTimeFee: 0 },
  ];
  const totals = proposalTotals({ lines, discountPercent: 12.5, termMonths: 12, switchCredit: 0 });

  it('monthly subtotal 12 × 125,000 + 499,999 = 1,999,999 cents', () => expect(totals.monthlySubtotal).toBe(1_999_999));
  it('discount 12.5 % = 249,999.875 → 250,000 cents (rounded once, half away from zero)', () =>
    expect(totals.monthlyDiscount).toBe(250_000));
  it('monthly total 1,749,999; one-time 200,000 (fees are per line, not discounted)', () => {
    expect(totals.monthlyTotal).toBe(1_749_999);
    expect(totals.oneTimeTotal).toBe(200_000);
  });
  it('over the term: 1,749,999 × 12 + 200,000 = 21,199,988 cents', () => expect(totals.totalOverTerm).toBe(21_199_988));
  it('12.5 % is beyond the rep limit: a manager must approve', () => {
    expect(requiredApproval(12.5, settings.discountLimits)).toBe('manager');
    expect(canApprove('rep', 'manager')).toBe(false);
    expect(canApprove('manager', 'manager')).toBe(true);
  });
});

describe('AMEN 2005: a web customer prepaid a year, to 30 April 2006; cutover Friday 29 April 2005', () => {
  const plannedCutoverAt = at('2005-04-29T17:00:00+02:00');

  it('366 days × €30 × 50 % / 30 = €183, capped at 3 × €25 = €75', () => {
    expect(
      switchCredit({
        prepaidUntil: at('2006-04-30T00:00:00+02:00'),
        plannedCutoverAt,
        rivalMonthlySpend: 3_000,
        proposalMonthlyValue: 2_500,
        settings,
      }),
    ).toEqual({ amount: 7_500, prepaidMonthsRemaining: 12.2, prepaidDaysRemaining: 366, capped: true });
  });

  it('the credit comes off the total: €22.50 × 12 − €75 = €195', () => {
    const totals = proposalTotals({
      lines: [{ serviceKind: 'web_hosting', quantity: 1, monthlyUnitPrice: 2_500, oneTimeFee: 0 }],
      discountPercent: 10,
      termMonths: 12,
      switchCredit: 7_500,
    });
    expect(totals).toEqual({
      monthlySubtotal: 2_500,
      monthlyDiscount: 250,
      monthlyTotal: 2_250,
      oneTimeTotal: 0,
      switchCredit: 7_500,
      totalOverTerm: 19_500,
    });
    expect(requiredApproval(10, settings.discountLimits)).toBe('rep');
  });

  it('a one-month term never goes below zero: 2,250 − 7,500 → 0', () => {
    const totals = proposalTotals({
      lines: [{ serviceKind: 'web_hosting', quantity: 1, monthlyUnitPrice: 2_500, oneTimeFee: 0 }],
      discountPercent: 10,
      termMonths: 1,
      switchCredit: 7_500,
    });
    expect(totals.totalOverTerm).toBe(0);
  });

  it('prepaid to 20 May 2005: 21 days × €30 × 50 % / 30 = €10.50, not capped', () => {
    expect(
      switchCredit({
        prepaidUntil: at('2005-05-20T23:59:00+02:00'),
        plannedCutoverAt,
        rivalMonthlySpend: 3_000,
        proposalMonthlyValue: 2_500,
        settings,
      }),
    ).toEqual({ amount: 1_050, prepaidMonthsRemaining: 0.7, prepaidDaysRemaining: 21, capped: false });
  });

  it('rounds once, half away from zero: 3 days × 10 cents × 50 % / 30 = 0.5 → 1 cent; 1 day × 1,001 → 16.68 → 17', () => {
    const credit = (prepaidUntil: string, rivalMonthlySpend: number) =>
      switchCredit({ prepaidUntil: at(prepaidUntil), plannedCutoverAt, rivalMonthlySpend, proposalMonthlyValue: 100_000, settings }).amount;
    expect(credit('2005-05-02T12:00:00+02:00', 10)).toBe(1);
    expect(credit('2005-04-30T12:00:00+02:00', 1_001)).toBe(17);
  });

  it('nothing prepaid past the cutover, nothing credited', () => {
    const none = { amount: 0, prepaidMonthsRemaining: 0, prepaidDaysRemaining: 0, capped: false };
    const base = { plannedCutoverAt, rivalMonthlySpend: 3_000, proposalMonthlyValue: 2_500, settings };
    expect(switchCredit({ ...base, prepaidUntil: null })).toEqual(none);
    expect(switchCredit({ ...base, prepaidUntil: at('2005-04-29T23:00:00+02:00') })).toEqual(none);
    expect(switchCredit({ ...base, prepaidUntil: at('2005-03-31T00:00:00+02:00') })).toEqual(none);
  });

  it('a campaign with no cap credits nothing and says it was capped', () => {
    expect(
      switchCredit({
        prepaidUntil: at('2005-06-29T00:00:00+02:00'),
        plannedCutoverAt,
        rivalMonthlySpend: 3_000,
        proposalMonthlyValue: 2_500,
        settings: { ...settings, switchCredit: { ratePercent: 50, capMonths: 0 } },
      }),
    ).toMatchObject({ amount: 0, capped: true });
  });

  it('refuses negative spends and impossible settings', () => {
    const base = { prepaidUntil: null, plannedCutoverAt, rivalMonthlySpend: 3_000, proposalMonthlyValue: 2_500, settings };
    expect(() => switchCredit({ ...base, rivalMonthlySpend: -1 })).toThrow(expect.objectContaining({ field: 'rivalMonthlySpend' }));
    expect(() => switchCredit({ ...base, settings: { ...settings, switchCredit: { ratePercent: 150, capMonths: 3 } } })).toThrow(
      expect.objectContaining({ field: 'switchCredit.ratePercent' }),
    );
    expect(() => switchCredit({ ...base, settings: { ...settings, switchCredit: { ratePercent: 50, capMonths: 1.5 } } })).toThrow(
      expect.objectContaining({ field: 'switchCredit.capMonths' }),
    );
  });
});

describe('discount approvals: rep up to 10 %, manager up to 25 %, admin beyond', () => {
  it.each([
    [0, 'rep'],
    [10, 'rep'],
    [10.01, 'manager'],
    [25, 'manager'],
    [25.5, 'admin'],
    [100, 'admin'],
  ])('%d %% needs %s', (percent, level) => expect(requiredApproval(percent, settings.discountLimits)).toBe(level));

  it('an admin approves anything, a manager up to manager, a rep only rep', () => {
    expect(canApprove('admin', 'admin')).toBe(true);
    expect(canApprove('manager', 'admin')).toBe(false);
    expect(canApprove('manager', 'rep')).toBe(true);
    expect(canApprove('rep', 'rep')).toBe(true);
  });

  it('refuses a discount outside 0–100', () => {
    expect(() => requiredApproval(-5, settings.discountLimits)).toThrow(DomainRuleError);
  });
});

describe('a proposal sent on Wednesday 25 March 2026 10:00 Paris is valid 7 calendar days', () => {
  const validUntil = proposalValidUntil(at('2026-03-25T10:00:00+01:00'), settings);
  it('until Wednesday 1 April 10:00 Paris (08:00Z, summer time)', () => expect(validUntil.toISOString()).toBe('2026-04-01T08:00:00.000Z'));
  it('and expires right after', () => {
    expect(isProposalExpired(validUntil, at('2026-04-01T10:00:00+02:00'))).toBe(false);
    expect(isProposalExpired(validUntil, at('2026-04-01T10:00:00.001+02:00'))).toBe(true);
  });
});

describe('proposal inputs that are refused, with the offending field', () => {
  const line: ProposalLine = { serviceKind: 'vpn', quantity: 1, monthlyUnitPrice: 1_000, oneTimeFee: 0 };
  it.each([
    [{ lines: [{ ...line, monthlyUnitPrice: -1 }] }, 'lines[0].monthlyUnitPrice'],
    [{ lines: [line, { ...line, oneTimeFee: 10.5 }] }, 'lines[1].oneTimeFee'],
    [{ lines: [{ ...line, quantity: 0 }] }, 'lines[0].quantity'],
    [{ lines: [{ ...line, quantity: 1.5 }] }, 'lines[0].quantity'],
    [{ discountPercent: 101 }, 'discountPercent'],
    [{ discountPercent: -0.01 }, 'discountPercent'],
    [{ termMonths: 0 }, 'termMonths'],
    [{ termMonths: 1.5 }, 'termMonths'],
    [{ switchCredit: -1 }, 'switchCredit'],
    [{ lines: [{ ...line, quantity: 2 ** 40, monthlyUnitPrice: 2 ** 40 }] }, 'lines'],
  ])('%j → %s', (override, field) => {
    const input = { lines: [line], discountPercent: 0, termMonths: 12, switchCredit: 0, ...override };
    expect(() => proposalTotals(input)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', field }));
  });
});

describe('property: proposal totals equal the sum of the lines less the discount, to the cent', () => {
  it('holds for any lines, discount (two decimals), term and credit', () => {
    const lineArb = fc.record({
      serviceKind: fc.constantFrom(...SERVICE_KINDS),
      quantity: fc.integer({ min: 1, max: 500 }),
      monthlyUnitPrice: fc.integer({ min: 0, max: 10_000_000 }),
      oneTimeFee: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 8 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (lines, hundredths, termMonths, credit) => {
          const totals = proposalTotals({ lines, discountPercent: hundredths / 100, termMonths, switchCredit: credit });
          const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.monthlyUnitPrice, 0);
          expect(totals.monthlySubtotal).toBe(subtotal);
          expect(totals.monthlyTotal + totals.monthlyDiscount).toBe(subtotal);
          // The discount is the exact one rounded half away from zero: −½ < discount − exact ≤ ½ cent (a tie rounds up).
          const exactTimes10000 = BigInt(subtotal) * BigInt(hundredths);
          const diff = BigInt(totals.monthlyDiscount) * 10_000n - exactTimes10000;
          expect(diff > -5_000n && diff <= 5_000n).toBe(true);
          expect(totals.oneTimeTotal).toBe(lines.reduce((sum, l) => sum + l.oneTimeFee, 0));
          expect(totals.totalOverTerm).toBe(Math.max(0, totals.monthlyTotal * termMonths + totals.oneTimeTotal - credit));
          for (const value of Object.values(totals)) expect(Number.isSafeInteger(value)).toBe(true);
        },
      ),
    );
  });
});
