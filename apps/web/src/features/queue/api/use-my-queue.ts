import { useQuery } from '@apollo/client/react';
import { MyQueueDocument } from '../../../gql/graphql';

const PAGE_SIZE = 50;

/** The first page of the rep's queue: the items that matter now; more on demand. */
export function useMyQueue() {
  const query = useQuery(MyQueueDocument, { variables: { first: PAGE_SIZE, after: null } });
  return {
    items: query.data?.myQueue.edges.map((edge) => edge.node) ?? null,
    totalCount: query.data?.myQueue.totalCount ?? 0,
    error: query.error,
    refetch: query.refetch,
  };
}
