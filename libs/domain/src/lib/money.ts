import { invalidArgument } from './domain-error';

/**
 * Money is an integer number of minor units (cents). Every computed amount is rounded once,
 * half away from zero, to the minor unit: 0.5 → 1, 1.5 → 2, −0.5 → −1. Intermediate products
 * are exact (BigInt), so no floating-point error reaches an amount.
 */

/** Throws unless `value` is a safe integer ≥ 0 (an amount in minor units). */
export function assertMinorUnits(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalidArgument(field, `${field} must be a whole, non-negative amount in minor units (cents); got ${value}.`);
  }
}

/** `numerator / denominator`, rounded half away from zero. `denominator` must be > 0. */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/**
 * A percentage as an integer number of hundredths of a percent (12.5 % → 1250). Percentages
 * carry at most two decimals, so they convert exactly; anything else is refused.
 */
export function percentToHundredths(percent: number, field: string, max = 100): bigint {
  const hundredths = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent < 0 || percent > max || Math.abs(hundredths - percent * 100) > 1e-6) {
    throw invalidArgument(field, `${field} must be a percentage between 0 and ${max} with at most two decimals; got ${percent}.`);
  }
  return BigInt(hundredths);
}

/** `percent` % of `amount` minor units, rounded once, half away from zero. */
export function percentOf(amount: number, percent: number, field = 'percent'): number {
  return Number(divideRoundHalfAwayFromZero(BigInt(amount) * percentToHundredths(percent, field), 10_000n));
}

/** Formats minor units for human text, e.g. 1234500 EUR → "€12,345.00". */
export function formatMoney(minorUnits: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(minorUnits / 100);
}
