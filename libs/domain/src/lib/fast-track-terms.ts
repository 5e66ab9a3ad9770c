import { addCalendarDays, assertDate, assertTimeZone, DAY_MS, toLocalMs } from './business-calendar';
import type { CampaignSettings } from './campaign-settings';
import { invalidArgument } from './domain-error';
import {
  assertMinorUnits,
  divideRoundHalfAwayFromZero,
  percentOf,
  percentToHundredths,
} from './money';
import type { ApprovalLevel, Role, ServiceKind } from './vocabulary';

/**
 * Fast-track terms (DESIGN.md §4).
 *
 * Amounts are integer minor units. Rounding: every computed amount is rounded once, half away
 * from zero, to the minor unit (the monthly discount, the switch credit); sums and products of
 * integers need none. Percentages carry at most two decimals.
 *
 * - A line costs `quantity × monthlyUnitPrice` a month, plus its `oneTimeFee` once (the fee is
 *   for the whole line, not per unit).
 * - The discount applies to the monthly charges only; one-time fees are not discounted.
 * - totalOverTerm = monthlyTotal × termMonths + oneTimeTotal − switchCredit, never below 0.
 */

export interface ProposalLine {
  serviceKind: ServiceKind;
  description?: string;
  /** Whole units, 1 or more. */
  quantity: number;
  /** Minor units per unit per month. */
  monthlyUnitPrice: number;
  /** Minor units, once, for the whole line. */
  oneTimeFee: number;
}

export interface ProposalTotals {
  monthlySubtotal: number;
  monthlyDiscount: number;
  monthlyTotal: number;
  oneTimeTotal: number;
  switchCredit: number;
  totalOverTerm: number;
}

/** Totals of a proposal; throws `INVALID_ARGUMENT` (with `field`) for an impossible input. */
export function proposalTotals(input: {
  lines: ProposalLine[];
  discountPercent: number;
  termMonths: number;
  /** The switch credit granted, in minor units (see `switchCredit`). */
  switchCredit: number;
}): ProposalTotals {
  const { lines, discountPercent, termMonths, switchCredit: credit } = input;
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw invalidArgument('termMonths', `termMonths must be a whole number of months, 1 or more; got ${termMonths}.`);
  }
  percentToHundredths(discountPercent, 'discountPercent');
  assertMinorUnits(credit, 'switchCredit');

  let monthlySubtotal = 0;
  let oneTimeTotal = 0;
  lines.forEach((line, index) => {
    const field = `lines[${index}]`;
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw invalidArgument(`${field}.quantity`, `${field}.quantity must be a whole number, 1 or more; got ${line.quantity}.`);
    }
    assertMinorUnits(line.monthlyUnitPrice, `${field}.monthlyUnitPrice`);
    assertMinorUnits(line.oneTimeFee, `${field}.oneTimeFee`);
    monthlySubtotal += line.quantity * line.monthlyUnitPrice;
    oneTimeTotal += line.oneTimeFee;
  });
  if (!Number.isSafeInteger(monthlySubtotal) || !Number.isSafeInteger(oneTimeTotal)) {
    throw invalidArgument('lines', 'The proposal totals are too large to be represented exactly.');
  }

  const monthlyDiscount = percentOf(monthlySubtotal, discountPercent, 'discountPercent');
  const monthlyTotal = monthlySubtotal - monthlyDiscount;
  const gross = BigInt(monthlyTotal) * BigInt(termMonths) + BigInt(oneTimeTotal) - BigInt(credit);
  return {
    monthlySubtotal,
    monthlyDiscount,
    monthlyTotal,
    oneTimeTotal,
    switchCredit: credit,
    totalOverTerm: gross > 0n ? Number(gross) : 0,
  };
}

/**
 * Who must approve a discount: up to the rep's limit, the rep alone (no approval); up to the
 * manager's limit, a manager; beyond, an admin. Limits are inclusive.
 */
export function requiredApproval(
  discountPercent: number,
  limits: CampaignSettings['discountLimits'],
): ApprovalLevel {
  percentToHundredths(discountPercent, 'discountPercent');
  if (discountPercent <= limits.repPercent) return 'rep';
  if (discountPercent <= limits.managerPercent) return 'manager';
  return 'admin';
}

