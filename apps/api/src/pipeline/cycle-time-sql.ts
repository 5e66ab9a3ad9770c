/**
 * The cycle time of a deal, from first contact to signature, as SQL: written once, used by the
 * dashboard's histogram (dashboards.repository.ts) and by the `opportunities(cycleBucket:)` filter
 * that lists the deals behind one of its bars, so a bar and its drill-down cannot disagree.
 */

/** The one-week cycle, from first contact to signature (DESIGN.md §4). */
export const CYCLE_TARGET_HOURS = 7 * 24;
/** Cycle-time buckets: whole days 0–1 … 13–14, then 14+. */
export const CYCLE_BUCKET_DAYS = 14;

/** A deal's cycle in seconds (float8): signature − first contact; null without a first contact. */
export function cycleSecondsSql(closedAt: string, firstContactAt: string): string {
  return `extract(epoch FROM ${closedAt} - ${firstContactAt})::float8`;
}

/**
 * The histogram bucket of a cycle of `seconds`, as its `fromDays` (int): whole days of 24 h,
 * ⌊seconds / 86,400⌋, a negative cycle in 0 (0–1) and 14 days or more in 14 (14+); null when `seconds`
 * is (PostgreSQL's greatest() skips NULLs: without the CASE, an unmeasured deal would land in 0–1).
 */
export function cycleBucketSql(seconds: string): string {
  return `(CASE WHEN ${seconds} IS NOT NULL THEN least(${CYCLE_BUCKET_DAYS}, greatest(0, floor(${seconds} / 86400)))::int END)`;
}
