import { assertDate, assertTimeZone, fromLocalMs, toLocalMs } from './business-calendar';
import { invalidArgument } from './domain-error';
import { SERVICE_KINDS, type ServiceKind } from './vocabulary';

/**
 * A rival's outages measured against the availability its SLA claims (DESIGN.md §9, issue #22).
 *
 * The rules, in one place:
 * - Time is counted in whole minutes: an outage covers the minutes from its start, rounded down to
 *   the minute, up to its end rounded down to the minute (an ongoing outage: up to `now`, rounded down).
 * - Each impact weighs a share of a minute of downtime (campaign settings, defaults major 1,
 *   partial 0.5, degraded 0). For each minute the weight is the **largest** weight of the outages
 *   covering it, so overlapping outages never count a minute twice.
 * - Months are calendar months in the campaign's time zone (its `timeZone` setting, Europe/Paris
 *   by default): a month in which clocks change has 60 minutes more or fewer.
 * - The month in progress is measured up to `now`: its `elapsedMinutes` are the minutes so far,
 *   and availability, allowed downtime and shortfall are over those minutes.
 * - Allowed downtime is `elapsedMinutes × (100 − claimed %) / 100`; the shortfall is the weighted
 *   downtime beyond it (0 when the claim is met); both rounded to 2 decimals. No claim, no figures.
 */

export const OUTAGE_IMPACTS = ['major', 'partial', 'degraded'] as const;
export type OutageImpact = (typeof OUTAGE_IMPACTS)[number];

/** Share of a minute of downtime each impact counts for, 0 to 1 with at most 2 decimals. */
export type OutageImpactWeights = Record<OutageImpact, number>;

export const DEFAULT_OUTAGE_IMPACT_WEIGHTS: OutageImpactWeights = Object.freeze({ major: 1, partial: 0.5, degraded: 0 });

/** How far in the future an outage's start or end may lie (clocks differ): 5 minutes. */
export const OUTAGE_FUTURE_TOLERANCE_MS = 5 * 60_000;

const MINUTE_MS = 60_000;

/** The most months one computation covers. */
export const MONTHS_OF_AVAILABILITY = 36;

export interface OutageSpan {
  startedAt: Date;
  /** null while it goes on. */
  endedAt: Date | null;
  impact: OutageImpact;
}

export interface MonthAvailability {
  /** The calendar month, `YYYY-MM`, in the time zone. */
  month: string;
  /** Its first instant (local midnight of the 1st) and the first instant of the next month. */
  startsAt: Date;
  endsAt: Date;
  /** Minutes in the whole month. */
  minutes: number;
  /** Minutes measured: the whole month, or up to `now` for the month in progress. */
  elapsedMinutes: number;
  /** Σ over the measured minutes of the largest weight of the outages covering each one. */
  weightedDowntimeMinutes: number;
  /** 100 × (1 − weighted downtime / elapsed minutes); 100 when nothing is measured yet. */
  availabilityPercent: number;
  /** What the claim allows over the measured minutes; null without a claim. */
  allowedDowntimeMinutes: number | null;
  /** Weighted downtime beyond what the claim allows (0 when met); null without a claim. */
  shortfallMinutes: number | null;
}

export interface AvailabilityInput {
  outages: readonly OutageSpan[];
  now: Date;
  timeZone: string;
  /** How many months, ending with the month in progress at `now` (1 to 36). */
  months: number;
  weights?: OutageImpactWeights;
  /** The SLA's claim in percent (e.g. 99.9), or null. */
  claimedAvailabilityPercent: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function assertWeights(weights: OutageImpactWeights): void {
  for (const impact of OUTAGE_IMPACTS) {
    const w = weights[impact];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1 || Number(w.toFixed(2)) !== w) {
      throw invalidArgument(`weights.${impact}`, `weights.${impact} must be a number from 0 to 1 with at most 2 decimals; got ${String(w)}.`);
    }
  }
}

/** Weights in hundredths, so that sums are exact integers. */
const hundredths = (weights: OutageImpactWeights, impact: OutageImpact) => Math.round(weights[impact] * 100);

/** The first instant of the local calendar month `offset` months after the one containing `instant`. */
export function localMonthStart(instant: Date, timeZone: string, offset = 0): Date {
  const local = new Date(toLocalMs(instant, timeZone));
  return fromLocalMs(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1), timeZone);
}

