import { useQuery } from '@apollo/client/react';
import { DashboardDealsDocument, type DashboardDealsQuery, type Stage } from '../../../gql/graphql';

export type DashboardDeal = DashboardDealsQuery['opportunities']['edges'][number]['node'];

/** Which deals are behind a figure of the dashboard. */
export type DealsFilter =
  | { kind: 'stage'; stage: Stage }
  | { kind: 'overdue' }
  | { kind: 'owner'; ownerId: string; name: string };

export const DEALS_PAGE_SIZE = 100;

export function dealsVariables(campaignId: string, filter: DealsFilter) {
  return {
    campaignId,
    first: DEALS_PAGE_SIZE,
    stage: filter.kind === 'stage' ? filter.stage : null,
    overdue: filter.kind === 'overdue' ? true : null,
    ownerId: filter.kind === 'owner' ? filter.ownerId : null,
  };
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
