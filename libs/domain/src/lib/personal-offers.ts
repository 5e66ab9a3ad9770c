import { addCalendarDays, assertDate, assertTimeZone, DAY_MS, fromLocalMs, startOfLocalWeek, toLocalMs } from './business-calendar';
import type { CampaignSettings } from './campaign-settings';
import type { ApprovalLevel, Role, ServiceKind } from './vocabulary';
import { invalidArgument } from './domain-error';
import { assertMinorUnits, divideRoundHalfAwayFromZero } from './money';
import { canApprove, proposalTotals, requiredApproval, switchCredit, type ProposalLine, type ProposalTotals, type SwitchCredit } from './fast-track-terms';
import { CUTOVER_LOCAL_HOUR } from './migration-plan';

/**
 * Personal offers at scale (issue #21, part 2): a campaign's pre-approved terms turned into one
 * offer per account, which the customer accepts alone and for which it picks a cutover week that
 * still has migration capacity before the rival's shutdown.
 *
 * 1. Lines: what the account buys from the rival, same service and quantity, our monthly unit
 *    price = its monthly cost for the line / quantity (rounded once, half away from zero), no
 *    one-time fee (the same rule as a drafted proposal).
 * 2. Discount: one percentage for the whole batch, approved once. It must be within the level the
 *    person generating the batch may approve (rep limit alone, manager limit for a manager,
 *    anything for an admin): the batch is the approval.
 * 3. Switch credit: the fast-track rule (`switchCredit`) with the cutover of the week the
 *    customer picks, so each offered week carries its own credit.
 * 4. Weeks offered: from the first plannable week (the current week until its Friday 17:00
 *    local, as in the migration plan) to the last week whose cutover (Friday 17:00, or the
 *    shutdown when that comes earlier in the week) is not after the shutdown; only weeks whose
 *    capacity left (weekly capacity − workload already planned or promised that week) takes the
 *    offer's workload. Without a shutdown date, `horizonWeeks` weeks are offered.
 */

export interface RivalServiceLine {
  kind: ServiceKind;
  quantity: number;
  /** Minor units a month for the whole line. */
  monthlyCost: number;
}

export function offerLinesFromRivalServices(services: readonly RivalServiceLine[]): ProposalLine[] {
  return services.map((s, index) => {
    if (!Number.isSafeInteger(s.quantity) || s.quantity < 1) {
      throw invalidArgument(`services[${index}].quantity`, `services[${index}].quantity must be a whole number, 1 or more; got ${s.quantity}.`);
    }
    assertMinorUnits(s.monthlyCost, `services[${index}].monthlyCost`);
    return {
      serviceKind: s.kind,
      quantity: s.quantity,
      monthlyUnitPrice: Number(divideRoundHalfAwayFromZero(BigInt(s.monthlyCost), BigInt(s.quantity))),
      oneTimeFee: 0,
    };
  });
}

/** The approval level a batch's discount needs; refused (`INVALID_ARGUMENT` on `discountPercent`) beyond what `role` may approve. */
export function assertPreApprovedDiscount(discountPercent: number, limits: CampaignSettings['discountLimits'], role: Role): ApprovalLevel {
  const level = requiredApproval(discountPercent, limits);
  if (!canApprove(role, level)) {
    const limit = role === 'rep' ? limits.repPercent : limits.managerPercent;
    throw invalidArgument('discountPercent', `A ${discountPercent} % discount needs ${level} approval; a ${role} may pre-approve up to ${limit} %.`);
  }
  return level;
}

export interface PersonalOfferTerms {
  lines: ProposalLine[];
  totals: ProposalTotals;
  credit: SwitchCredit;
}

/** An offer's terms for a cutover: lines from the rival's services, the batch discount, the switch credit for that cutover. */
export function personalOfferTerms(input: {
  services: readonly RivalServiceLine[];
  discountPercent: number;
  termMonths: number;
  cutoverAt: Date;
  prepaidUntil: Date | null;
  rivalMonthlySpend: number;
  settings: Pick<CampaignSettings, 'switchCredit' | 'timeZone'>;
}): PersonalOfferTerms {
  const lines = offerLinesFromRivalServices(input.services);
  const base = proposalTotals({ lines, discountPercent: input.discountPercent, termMonths: input.termMonths, switchCredit: 0 });
  const credit = switchCredit({
    prepaidUntil: input.prepaidUntil,
    plannedCutoverAt: input.cutoverAt,
    rivalMonthlySpend: input.rivalMonthlySpend,
    proposalMonthlyValue: base.monthlyTotal,
    settings: input.settings,
  });
  const totals = proposalTotals({ lines, discountPercent: input.discountPercent, termMonths: input.termMonths, switchCredit: credit.amount });
  return { lines, totals, credit };
}

