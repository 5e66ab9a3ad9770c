import { DomainRuleError, invalidArgument } from './domain-error';
import { assertMinorUnits, divideRoundHalfAwayFromZero, formatMoney, percentOf, percentToHundredths } from './money';

describe('rounding rule: once per computed amount, half away from zero, to the minor unit', () => {
  it('rounds halves away from zero and everything else to the nearest', () => {
    expect(divideRoundHalfAwayFromZero(5n, 2n)).toBe(3n); // 2.5 → 3
    expect(divideRoundHalfAwayFromZero(3n, 2n)).toBe(2n); // 1.5 → 2
    expect(divideRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n); // −2.5 → −3
    expect(divideRoundHalfAwayFromZero(7n, 3n)).toBe(2n); // 2.33 → 2
    expect(divideRoundHalfAwayFromZero(8n, 3n)).toBe(3n); // 2.67 → 3
    expect(divideRoundHalfAwayFromZero(0n, 7n)).toBe(0n);
  });

  it('10 % of 105 cents is 10.5 → 11 cents; 12.5 % of 1,999,999 cents is 249,999.875 → 250,000', () => {
    expect(percentOf(105, 10)).toBe(11);
    expect(percentOf(104, 10)).toBe(10);
    expect(percentOf(1_999_999, 12.5)).toBe(250_000);
  });

  it('is exact for amounts where floating point would drift (0.1 + 0.2)', () => {
    expect(percentOf(30, 1)).toBe(0); // 0.3 → 0
    expect(percentOf(9_007_199_254_740_991, 100)).toBe(9_007_199_254_740_991);
  });
});

describe('inputs the money rules refuse', () => {
  it('percentages outside 0–100 or with more than two decimals', () => {
    expect(() => percentToHundredths(-1, 'discountPercent')).toThrow(DomainRuleError);
    expect(() => percentToHundredths(100.01, 'discountPercent')).toThrow(/between 0 and 100/);
    expect(() => percentToHundredths(12.345, 'discountPercent')).toThrow(/two decimals/);
    expect(() => percentToHundredths(Number.NaN, 'discountPercent')).toThrow(DomainRuleError);
    expect(percentToHundredths(12.34, 'discountPercent')).toBe(1234n);
  });

  it('amounts that are negative, fractional or unsafe, naming the field', () => {
    expect(() => assertMinorUnits(-1, 'price')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'price' }));
    expect(() => assertMinorUnits(1.5, 'price')).toThrow(/minor units/);
    expect(() => assertMinorUnits(2 ** 60, 'price')).toThrow(DomainRuleError);
    expect(() => assertMinorUnits(0, 'price')).not.toThrow();
  });
});

describe('DomainRuleError', () => {
  it('is an Error with a name, a code and an optional field', () => {
    const error = invalidArgument('termMonths', 'termMonths must be 1 or more.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainRuleError);
    expect(error.name).toBe('DomainRuleError');
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.field).toBe('termMonths');
    expect(new DomainRuleError('NOT_PERMITTED', 'No.').field).toBeUndefined();
  });
});

describe('formatMoney', () => {
  it('shows minor units as a currency amount', () => {
    expect(formatMoney(1_234_500)).toBe('€12,345.00');
    expect(formatMoney(3_000, 'GBP')).toBe('£30.00');
  });
});
