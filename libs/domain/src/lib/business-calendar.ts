import { tzOffset } from '@date-fns/tz';
import { invalidArgument } from './domain-error';

/**
 * Business days are Monday to Friday in the campaign's IANA time zone (default Europe/Paris).
 * Public holidays are not business-day exceptions (DESIGN.md §3 says Monday to Friday).
 *
 * Internally, a local wall-clock time is represented as "local milliseconds": the epoch
 * milliseconds the same wall-clock reading would have in UTC. Calendar arithmetic happens on
 * local milliseconds (where every day is 24 h long), then converts back to an instant, which
 * is what makes the results right across daylight-saving changes.
 *
 * Converting a wall-clock time that does not exist (a spring-forward gap) yields the instant
 * the clocks would show after the jump (02:30 on the change day → 03:30); an ambiguous one
 * (the autumn overlap) yields its first occurrence. In Europe these only happen on Sundays,
 * so business-day results are exact there.
 */

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Zones already found valid: asking the runtime again costs an Intl format each time. */
const knownZones = new Set<string>();

/** Throws unless `timeZone` is an IANA zone (or UTC offset) the runtime knows. */
export function assertTimeZone(timeZone: string, field = 'timeZone'): void {
  if (knownZones.has(timeZone)) return;
  if (typeof timeZone !== 'string' || timeZone.trim() === '' || Number.isNaN(tzOffset(timeZone, new Date(0)))) {
    throw invalidArgument(field, `${field} must be an IANA time zone such as "Europe/Paris"; got "${String(timeZone)}".`);
  }
  knownZones.add(timeZone);
}

/** Throws unless `value` is a valid Date. */
export function assertDate(value: Date, field: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw invalidArgument(field, `${field} must be a valid date.`);
  }
}

/**
 * Offsets already read, by zone and UTC minute. Since 2000 every zone's offset is a whole number
 * of minutes and changes on a whole minute, so one reading holds for its whole minute; earlier
 * instants (some zones had offsets in seconds until 1972) are always asked. Reading an offset
 * formats a date with Intl, the costliest step of calendar arithmetic: a request computing a
 * dozen deadlines asks for the same minutes as the one before it.
 */
const CACHED_FROM_MS = Date.UTC(2000, 0, 1);
const CACHE_LIMIT = 100_000;
const offsetCache = new Map<string, Map<number, number>>();

function offsetMs(timeZone: string, epochMs: number): number {
  if (!(epochMs >= CACHED_FROM_MS)) return tzOffset(timeZone, new Date(epochMs)) * MINUTE_MS;
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const minute = Math.floor(epochMs / MINUTE_MS);
  let offset = zone.get(minute);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(epochMs)) * MINUTE_MS;
    if (Number.isNaN(offset)) return offset;
    if (zone.size >= CACHE_LIMIT) zone.clear();
    zone.set(minute, offset);
  }
  return offset;
}

/** The wall-clock reading of `instant` in `timeZone`, as local milliseconds. */
export function toLocalMs(instant: Date, timeZone: string): number {
  return instant.getTime() + offsetMs(timeZone, instant.getTime());
}

/** The instant whose wall-clock reading in `timeZone` is `localMs` (gap → after the jump, overlap → first). */
export function fromLocalMs(localMs: number, timeZone: string): Date {
  const before = offsetMs(timeZone, localMs - DAY_MS);
  const candidates = [before, offsetMs(timeZone, localMs), offsetMs(timeZone, localMs + DAY_MS)].sort((a, b) => b - a);
  for (const offset of candidates) {
    // A larger offset gives an earlier instant: the first valid one is the first occurrence.
    if (offsetMs(timeZone, localMs - offset) === offset) return new Date(localMs - offset);
  }
  // The wall-clock time falls in a gap: read it with the offset in force before the jump.
  return new Date(localMs - before);
}

/** 0 = Sunday … 6 = Saturday, for local milliseconds. */
function weekdayOfLocal(localMs: number): number {
  return new Date(localMs).getUTCDay();
}

function isWeekdayLocal(localMs: number): boolean {
  const day = weekdayOfLocal(localMs);
  return day !== 0 && day !== 6;
}

function startOfDayLocal(localMs: number): number {
  return Math.floor(localMs / DAY_MS) * DAY_MS;
}

/** The local day of the week of `instant` in `timeZone`: 0 = Sunday … 6 = Saturday. */
export function localWeekday(instant: Date, timeZone: string): number {
  return weekdayOfLocal(toLocalMs(instant, timeZone));
}

/** True when `instant` falls on a Monday to Friday in `timeZone`. */
export function isBusinessDay(instant: Date, timeZone: string): boolean {
  assertDate(instant, 'instant');
  assertTimeZone(timeZone);
  return isWeekdayLocal(toLocalMs(instant, timeZone));
}

