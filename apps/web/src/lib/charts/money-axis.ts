import { intlLocale, type MoneyValue } from '../i18n/format';

/** Minor units in major units for a chart axis (charts plot numbers, not Money). */
export function toMajor(amount: number, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return amount / 10 ** digits;
}

/** A Money value in major units. */
export function major(value: MoneyValue): number {
  return toMajor(value.amount, value.currency);
}

/** A compact amount for an axis tick: "€1.2M", "1,2 M€". */
export function compactMoney(value: number, currency: string, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
