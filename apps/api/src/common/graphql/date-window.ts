import { Extensions } from '@nestjs/graphql';
import type { GraphQLArgument, GraphQLInputField } from 'graphql';

/**
 * The one rule for every DateTime a client sends (an argument or an input field, checked before
 * any resolver by the operation gate, common/hardening/operation-gate.ts):
 * - a plausible instant: from 1990-01-01 (inclusive) to 2100-01-01 (exclusive), so that year 0001
 *   or 2500 never becomes a rival's shutdown date or a deal's deadline;
 * - for future-facing fields (marked with @PlanningDate: shutdown dates, next steps, planned and
 *   target cutovers, expected closes), not more than a year in the past.
 */
export const DATE_WINDOW = {
  earliest: new Date('1990-01-01T00:00:00Z'),
  latest: new Date('2100-01-01T00:00:00Z'),
} as const;

/** How far in the past a future-facing date may be: late entries happen, last year's plan is a typo. */
export const PLANNING_TOLERANCE_DAYS = 365;

/** What each future-facing field's description says (the schema documents the rule where it applies). */
export const PLANNING_DATE_RULE = 'Between 1990 and 2100, and not more than a year in the past.';

const EXTENSION = 'lifeboatDate';

/**
 * Marks a DateTime input field as future-facing: besides the plausible window, it may not be more
 * than PLANNING_TOLERANCE_DAYS in the past. Its description should end with PLANNING_DATE_RULE.
 */
export const PlanningDate = (): PropertyDecorator => Extensions({ [EXTENSION]: 'planning' }) as PropertyDecorator;

/** Whether an argument or input field of the schema carries @PlanningDate. */
export function isPlanningDate(field: Pick<GraphQLInputField | GraphQLArgument, 'extensions'>): boolean {
  return (field.extensions as Record<string, unknown> | undefined)?.[EXTENSION] === 'planning';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a DateTime input is refused, or null when it is acceptable. `value` is what the DateTime scalar parsed. */
export function dateTimeProblem(value: unknown, planning: boolean, now: Date = new Date()): string | null {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    return 'must be an ISO 8601 date-time, e.g. 2024-03-12T09:30:00Z or 2024-03-12';
  }
  if (value < DATE_WINDOW.earliest || value >= DATE_WINDOW.latest) {
    return 'must be between 1990-01-01 and 2100-01-01';
  }
  if (planning) {
    const earliest = new Date(now.getTime() - PLANNING_TOLERANCE_DAYS * DAY_MS);
    if (value < earliest) return `must not be more than a year in the past (not before ${earliest.toISOString().slice(0, 10)})`;
  }
  return null;
}
