import { DashboardDealsDocument, type DashboardDealsQuery } from '../../../gql/graphql';
import { dealsVariables, type DealsFilter } from '../api/use-dashboard-deals';

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

type Deal = DashboardDealsQuery['opportunities']['edges'][number]['node'];

export function deal(id: string, name: string, stage: Deal['stage'], extra: Partial<Deal> = {}): Deal {
  return {
    __typename: 'Opportunity',
    id,
    stage,
    dueAt: '2026-11-24T16:00:00Z',
    overdue: false,
    probability: 25,
    monthlyValue: eur(1_500_000),
    account: { __typename: 'Account', id: `acc-${id}`, name, owner: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin' } },
    ...extra,
  };
}

export function dealsMock(filter: DealsFilter, deals: Deal[]) {
  return {
    request: { query: DashboardDealsDocument, variables: dealsVariables('camp-kpn', filter) },
    result: {
      data: {
        opportunities: {
          __typename: 'OpportunityConnection' as const,
          totalCount: deals.length,
          edges: deals.map((node) => ({ __typename: 'OpportunityEdge' as const, node })),
        },
      },
    },
  };
}
