import { addBusinessDays, addCalendarDays, fromLocalMs, startOfLocalDay, startOfLocalWeek, toLocalMs } from './business-calendar';
import type { Stage } from './vocabulary';

/**
 * How a call went, as the rep picks it with one click: the customer reached and wanting an offer,
 * reached but not now, no answer, a voicemail left, the wrong person. The free-text `outcome` stays
 * beside it for integrations and nuance.
 */
export const CALL_OUTCOMES = ['reached_wants_offer', 'reached_interested', 'reached_not_now', 'no_answer', 'voicemail', 'wrong_contact'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Whether the customer was actually spoken to. */
export function isReached(outcome: CallOutcome): boolean {
  return outcome === 'reached_wants_offer' || outcome === 'reached_interested' || outcome === 'reached_not_now';
}

/** What an outcome suggests doing with the deal: the stage to move it to (one step, by the pipeline rules), and whether to draft the offer. */
export interface OutcomeSuggestion {
  moveTo: Stage | null;
  draftProposal: boolean;
}

/**
 * The move an outcome calls for: any customer reached makes an `identified` deal `contacted` (the
 * first contact is made); one who wants an offer also asks for a proposal, drafted while the deal
 * is not yet past `contacted` (sending it moves the deal to proposal_sent). Nothing for a call
 * that reached nobody, nor for a closed deal.
 */
export function suggestForOutcome(outcome: CallOutcome, stage: Stage): OutcomeSuggestion {
  if (!isReached(outcome) || stage === 'won' || stage === 'lost') return { moveTo: null, draftProposal: false };
  const moveTo: Stage | null = stage === 'identified' ? 'contacted' : null;
  const draftProposal = outcome === 'reached_wants_offer' && (stage === 'identified' || stage === 'contacted');
  return { moveTo, draftProposal };
}

export const NEXT_STEP_SHORTCUTS = ['tomorrow', 'two_business_days', 'next_week'] as const;
export type NextStepShortcut = (typeof NEXT_STEP_SHORTCUTS)[number];

/** The hour of the day (local) a shortcut's next step falls at: the start of a working morning. */
export const NEXT_STEP_HOUR = 9;

/**
 * The date a next-step shortcut stands for, at 09:00 in `timeZone` (the rep's or the campaign's):
 * "tomorrow" is the next calendar day, "+2 business days" skips Saturdays and Sundays, "next week"
 * is the coming Monday.
 */
export function nextStepDate(shortcut: NextStepShortcut, now: Date, timeZone: string): Date {
  const today = startOfLocalDay(now, timeZone);
  const day =
    shortcut === 'tomorrow'
      ? addCalendarDays(today, 1, timeZone)
      : shortcut === 'two_business_days'
        ? startOfLocalDay(addBusinessDays(now, 2, timeZone), timeZone)
        : addCalendarDays(startOfLocalWeek(now, timeZone), 7, timeZone);
  return fromLocalMs(toLocalMs(day, timeZone) + NEXT_STEP_HOUR * 3_600_000, timeZone);
}
