import { assertDate, assertTimeZone, businessDaysBetween, DAY_MS } from './business-calendar';
import { invalidArgument } from './domain-error';
import { wholeDaysLeft } from './time-left';
import { countRecentOutages, RIVAL_OUTAGES_MIN_COUNT, RIVAL_OUTAGES_WINDOW_DAYS } from './availability';
import type { RivalHealth, Stage } from './vocabulary';

/**
 * Urgency, 0–100, explained (DESIGN.md §4). The score is the sum of the factors' points,
 * capped at 100; each factor says by its key and parameters why it counts.
 *
 * | key                          | points (default) | when                                                    |
 * |------------------------------|------------------|---------------------------------------------------------|
 * | rival_shut_down              | 40               | rival shut down, or its shutdown date has passed        |
 * | shutdown_within_7_days       | 40               | shutdown expected within 7 × 24 h of now                |
 * | shutdown_within_14_days      | 30               | … within 14 days                                        |
 * | shutdown_within_30_days      | 20               | … within 30 days                                        |
 * | shutdown_within_90_days      | 10               | … within 90 days                                        |
 * | rival_liquidating_no_date    | 30               | no shutdown date, rival liquidating                     |
 * | rival_insolvent_no_date      | 20               | no shutdown date, rival insolvent                       |
 * | no_backup_provider           | 20               | the account has no backup provider                      |
 * | rival_principal_operator     | 10               | the rival is the account's principal operator           |
 * | monthly_spend                | 0–15             | log scale, see `monthlySpendPoints`                     |
 * | multi_country                | 5                | 3 or more distinct countries                            |
 * | no_recent_contact            | 10               | no deal yet, or stage identified/contacted, and no      |
 * |                              |                  | contact for 3 business days (or never contacted)        |
 * | rival_outages                | 10               | 2 or more of the rival's outages touched the account's  |
 * |                              |                  | services in the last 30 days (ongoing ones included)     |
 * | collective_cancellation      | 20               | the account's customer collective announced its members' |
 * |                              |                  | cancellations within 14 days of now, or the date passed  |
 *
 * The first seven form the shutdown group: of those that match, only the one with the most
 * points counts (ties go to the most specific, in the order above). A date within 7 days also
 * matches the 14/30/90-day brackets, and a passed date matches all of them, so an earlier
 * shutdown can never lower the score, whatever the weights. The no-date factors apply only
 * when no date is known. A migrated account gets no shutdown-group factor: it is safe.
 *
 * A collective's announced cancellation date is a deadline of its own: on that day its members
 * leave the rival together, won or not, so the members not yet signed need a call before it (and
 * more than ever once it passed: they are choosing a new provider). A migrated account is safe
 * from it too.
 *
 * A factor is a code with its parameters (`params`), never words: a screen, a notification or an
 * integration words it in its reader's language (apps/web `urgency-words.ts`).
 *
 * Factors are listed by points, highest first, then by key.
 */
export interface UrgencyWeights {
  shutdownWithin7Days: number;
  shutdownWithin14Days: number;
  shutdownWithin30Days: number;
  shutdownWithin90Days: number;
  shutDownNotMigrated: number;
  insolventNoDate: number;
  liquidatingNoDate: number;
  noBackupProvider: number;
  rivalPrincipalOperator: number;
  monthlySpendMax: number;
  multiCountry: number;
  noRecentContact: number;
  rivalOutages: number;
  collectiveCancellation: number;
}

export const DEFAULT_URGENCY_WEIGHTS: UrgencyWeights = Object.freeze({
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
  rivalOutages: 10,
  collectiveCancellation: 20,
});

export const URGENCY_WEIGHT_KEYS = Object.keys(DEFAULT_URGENCY_WEIGHTS) as (keyof UrgencyWeights)[];

export const URGENCY_FACTOR_KEYS = [
  'rival_shut_down',
  'shutdown_within_7_days',
  'shutdown_within_14_days',
  'shutdown_within_30_days',
  'shutdown_within_90_days',
  'rival_liquidating_no_date',
  'rival_insolvent_no_date',
  'no_backup_provider',
  'rival_principal_operator',
  'monthly_spend',
  'multi_country',
  'no_recent_contact',
  'rival_outages',
  'collective_cancellation',
] as const;
export type UrgencyFactorKey = (typeof URGENCY_FACTOR_KEYS)[number];