/** Local midnight at the start of `instant`'s day in `timeZone`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  return fromLocalMs(startOfDayLocal(toLocalMs(instant, timeZone)), timeZone);
}

/** Monday 00:00 local of the week containing `instant` (weeks run Monday to Sunday). */
export function startOfLocalWeek(instant: Date, timeZone: string): Date {
  const day = startOfDayLocal(toLocalMs(instant, timeZone));
  const sinceMonday = (weekdayOfLocal(day) + 6) % 7;
  return fromLocalMs(day - sinceMonday * DAY_MS, timeZone);
}

/** `days` calendar days later (or earlier, when negative) at the same local wall-clock time. */
export function addCalendarDays(instant: Date, days: number, timeZone: string): Date {
  assertDate(instant, 'instant');
  assertTimeZone(timeZone);
  if (!Number.isSafeInteger(days)) throw invalidArgument('days', `days must be a whole number; got ${days}.`);
  return fromLocalMs(toLocalMs(instant, timeZone) + days * DAY_MS, timeZone);
}

/**
 * `days` business days after `from`, at the same local wall-clock time.
 *
 * When `from` falls on a Saturday or Sunday, counting starts from the next Monday at 00:00
 * local: `+0` gives Monday 00:00 and `+2` gives Wednesday 00:00 (two whole business days,
 * Monday and Tuesday, have passed). The result is therefore always on a business day.
 *
 * Example: Friday 2026-03-27 10:00 Paris (09:00Z) + 1 = Monday 2026-03-30 10:00 Paris, which
 * is 08:00Z because summer time began on Sunday.
 */
export function addBusinessDays(from: Date, days: number, timeZone: string): Date {
  assertDate(from, 'from');
  assertTimeZone(timeZone);
  if (!Number.isSafeInteger(days) || days < 0) {
    throw invalidArgument('days', `days must be a whole number of business days, 0 or more; got ${days}.`);
  }
  let local = toLocalMs(from, timeZone);
  const weekday = weekdayOfLocal(local);
  if (weekday === 6 || weekday === 0) {
    local = startOfDayLocal(local) + (weekday === 6 ? 2 : 1) * DAY_MS;
  }
  local += Math.floor(days / 5) * 7 * DAY_MS;
  let remaining = days % 5;
  while (remaining > 0) {
    local += DAY_MS;
    if (isWeekdayLocal(local)) remaining -= 1;
  }
  return fromLocalMs(local, timeZone);
}

/**
 * `days` business days before `from`, at the same local wall-clock time: counting back, each
 * Monday to Friday passed is one. Friday 10:00 − 1 is Thursday 10:00; Monday 10:00 − 1 is the
 * Friday before, 10:00; from a Saturday or Sunday, − 1 is the Friday before.
 */
export function subtractBusinessDays(from: Date, days: number, timeZone: string): Date {
  assertDate(from, 'from');
  assertTimeZone(timeZone);
  if (!Number.isSafeInteger(days) || days < 0) {
    throw invalidArgument('days', `days must be a whole number of business days, 0 or more; got ${days}.`);
  }
  let local = toLocalMs(from, timeZone);
  for (let left = days; left > 0; ) {
    local -= DAY_MS;
    if (isWeekdayLocal(local)) left -= 1;
  }
  return fromLocalMs(local, timeZone);
}

/**
 * Whole business days elapsed from `a` to `b`: the largest n such that
 * `addBusinessDays(a, n) ≤ b`. Negative (the same count, reversed) when `b` is before `a`.
 * Friday 10:00 → Monday 09:59 is 0; Friday 10:00 → Monday 10:00 is 1.
 */
export function businessDaysBetween(a: Date, b: Date, timeZone: string): number {
  assertDate(a, 'a');
  assertDate(b, 'b');
  assertTimeZone(timeZone);
  if (b.getTime() < a.getTime()) return -businessDaysBetween(b, a, timeZone);
  // n business days span at least n calendar days, so n ≤ calendar days + 1 bounds the search.
  let low = 0;
  let high = Math.ceil((b.getTime() - a.getTime()) / DAY_MS) + 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (addBusinessDays(a, middle, timeZone).getTime() <= b.getTime()) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * `instant` itself when it falls on a business day; otherwise the last millisecond of the
 * previous business day (Sunday 14:00 → Friday 23:59:59.999 local).
 */
export function latestBusinessMomentAtOrBefore(instant: Date, timeZone: string): Date {
  assertDate(instant, 'instant');
  assertTimeZone(timeZone);
  const local = toLocalMs(instant, timeZone);
  if (isWeekdayLocal(local)) return instant;
  let day = startOfDayLocal(local);
  do {
    day -= DAY_MS;
  } while (!isWeekdayLocal(day));
  return new Date(fromLocalMs(day + DAY_MS, timeZone).getTime() - 1);
}