const ROLE_RANK: Record<Role, number> = { rep: 0, manager: 1, admin: 2 };

/** An admin approves anything, a manager rep- and manager-level discounts, a rep only its own limit. */
export function canApprove(role: Role, level: ApprovalLevel): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[level];
}

/** Days in a "month" of prepaid service, for the switch credit. */
export const SWITCH_CREDIT_DAYS_PER_MONTH = 30;

export interface SwitchCredit {
  /** Minor units. */
  amount: number;
  /** Prepaid days past the cutover / 30, rounded to two decimals (for display). */
  prepaidMonthsRemaining: number;
  /** Whole calendar days of prepaid service past the planned cutover. */
  prepaidDaysRemaining: number;
  /** True when the cap reduced the amount. */
  capped: boolean;
}

/**
 * The switch credit for a customer who prepaid the rival past the planned cutover:
 *
 *   remaining = calendar days from the cutover's local date to `prepaidUntil`'s local date
 *               (campaign zone), counted as fractional months of 30 days
 *   raw       = remaining / 30 × rivalMonthlySpend × ratePercent / 100, rounded once
 *   cap       = capMonths × proposalMonthlyValue
 *   amount    = min(raw, cap)
 *
 * Fractional months are used so a customer prepaid 20 days beyond the cutover still gets
 * 20 days' worth. Nothing is credited when nothing is prepaid past the cutover.
 */
export function switchCredit(input: {
  prepaidUntil: Date | null;
  plannedCutoverAt: Date;
  rivalMonthlySpend: number;
  proposalMonthlyValue: number;
  settings: Pick<CampaignSettings, 'switchCredit' | 'timeZone'>;
}): SwitchCredit {
  const { prepaidUntil, plannedCutoverAt, rivalMonthlySpend, proposalMonthlyValue, settings } = input;
  assertDate(plannedCutoverAt, 'plannedCutoverAt');
  assertTimeZone(settings.timeZone);
  assertMinorUnits(rivalMonthlySpend, 'rivalMonthlySpend');
  assertMinorUnits(proposalMonthlyValue, 'proposalMonthlyValue');
  const rate = percentToHundredths(settings.switchCredit.ratePercent, 'switchCredit.ratePercent');
  const capMonths = settings.switchCredit.capMonths;
  if (!Number.isSafeInteger(capMonths) || capMonths < 0) {
    throw invalidArgument('switchCredit.capMonths', `switchCredit.capMonths must be a whole number, 0 or more; got ${capMonths}.`);
  }

  const none: SwitchCredit = { amount: 0, prepaidMonthsRemaining: 0, prepaidDaysRemaining: 0, capped: false };
  if (prepaidUntil === null) return none;
  assertDate(prepaidUntil, 'prepaidUntil');
  const days =
    Math.floor(toLocalMs(prepaidUntil, settings.timeZone) / DAY_MS) -
    Math.floor(toLocalMs(plannedCutoverAt, settings.timeZone) / DAY_MS);
  if (days <= 0) return none;

  const raw = divideRoundHalfAwayFromZero(
    BigInt(days) * BigInt(rivalMonthlySpend) * rate,
    BigInt(SWITCH_CREDIT_DAYS_PER_MONTH) * 10_000n,
  );
  const cap = BigInt(capMonths) * BigInt(proposalMonthlyValue);
  const capped = raw > cap;
  return {
    amount: Number(capped ? cap : raw),
    prepaidMonthsRemaining: Math.round((days / SWITCH_CREDIT_DAYS_PER_MONTH) * 100) / 100,
    prepaidDaysRemaining: days,
    capped,
  };
}

/** A sent proposal's expiry: `proposalValidityDays` calendar days after sending, same local time. */
export function proposalValidUntil(
  sentAt: Date,
  settings: Pick<CampaignSettings, 'proposalValidityDays' | 'timeZone'>,
): Date {
  return addCalendarDays(sentAt, settings.proposalValidityDays, settings.timeZone);
}

/** True once `now` is strictly after `validUntil`. */
export function isProposalExpired(validUntil: Date, now: Date): boolean {
  return now.getTime() > validUntil.getTime();
}