/** What a factor's words need besides the account and its rival (each key carries its own). */
export interface UrgencyFactorParams {
  /**
   * shutdown_within_*: whole days until the expected shutdown, rounded down as every countdown is (`timeLeft`; 0: within a day).
   * collective_cancellation: whole days until the collective's announced cancellations (0: within a day, or passed).
   */
  daysLeft?: number;
  /** monthly_spend: the monthly spend with the rival, in minor units, and its currency (when known). */
  monthlySpend?: number;
  currency?: string;
  /** multi_country: the distinct ISO country codes, sorted. */
  countries?: string[];
  /** no_recent_contact: since the last contact, since the account was added, or never (no date known). */
  since?: 'last_contact' | 'added' | 'never';
  /** no_recent_contact: business days without contact (absent for `never`). */
  businessDays?: number;
  /** rival_outages: how many outages touched the account's services within the last `days` days. */
  outages?: number;
  days?: number;
}

export interface UrgencyFactor {
  key: UrgencyFactorKey;
  points: number;
  params: UrgencyFactorParams;
}

export interface UrgencyResult {
  score: number;
  factors: UrgencyFactor[];
}

export interface UrgencyInput {
  now: Date;
  timeZone: string;
  rival: { health: RivalHealth; shutdownExpectedAt: Date | null };
  account: {
    /** Monthly spend with the rival, in minor units. */
    monthlySpend: number;
    /** ISO country codes. */
    countries: string[];
    hasBackupProvider: boolean;
    rivalIsPrincipalOperator: boolean;
    migrated?: boolean;
  };
  /** The stage of the account's open deal, or null when there is no deal yet. */
  stage: Stage | null;
  lastContactAt: Date | null;
  /** When the account was created: the reference for "no contact" before the first contact. */
  createdAt?: Date | null;
  weights?: Partial<UrgencyWeights>;
  /**
   * The rival's outages that touched a service the account buys (any time; the rule looks at the
   * last 30 days). Left out: no outage factor.
   */
  outages?: ReadonlyArray<{ startedAt: Date; endedAt: Date | null }>;
  /** For the spend factor's parameters only; the scale is in minor units whatever the currency. */
  currency?: string;
  /** The date the account's customer collective announced for its members' cancellations (none: no factor). */
  collectiveCancellationAt?: Date | null;
}

export const MAX_URGENCY = 100;
/** Monthly spend (minor units) at or below which the spend factor gives 0 points: €100. */
export const SPEND_SCALE_FLOOR = 10_000;
/** Monthly spend (minor units) at or above which the spend factor gives full points: €100,000. */
export const SPEND_SCALE_CEILING = 10_000_000;
/** Business days without contact after which an early-stage account needs a call. */
export const NO_CONTACT_BUSINESS_DAYS = 3;
/** Days before a collective's announced cancellations from which its members' urgency rises. */
export const COLLECTIVE_CANCELLATION_DAYS = 14;
/** Distinct countries from which an account counts as multi-country. */
export const MULTI_COUNTRY_MIN = 3;

/**
 * Points for a monthly spend: 0 at or below €100/month (10,000 minor units), `max` at or
 * above €100,000/month (10,000,000), and in between
 * `max × (log10(spend) − 4) / 3`, rounded to the nearest integer (halves up).
 * So with max 15: €1,000 → 5, €10,000 → 10, €100,000 → 15.
 */
export function monthlySpendPoints(monthlySpend: number, max: number): number {
  if (monthlySpend <= SPEND_SCALE_FLOOR) return 0;
  if (monthlySpend >= SPEND_SCALE_CEILING) return max;
  const floor = Math.log10(SPEND_SCALE_FLOOR);
  const fraction = (Math.log10(monthlySpend) - floor) / (Math.log10(SPEND_SCALE_CEILING) - floor);
  return Math.round(max * fraction);
}

function resolveWeights(partial: Partial<UrgencyWeights> | undefined): UrgencyWeights {
  const weights = { ...DEFAULT_URGENCY_WEIGHTS };
  for (const key of URGENCY_WEIGHT_KEYS) {
    const value = partial?.[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0 || value > MAX_URGENCY) {
      throw invalidArgument(`weights.${key}`, `weights.${key} must be a whole number of points between 0 and 100; got ${value}.`);
    }
    weights[key] = value;
  }
  return weights;
}

