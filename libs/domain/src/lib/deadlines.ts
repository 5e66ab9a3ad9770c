import {
  addBusinessDays,
  addCalendarDays,
  assertDate,
  latestBusinessMomentAtOrBefore,
} from './business-calendar';
import type { CampaignSettings } from './campaign-settings';
import { isOpenStage } from './pipeline';
import type { Segment, Stage } from './vocabulary';

/**
 * The one-week cycle (DESIGN.md §4).
 *
 * - Signing deadline: the rival's `shutdownExpectedAt` minus the segment's migration lead
 *   time, in calendar days at the same local wall-clock time in the campaign's zone. None when
 *   no shutdown date is known.
 * - Stage due time: `stageEnteredAt` + the stage's business days (see `addBusinessDays`: same
 *   local time; from a weekend, counting starts Monday 00:00), capped at the signing deadline.
 *   When the cap falls on a Saturday or Sunday it moves back to the end of the previous
 *   business day (Friday 23:59:59.999 local). So a due time never falls on a weekend nor after
 *   the signing deadline. It may be in the past (a deal entering a stage after the signing
 *   deadline is overdue at once: there is no time left).
 * - Overdue: `now` strictly after the due time.
 */

export type DeadlineSettings = Pick<CampaignSettings, 'timeZone' | 'migrationLeadDays'>;
export type StageDueSettings = Pick<CampaignSettings, 'timeZone' | 'migrationLeadDays' | 'stageDueBusinessDays'>;

/** Latest moment a contract with this segment can be signed so its migration fits before the shutdown. */
export function signingDeadline(input: {
  shutdownExpectedAt: Date | null;
  segment: Segment;
  settings: DeadlineSettings;
}): Date | null {
  const { shutdownExpectedAt, segment, settings } = input;
  if (shutdownExpectedAt === null) return null;
  assertDate(shutdownExpectedAt, 'shutdownExpectedAt');
  return addCalendarDays(shutdownExpectedAt, -settings.migrationLeadDays[segment], settings.timeZone);
}

/** When a deal in `stage` is due to move on; null for won and lost. */
export function stageDueAt(input: {
  stage: Stage;
  stageEnteredAt: Date;
  segment: Segment;
  shutdownExpectedAt: Date | null;
  settings: StageDueSettings;
}): Date | null {
  const { stage, stageEnteredAt, segment, shutdownExpectedAt, settings } = input;
  if (!isOpenStage(stage)) return null;
  assertDate(stageEnteredAt, 'stageEnteredAt');
  const due = addBusinessDays(stageEnteredAt, settings.stageDueBusinessDays[stage], settings.timeZone);
  const deadline = signingDeadline({ shutdownExpectedAt, segment, settings });
  if (deadline === null || due.getTime() <= deadline.getTime()) return due;
  return latestBusinessMomentAtOrBefore(deadline, settings.timeZone);
}

/** True when `now` is strictly after `dueAt`; never for a deal without a due time. */
export function isOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}
