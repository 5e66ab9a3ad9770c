import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { RivalsDocument, type RivalsQuery } from '../../../gql/graphql';

export type RivalSummary = RivalsQuery['rivals']['edges'][number]['node'];

const PAGE_SIZE = 100;

/** Every rival, page after page (there are few; the page shows them all). */
export function useAllRivals() {
  const query = useQuery(RivalsDocument, { variables: { first: PAGE_SIZE, after: null }, notifyOnNetworkStatusChange: false });
  const { data, fetchMore } = query;
  const pageInfo = data?.rivals.pageInfo;

  useEffect(() => {
    if (pageInfo?.hasNextPage && pageInfo.endCursor) {
      void fetchMore({ variables: { first: PAGE_SIZE, after: pageInfo.endCursor } });
    }
  }, [pageInfo?.hasNextPage, pageInfo?.endCursor, fetchMore]);

  const complete = !!data && !data.rivals.pageInfo.hasNextPage;
  return {
    rivals: complete ? data.rivals.edges.map((edge) => edge.node) : null,
    error: query.error,
    refetch: query.refetch,
  };
}
