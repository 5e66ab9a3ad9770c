/**
 * The capture rule as SQL (DESIGN.md §3, the dashboard's capture of the rival's base): an account is
 * won if one of its deals is won, else open if one is open, else lost if one is lost, else
 * untouched (no deal). Written once, used by the dashboard's capture (dashboards.repository.ts) and
 * by a collective's progress and members (collectives.repository.ts), so they cannot disagree.
 */

/** Aggregates over an account's deals (in a GROUP BY account): the flags `captureStateSql` reads, as `won`, `open`, `lost`. */
export function captureFlagsSql(stage: string): string {
  return `bool_or(${stage} = 'won') AS won, bool_or(${stage} NOT IN ('won', 'lost')) AS open, bool_or(${stage} = 'lost') AS lost`;
}

/**
 * The account's state from the flags of `alias` (a row of `captureFlagsSql`, or NULL: no deal), as
 * text; an open deal reads `openWord` ('open' on the dashboard, 'pending' for a collective's members).
 */
export function captureStateSql(alias: string, openWord: 'open' | 'pending' = 'open'): string {
  return `CASE WHEN ${alias}.won THEN 'won' WHEN ${alias}.open THEN '${openWord}' WHEN ${alias}.lost THEN 'lost' ELSE 'untouched' END`;
}