function shutdownFactor(input: UrgencyInput, weights: UrgencyWeights): UrgencyFactor | null {
  const { rival, now, account } = input;
  if (account.migrated) return null;
  const candidates: UrgencyFactor[] = [];
  const shutdown = rival.shutdownExpectedAt;
  const msLeft = shutdown === null ? null : shutdown.getTime() - now.getTime();

  if (rival.health === 'shut_down' || (msLeft !== null && msLeft <= 0)) {
    candidates.push({ key: 'rival_shut_down', points: weights.shutDownNotMigrated, params: {} });
  }
  if (msLeft !== null) {
    const daysLeft = wholeDaysLeft(shutdown as Date, now);
    const brackets: Array<[number, UrgencyFactorKey, number]> = [
      [7, 'shutdown_within_7_days', weights.shutdownWithin7Days],
      [14, 'shutdown_within_14_days', weights.shutdownWithin14Days],
      [30, 'shutdown_within_30_days', weights.shutdownWithin30Days],
      [90, 'shutdown_within_90_days', weights.shutdownWithin90Days],
    ];
    for (const [days, key, points] of brackets) {
      if (msLeft <= days * DAY_MS) candidates.push({ key, points, params: { daysLeft } });
    }
  } else if (rival.health === 'liquidating') {
    candidates.push({ key: 'rival_liquidating_no_date', points: weights.liquidatingNoDate, params: {} });
  } else if (rival.health === 'insolvent') {
    candidates.push({ key: 'rival_insolvent_no_date', points: weights.insolventNoDate, params: {} });
  }
  // Highest points wins; on a tie the earlier (more specific) candidate stays.
  return candidates.reduce<UrgencyFactor | null>((best, c) => (best === null || c.points > best.points ? c : best), null);
}

/** The account's urgency and the factors that make it up. Pure: `now` is a parameter. */
export function computeUrgency(input: UrgencyInput): UrgencyResult {
  const { now, timeZone, rival, account, stage } = input;
  assertDate(now, 'now');
  assertTimeZone(timeZone);
  if (rival.shutdownExpectedAt !== null) assertDate(rival.shutdownExpectedAt, 'rival.shutdownExpectedAt');
  if (!Number.isFinite(account.monthlySpend) || account.monthlySpend < 0) {
    throw invalidArgument('account.monthlySpend', `account.monthlySpend must be 0 or more minor units; got ${account.monthlySpend}.`);
  }
  const weights = resolveWeights(input.weights);
  const factors: UrgencyFactor[] = [];
  const add = (factor: UrgencyFactor | null) => {
    if (factor && factor.points > 0) factors.push(factor);
  };

  add(shutdownFactor(input, weights));

  if (!account.hasBackupProvider) {
    add({ key: 'no_backup_provider', points: weights.noBackupProvider, params: {} });
  }
  if (account.rivalIsPrincipalOperator) {
    add({ key: 'rival_principal_operator', points: weights.rivalPrincipalOperator, params: {} });
  }
  add({
    key: 'monthly_spend',
    points: monthlySpendPoints(account.monthlySpend, weights.monthlySpendMax),
    params: { monthlySpend: account.monthlySpend, ...(input.currency === undefined ? {} : { currency: input.currency }) },
  });

  const countries = [...new Set(account.countries.map((c) => c.trim().toUpperCase()).filter((c) => c !== ''))].sort();
  if (countries.length >= MULTI_COUNTRY_MIN) {
    add({ key: 'multi_country', points: weights.multiCountry, params: { countries } });
  }

  if (stage === null || stage === 'identified' || stage === 'contacted') {
    const since = input.lastContactAt ?? input.createdAt ?? null;
    if (since === null) {
      add({ key: 'no_recent_contact', points: weights.noRecentContact, params: { since: 'never' } });
    } else {
      const idle = businessDaysBetween(since, now, timeZone);
      if (idle >= NO_CONTACT_BUSINESS_DAYS) {
        add({
          key: 'no_recent_contact',
          points: weights.noRecentContact,
          params: { since: input.lastContactAt ? 'last_contact' : 'added', businessDays: idle },
        });
      }
    }
  }

  const cancels = input.collectiveCancellationAt ?? null;
  if (cancels !== null && !account.migrated) {
    assertDate(cancels, 'collectiveCancellationAt');
    const msLeft = cancels.getTime() - now.getTime();
    if (msLeft <= COLLECTIVE_CANCELLATION_DAYS * DAY_MS) {
      add({ key: 'collective_cancellation', points: weights.collectiveCancellation, params: { daysLeft: msLeft <= 0 ? 0 : wholeDaysLeft(cancels, now) } });
    }
  }

  const outages = input.outages ? countRecentOutages(input.outages, now, RIVAL_OUTAGES_WINDOW_DAYS) : 0;
  if (outages >= RIVAL_OUTAGES_MIN_COUNT) {
    add({ key: 'rival_outages', points: weights.rivalOutages, params: { outages, days: RIVAL_OUTAGES_WINDOW_DAYS } });
  }

  factors.sort((a, b) => b.points - a.points || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = factors.reduce((sum, f) => sum + f.points, 0);
  return { score: Math.min(MAX_URGENCY, total), factors };
}
