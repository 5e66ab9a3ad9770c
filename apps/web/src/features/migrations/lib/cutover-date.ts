import { CUTOVER_LOCAL_HOUR, fromLocalMs, toLocalMs } from '@lifeboat/domain';

const HOUR_MS = 3_600_000;

/** The calendar day ("2026-12-04") an instant falls on in the campaign's time zone, as the date picker wants it. */
export function localDay(iso: string, timeZone: string): string {
  return new Date(toLocalMs(new Date(iso), timeZone)).toISOString().slice(0, 10);
}

/**
 * The target cutover a manager means by picking a day: that day at the planner's cutover hour
 * (17:00 local, the hour of the weekly cutover slot), in the campaign's time zone, as an ISO instant.
 */
export function cutoverOn(day: string, timeZone: string): string {
  return fromLocalMs(Date.parse(`${day}T00:00:00Z`) + CUTOVER_LOCAL_HOUR * HOUR_MS, timeZone).toISOString();
}
