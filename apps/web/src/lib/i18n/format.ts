import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Money as the api sends it: integer minor units and an ISO 4217 currency. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** Times are UTC instants shown in the campaign's time zone (DESIGN.md §3); Europe/Paris by default. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };
const DAY = 24 * 60 * 60 * 1000;

export function intlLocale(language: string): string {
  return LOCALES[language] ?? 'en-GB';
}

export function formatMoney(value: MoneyValue, language: string, opts: { compact?: boolean } = {}): string {
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: value.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const major = value.amount / 10 ** digits;
  if (opts.compact) {
    return new Intl.NumberFormat(intlLocale(language), {
      style: 'currency',
      currency: value.currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(major);
  }
  return format.format(major);
}

export function formatDate(iso: string, language: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
    new Date(iso),
  );
}

/** A day with its weekday, e.g. “Thursday 11 June” / “jeudi 11 juin”: a date to act by. */
export function formatWeekdayDate(iso: string, language: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(iso));
}

/** A percentage given as 0–100: whole from 10 on (“31%” / “31 %”), one decimal below (“0.4%”: a small chance is not none). */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }).format(value / 100);
}

export function formatShortDate(iso: string, language: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** The exact moment, for a tooltip: "6 December 2026, 20:41 CET". */
export function formatFullDateTime(iso: string, language: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['day', DAY],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago (or ahead) `iso` is from `now`, in the largest whole unit: "3 hours ago", "il y a 2 jours", "now". */
export function formatRelative(iso: string, now: Date, language: string): string {
  const delta = new Date(iso).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(delta) >= ms) return format.format(Math.trunc(delta / ms), unit);
  }
  return format.format(0, 'second');
}

/** A count or a quantity the reader's way: "99 844" (narrow no-break space) in French, "99,844" in English. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { style: 'short', type: 'unit' }).format(items);
}

/** The formatters for the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      money: (value: MoneyValue, opts?: { compact?: boolean }) => formatMoney(value, language, opts),
      date: (iso: string, timeZone?: string) => formatDate(iso, language, timeZone),
      shortDate: (iso: string, timeZone?: string) => formatShortDate(iso, language, timeZone),
      weekdayDate: (iso: string, timeZone?: string) => formatWeekdayDate(iso, language, timeZone),
      percent: (value: number) => formatPercent(value, language),
      dateTime: (iso: string, timeZone?: string) => formatDateTime(iso, language, timeZone),
      fullDateTime: (iso: string, timeZone?: string) => formatFullDateTime(iso, language, timeZone),
      relative: (iso: string, now: Date) => formatRelative(iso, now, language),
      list: (items: string[]) => formatList(items, language),
      number: (value: number) => formatNumber(value, language),
    }),
    [language],
  );
}
