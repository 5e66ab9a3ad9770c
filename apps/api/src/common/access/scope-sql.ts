import type { AccessScope } from './actor';

/**
 * The one SQL clause that keeps a query inside the caller's campaigns, or nothing for a caller
 * who sees everything. Pushes its parameter onto `params`. A single campaign (most callers: a
 * rep's team, a bound API key) is written `<column> = $n`, so PostgreSQL can walk the
 * (campaign_id, …) indexes in order; `= ANY($n)` would make it sort the whole campaign.
 */
export function scopeClause(scope: AccessScope | undefined, column: string, params: unknown[]): string {
  if (scope?.all) return 'TRUE';
  const ids = [...(scope?.campaignIds ?? [])];
  if (ids.length === 1) {
    params.push(ids[0]);
    return `${column} = $${params.length}::uuid`;
  }
  params.push(ids);
  return `${column} = ANY($${params.length}::uuid[])`;
}
