import type { MigrationPlan } from '../api/use-migrations';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Which of the plan's weeks holds the rival's expected shutdown; null without a date or when it falls outside the weeks. */
export function shutdownWeekIndex(plan: Pick<MigrationPlan, 'weeks' | 'rivalShutdownExpectedAt'>): number | null {
  if (!plan.rivalShutdownExpectedAt) return null;
  const shutdown = new Date(plan.rivalShutdownExpectedAt).getTime();
  const index = plan.weeks.findIndex((w, i) => {
    const start = new Date(w.weekStart).getTime();
    // The next week's Monday (a week across a clock change is an hour shorter or longer).
    const end = i + 1 < plan.weeks.length ? new Date(plan.weeks[i + 1].weekStart).getTime() : start + WEEK_MS;
    return shutdown >= start && shutdown < end;
  });
  return index === -1 ? null : index;
}