/** An offer's workload for the migration capacity: one unit per unit of service, at least 1 (as a migration's). */
export function offerWorkload(services: ReadonlyArray<{ quantity: number }>): number {
  return Math.max(1, services.reduce((sum, s) => sum + s.quantity, 0));
}

export interface CutoverWeek {
  /** Monday 00:00 local. */
  weekStart: Date;
  /** Friday 17:00 local, or the shutdown when it comes earlier that week (never before now). */
  cutoverAt: Date;
  capacity: number;
  /** Workload already planned or promised in the week. */
  load: number;
  capacityLeft: number;
}

/** Every plannable week before the shutdown, with its load (whether or not it has room). */
export function cutoverWeeks(input: {
  now: Date;
  timeZone: string;
  weeklyCapacity: number;
  shutdownAt: Date | null;
  /** Workload already planned or promised, by the instant it falls on (any instant of the week). */
  loads: ReadonlyArray<{ at: Date; workload: number }>;
  /** Weeks offered when there is no shutdown date. */
  horizonWeeks?: number;
}): CutoverWeek[] {
  const { now, timeZone, weeklyCapacity, shutdownAt } = input;
  assertDate(now, 'now');
  assertTimeZone(timeZone);
  if (!Number.isSafeInteger(weeklyCapacity) || weeklyCapacity < 1) {
    throw invalidArgument('weeklyCapacity', `weeklyCapacity must be a whole number, 1 or more; got ${weeklyCapacity}.`);
  }
  const horizon = input.horizonWeeks ?? 12;
  const currentMonday = toLocalMs(startOfLocalWeek(now, timeZone), timeZone);
  const friday = (mondayLocal: number) => fromLocalMs(mondayLocal + 4 * DAY_MS + CUTOVER_LOCAL_HOUR * 3_600_000, timeZone);
  const firstMonday = now.getTime() < friday(currentMonday).getTime() ? currentMonday : currentMonday + 7 * DAY_MS;

  const loadByWeek = new Map<number, number>();
  for (const l of input.loads) {
    const monday = toLocalMs(startOfLocalWeek(l.at, timeZone), timeZone);
    loadByWeek.set(monday, (loadByWeek.get(monday) ?? 0) + l.workload);
  }

  const weeks: CutoverWeek[] = [];
  for (let i = 0; ; i++) {
    const monday = firstMonday + i * 7 * DAY_MS;
    const weekStart = fromLocalMs(monday, timeZone);
    if (shutdownAt === null ? i >= horizon : weekStart.getTime() > shutdownAt.getTime()) break;
    if (i > 520) break; // ten years: a shutdown date that far is no deadline
    let cutover = friday(monday).getTime();
    if (shutdownAt && shutdownAt.getTime() < cutover) cutover = shutdownAt.getTime();
    if (cutover < now.getTime()) continue;
    const load = loadByWeek.get(monday) ?? 0;
    weeks.push({ weekStart, cutoverAt: new Date(cutover), capacity: weeklyCapacity, load, capacityLeft: Math.max(0, weeklyCapacity - load) });
  }
  return weeks;
}

/** The weeks a customer may pick for an offer of `workload` units: those whose capacity left takes it. */
export function offeredCutoverWeeks(weeks: readonly CutoverWeek[], workload: number): CutoverWeek[] {
  return weeks.filter((w) => w.capacityLeft >= workload);
}

/** An offer's expiry: `validityDays` calendar days after generation, same local time. */
export function personalOfferExpiresAt(generatedAt: Date, validityDays: number, timeZone: string): Date {
  if (!Number.isSafeInteger(validityDays) || validityDays < 1 || validityDays > 90) {
    throw invalidArgument('validityDays', `validityDays must be a whole number from 1 to 90; got ${validityDays}.`);
  }
  return addCalendarDays(generatedAt, validityDays, timeZone);
}
