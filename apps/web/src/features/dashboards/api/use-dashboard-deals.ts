import { useQuery } from '@apollo/client/react';
import { DashboardDealsDocument, type DashboardDealsQuery, type Stage } from '../../../gql/graphql';
import { exportUrl } from '../../../lib/files/exports';

export type DashboardDeal = DashboardDealsQuery['opportunities']['edges'][number]['node'];

/**
 * Which deals are behind a figure of the dashboard. A cycle-time bucket's are the deals won in the
 * dashboard's period [from, to) whose cycle falls in the bucket starting at `fromDays` (the api
 * buckets them with the histogram's own SQL); `label` names the bucket in the drawer's title.
 */
export type DealsFilter =
  | { kind: 'stage'; stage: Stage }
  | { kind: 'overdue' }
  | { kind: 'owner'; ownerId: string; name: string }
  | { kind: 'cycle'; fromDays: number; from: string; to: string; label: string };

export const DEALS_PAGE_SIZE = 100;

export function dealsVariables(campaignId: string, filter: DealsFilter) {
  return {
    campaignId,
    first: DEALS_PAGE_SIZE,
    stage: filter.kind === 'stage' ? filter.stage : filter.kind === 'cycle' ? ('won' as const) : null,
    overdue: filter.kind === 'overdue' ? true : null,
    ownerId: filter.kind === 'owner' ? filter.ownerId : null,
    closedFrom: filter.kind === 'cycle' ? filter.from : null,
    closedBefore: filter.kind === 'cycle' ? filter.to : null,
    cycleBucket: filter.kind === 'cycle' ? filter.fromDays : null,
  };
}

/** All the deals behind a figure as a CSV file (`GET /exports/deals.csv`, the same filters; the drawer shows the first 100). */
export function dealsExportUrl(campaignId: string, filter: DealsFilter): string {
  const { first: _first, ...filters } = dealsVariables(campaignId, filter);
  return exportUrl('deals', filters);
}

/** The deals behind a figure, most pressing due time first. */
export function useDashboardDeals(campaignId: string, filter: DealsFilter | null) {
  const query = useQuery(DashboardDealsDocument, {
    variables: filter ? dealsVariables(campaignId, filter) : dealsVariables(campaignId, { kind: 'overdue' }),
    skip: !filter,
  });
  return {
    deals: query.data?.opportunities.edges.map((edge) => edge.node) ?? null,
    totalCount: query.data?.opportunities.totalCount ?? 0,
    error: query.error,
    refetch: query.refetch,
  };
}