/** `YYYY-MM` of the local calendar month containing `instant`. */
export function localMonthKey(instant: Date, timeZone: string): string {
  const local = new Date(toLocalMs(instant, timeZone));
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** An outage as whole minutes since the epoch, [from, to), cut at `nowMinute`. */
function minuteSpan(o: OutageSpan, nowMinute: number): [number, number] {
  const from = Math.floor(o.startedAt.getTime() / MINUTE_MS);
  const to = Math.min(Math.floor((o.endedAt ?? new Date(nowMinute * MINUTE_MS)).getTime() / MINUTE_MS), nowMinute);
  return [from, to];
}

/**
 * Σ over minutes in [from, to) of the largest weight (hundredths) covering each minute: a sweep over
 * the spans' boundaries; between two boundaries the set of covering spans does not change.
 */
function weightedHundredths(spans: ReadonlyArray<{ from: number; to: number; w: number }>, from: number, to: number): number {
  const inside = spans.filter((s) => s.w > 0 && s.to > s.from && s.to > from && s.from < to).map((s) => ({ from: Math.max(s.from, from), to: Math.min(s.to, to), w: s.w }));
  if (inside.length === 0) return 0;
  const points = [...new Set(inside.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    let max = 0;
    for (const s of inside) if (s.from <= a && s.to >= b && s.w > max) max = s.w;
    total += max * (b - a);
  }
  return total;
}

/**
 * Availability per calendar month against the claim, for the `months` months ending with the one in
 * progress at `now`, oldest first. Pure: `now` is a parameter.
 */
export function monthlyAvailability(input: AvailabilityInput): MonthAvailability[] {
  const { now, timeZone, outages } = input;
  assertDate(now, 'now');
  assertTimeZone(timeZone);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > MONTHS_OF_AVAILABILITY) {
    throw invalidArgument('months', `months must be a whole number from 1 to ${MONTHS_OF_AVAILABILITY}; got ${input.months}.`);
  }
  const claim = input.claimedAvailabilityPercent;
  if (claim !== null && (!Number.isFinite(claim) || claim < 0 || claim > 100)) {
    throw invalidArgument('claimedAvailabilityPercent', `claimedAvailabilityPercent must be from 0 to 100; got ${claim}.`);
  }
  const weights = input.weights ?? DEFAULT_OUTAGE_IMPACT_WEIGHTS;
  assertWeights(weights);
  const nowMinute = Math.floor(now.getTime() / MINUTE_MS);
  const spans = outages.map((o, i) => {
    assertDate(o.startedAt, `outages[${i}].startedAt`);
    if (o.endedAt !== null) assertDate(o.endedAt, `outages[${i}].endedAt`);
    const [from, to] = minuteSpan(o, nowMinute);
    return { from, to, w: hundredths(weights, o.impact) };
  });

  const result: MonthAvailability[] = [];
  for (let k = input.months - 1; k >= 0; k--) {
    const startsAt = localMonthStart(now, timeZone, -k);
    const endsAt = localMonthStart(now, timeZone, -k + 1);
    const first = Math.floor(startsAt.getTime() / MINUTE_MS);
    const end = Math.floor(endsAt.getTime() / MINUTE_MS);
    const measuredEnd = Math.min(end, nowMinute);
    const elapsedMinutes = Math.max(0, measuredEnd - first);
    const weighted = weightedHundredths(spans, first, measuredEnd) / 100;
    const allowed = claim === null ? null : round2((elapsedMinutes * (100 - claim)) / 100);
    result.push({
      month: localMonthKey(startsAt, timeZone),
      startsAt,
      endsAt,
      minutes: end - first,
      elapsedMinutes,
      weightedDowntimeMinutes: weighted,
      availabilityPercent: elapsedMinutes === 0 ? 100 : 100 * (1 - weighted / elapsedMinutes),
      allowedDowntimeMinutes: allowed,
      shortfallMinutes: allowed === null ? null : Math.max(0, round2(weighted - allowed)),
    });
  }
  return result;
}

export interface OutageFacts {
  startedAt: Date;
  endedAt: Date | null;
  impact: string;
  services: readonly string[];
}

/**
 * Checks an outage as recorded: a known impact, at least one known service (no repeats), a start
 * not in the future, an end after the start and not in the future (tolerance:
 * `OUTAGE_FUTURE_TOLERANCE_MS`). Throws `DomainRuleError('INVALID_ARGUMENT')` naming the field.
 */
export function assertOutage(outage: OutageFacts, now: Date): void {
  assertDate(outage.startedAt, 'startedAt');
  if (outage.endedAt !== null) assertDate(outage.endedAt, 'endedAt');
  if (!(OUTAGE_IMPACTS as readonly string[]).includes(outage.impact)) {
    throw invalidArgument('impact', `impact must be one of ${OUTAGE_IMPACTS.join(', ')}; got "${outage.impact}".`);
  }
  if (outage.services.length === 0) throw invalidArgument('services', 'An outage touches at least one service.');
  outage.services.forEach((s, i) => {
    if (!(SERVICE_KINDS as readonly string[]).includes(s)) {
      throw invalidArgument(`services[${i}]`, `services[${i}] must be one of ${SERVICE_KINDS.join(', ')}; got "${s}".`);
    }
  });
  if (new Set(outage.services).size !== outage.services.length) throw invalidArgument('services', 'A service is listed twice.');
  const latest = now.getTime() + OUTAGE_FUTURE_TOLERANCE_MS;
  if (outage.startedAt.getTime() > latest) throw invalidArgument('startedAt', 'An outage cannot start in the future.');
  if (outage.endedAt !== null) {
    if (outage.endedAt.getTime() <= outage.startedAt.getTime()) throw invalidArgument('endedAt', 'An outage ends after it starts.');
    if (outage.endedAt.getTime() > latest) throw invalidArgument('endedAt', 'An outage cannot end in the future: leave the end empty while it goes on.');
  }
}

/** Whether an outage touched any of `services`. */
export function outageTouches(outage: { services: readonly ServiceKind[] }, services: readonly ServiceKind[]): boolean {
  return outage.services.some((s) => services.includes(s));
}

/** Days looked back for the repeated-outages urgency factor, and how many outages it takes. */
export const RIVAL_OUTAGES_WINDOW_DAYS = 30;
export const RIVAL_OUTAGES_MIN_COUNT = 2;

/** Outages going on at some point in the last `days` days before `now` (ongoing ones included). */
export function countRecentOutages(outages: ReadonlyArray<{ startedAt: Date; endedAt: Date | null }>, now: Date, days = RIVAL_OUTAGES_WINDOW_DAYS): number {
  const since = now.getTime() - days * 86_400_000;
  return outages.filter((o) => o.startedAt.getTime() <= now.getTime() && (o.endedAt === null || o.endedAt.getTime() >= since)).length;
}
