import { intlLocale } from '../../../lib/i18n/format';

/** 0.42 → "42 %" (fr) or "42%" (en). */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** 12.5 → "12.5%"; the discount as the proposal states it, in percent. */
export function formatPercentValue(percent: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits }).format(value);
}
