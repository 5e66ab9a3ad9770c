import { addBusinessDays, assertDate, businessDaysBetween, DAY_MS, toLocalMs } from './business-calendar';
import { signingDeadline, type StageDueSettings } from './deadlines';
import { SEGMENTS, type OpenStage, type Segment } from './vocabulary';

/**
 * Whether the one-week cycle (DESIGN.md §4) still fits before the rival goes dark.
 *
 * A deal identified now must be contacted within `identified` business days, get its proposal
 * within `contacted` more, and be signed within `proposal_sent` more — and all of that before its
 * segment's signing deadline (the shutdown minus the migration lead time). Due times are capped at
 * that deadline (see `stageDueAt`), so when the cycle no longer fits, the deals do not warn: they
 * all turn overdue at the deadline, or at once when it has passed. This says which rule cannot be
 * met, by how much, and what would make it fit again.
 */

/** The steps of the cycle, in order, and the stage each one ends. */
export const CYCLE_STEPS = ['first_contact', 'proposal', 'signature'] as const;
export type CycleStep = (typeof CYCLE_STEPS)[number];
export const CYCLE_STEP_STAGE: Readonly<Record<CycleStep, OpenStage>> = Object.freeze({
  first_contact: 'identified',
  proposal: 'contacted',
  signature: 'proposal_sent',
});

/** The rule that breaks first: the migration lead time itself, or a step of the cycle. */
export type CycleRule = 'migration_lead_time' | CycleStep;

export interface CycleStepFit {
  step: CycleStep;
  /** Business days from now to this step with each stage's full time (cumulative). */
  businessDays: number;
  /** When a deal identified now would reach it. */
  dueAt: Date;
  /** Whether that is at or before the signing deadline. */
  fits: boolean;
  /** Business days it falls past the signing deadline; 0 when it fits. */
  shortByBusinessDays: number;
}

export interface SegmentCycleFit {
  segment: Segment;
  /** The segment's migration lead time, in calendar days. */
  migrationLeadDays: number;
  signingDeadline: Date;
  /** Whether the signing deadline is still ahead: false means every open deal of the segment is overdue now. */
  migrationFits: boolean;
  /** Calendar days the lead time would have to shrink for the signing deadline to be ahead again; 0 when it is. */
  migrationShortByDays: number;
  /** Whole business days from now to the signing deadline (negative once it has passed). */
  businessDaysLeft: number;
  steps: CycleStepFit[];
  /** The first rule that cannot be met, or null when the whole cycle fits. */
  firstUnmet: CycleRule | null;
  /** Business days the whole cycle lacks before the signing deadline; 0 when it fits. */
  shortByBusinessDays: number;
}

export interface CycleFeasibility {
  /** True when every segment asked about fits (always, when no shutdown date is known). */
  feasible: boolean;
  /** The shutdown date is already past (the rival should be dark, or the date is stale). */
  shutdownPassed: boolean;
  /** Whole business days the full cycle takes: the sum of the three stages' days. */
  cycleBusinessDays: number;
  /**
   * The longest migration lead time (calendar days) with which the whole cycle would still fit for
   * a deal starting now, or null when none would (the stages alone run past the shutdown, or no date).
   */
  leadDaysThatFit: number | null;
  /** Every segment asked about, in the order given; empty when no shutdown date is known. */
  segments: SegmentCycleFit[];
  /** Only those that do not fit. */
  unmet: SegmentCycleFit[];
}

/**
 * Checks the cycle for a deal starting `now`, segment by segment (all of them unless `segments`
 * narrows it). Pure: the same inputs give the same answer.
 */
export function cycleFeasibility(input: {
  now: Date;
  shutdownExpectedAt: Date | null;
  settings: StageDueSettings;
  segments?: readonly Segment[];
}): CycleFeasibility {
  const { now, shutdownExpectedAt, settings } = input;
  assertDate(now, 'now');
  const segments = input.segments ?? SEGMENTS;
  let total = 0;
  const cumulative = CYCLE_STEPS.map((step) => (total += settings.stageDueBusinessDays[CYCLE_STEP_STAGE[step]]));
  if (shutdownExpectedAt === null) {
    return { feasible: true, shutdownPassed: false, cycleBusinessDays: total, leadDaysThatFit: null, segments: [], unmet: [] };
  }
  assertDate(shutdownExpectedAt, 'shutdownExpectedAt');
  const { timeZone } = settings;
  const cycleEnd = addBusinessDays(now, total, timeZone);
  // Calendar days from the end of the full cycle to the shutdown, in local days (DST-proof).
  const spareDays = Math.floor((toLocalMs(shutdownExpectedAt, timeZone) - toLocalMs(cycleEnd, timeZone)) / DAY_MS);

  const fits: SegmentCycleFit[] = segments.map((segment) => {
    const deadline = signingDeadline({ shutdownExpectedAt, segment, settings }) as Date;
    const leadDays = settings.migrationLeadDays[segment];
    const migrationFits = deadline.getTime() > now.getTime();
    const left = businessDaysBetween(now, deadline, timeZone);
    const steps = CYCLE_STEPS.map((step, i): CycleStepFit => {
      const businessDays = cumulative[i];
      const dueAt = addBusinessDays(now, businessDays, timeZone);
      const stepFits = migrationFits && dueAt.getTime() <= deadline.getTime();
      return { step, businessDays, dueAt, fits: stepFits, shortByBusinessDays: stepFits ? 0 : Math.max(1, businessDays - left) };
    });
    const broken = steps.find((s) => !s.fits);
    return {
      segment,
      migrationLeadDays: leadDays,
      signingDeadline: deadline,
      migrationFits,
      migrationShortByDays: migrationFits ? 0 : Math.max(1, Math.ceil((toLocalMs(now, timeZone) - toLocalMs(deadline, timeZone)) / DAY_MS)),
      businessDaysLeft: left,
      steps,
      firstUnmet: !migrationFits ? 'migration_lead_time' : (broken?.step ?? null),
      shortByBusinessDays: steps[steps.length - 1].shortByBusinessDays,
    };
  });
  const unmet = fits.filter((f) => f.firstUnmet !== null);
  return {
    feasible: unmet.length === 0,
    shutdownPassed: shutdownExpectedAt.getTime() <= now.getTime(),
    cycleBusinessDays: total,
    leadDaysThatFit: spareDays >= 0 ? spareDays : null,
    segments: fits,
    unmet,
  };
}
