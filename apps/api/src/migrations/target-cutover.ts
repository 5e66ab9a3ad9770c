import { addCalendarDays, type CampaignSettings, type Segment } from '@lifeboat/domain';

/**
 * The default cutover of a deal's migration (a scheduling choice of the api, from the domain's
 * calendar and the campaign's migration lead days, DESIGN.md §4 "one-week cycle"):
 *
 *   from + the segment's migration lead (calendar days, same local time in the campaign's zone),
 *   or `notBefore` when that is later (the cutover a proposal promised),
 *   but never after the rival's expected shutdown (the network goes dark then), and never before `from`.
 *
 * Signed on or before the signing deadline (shutdown − lead), from + lead falls on or before the
 * shutdown; signed later, the cutover is the shutdown itself and the migration plan shows the risk.
 */
export function defaultTargetCutover(input: {
  from: Date;
  segment: Segment;
  settings: Pick<CampaignSettings, 'timeZone' | 'migrationLeadDays'>;
  shutdownExpectedAt: Date | null;
  notBefore?: Date | null;
}): Date {
  const { from, segment, settings, shutdownExpectedAt, notBefore } = input;
  let at = addCalendarDays(from, settings.migrationLeadDays[segment], settings.timeZone).getTime();
  if (notBefore && notBefore.getTime() > at) at = notBefore.getTime();
  if (shutdownExpectedAt && shutdownExpectedAt.getTime() < at) at = shutdownExpectedAt.getTime();
  return new Date(Math.max(at, from.getTime()));
}

/** A migration's workload from the proposal it comes from: one unit per unit of service sold (sum of line quantities), at least 1. */
export function workloadOf(lines: ReadonlyArray<{ quantity: number }>): number {
  return Math.max(1, lines.reduce((sum, line) => sum + line.quantity, 0));
}
