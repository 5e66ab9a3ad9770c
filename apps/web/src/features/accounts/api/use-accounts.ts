import { useQuery } from '@apollo/client/react';
import { AccountsDocument, type AccountOrder, type AccountsQuery, type AccountsQueryVariables, type Segment, type Stage } from '../../../gql/graphql';

export type AccountRow = AccountsQuery['accounts']['edges'][number]['node'];

export interface AccountFilters {
  search: string;
  segment: Segment | null;
  /** '' anyone, 'unassigned', or a user id. */
  owner: string;
  stage: Stage | null;
  overdue: boolean;
  minUrgency: number | null;
  /** ISO 3166-1 alpha-2, or '' for any country. */
  country: string;
  orderBy: AccountOrder;
}

export const NO_FILTERS: AccountFilters = { search: '', segment: null, owner: '', stage: null, overdue: false, minUrgency: null, country: '', orderBy: 'URGENCY' };
export const PAGE_SIZE = 25;

/** The api's arguments for the filters: only the ones set, so the server does the filtering. */
export function accountsVariables(filters: AccountFilters, campaignId: string | null): AccountsQueryVariables {
  const variables: AccountsQueryVariables = { orderBy: filters.orderBy };
  if (campaignId) variables.campaignId = campaignId;
  if (filters.search.trim()) variables.search = filters.search.trim();
  if (filters.segment) variables.segment = filters.segment;
  if (filters.owner === 'unassigned') variables.unassigned = true;
  else if (filters.owner) variables.ownerId = filters.owner;
  if (filters.stage) variables.stage = filters.stage;
  if (filters.overdue) variables.overdue = true;
  if (filters.minUrgency !== null && filters.minUrgency > 0) variables.minUrgency = filters.minUrgency;
  if (/^[A-Za-z]{2}$/.test(filters.country)) variables.country = filters.country.toUpperCase();
  return variables;
}

/** One page of accounts, from `after`. */
export function useAccountsPage(variables: AccountsQueryVariables, after: string | null) {
  const query = useQuery(AccountsDocument, { variables: { ...variables, first: PAGE_SIZE, after } });
  return {
    rows: query.data?.accounts.edges.map((e) => e.node) ?? null,
    totalCount: query.data?.accounts.totalCount ?? 0,
    pageInfo: query.data?.accounts.pageInfo ?? null,
    error: query.error,
    refetch: query.refetch,
  };
}
