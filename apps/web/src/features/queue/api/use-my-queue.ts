import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { ClaimAccountDocument, MyQueueDocument } from '../../../gql/graphql';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { useNotificationArrivals, useOpportunityChanges } from '../../../lib/live/use-live';

const PAGE_SIZE = 50;
/** The api's largest page (`first` at most 200). */
const MAX_PAGE = 200;

/**
 * The rep's queue: the first page, the items that matter now; more on demand with `loadMore`
 * (the next page after `endCursor`, appended by the cache's `myQueue` policy). `refresh` reloads
 * from the start as many items as are shown (up to the api's largest page), so the list a rep
 * has scrolled through does not shrink under them after a claim.
 */
export function useMyQueue() {
  const query = useQuery(MyQueueDocument, { variables: { first: PAGE_SIZE, after: null } });
  const [claimAccount] = useMutation(ClaimAccountDocument);
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = query.data?.myQueue;
  const items = connection?.edges.map((edge) => edge.node) ?? null;
  const shown = items?.length ?? 0;
  const endCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  const { fetchMore, refetch } = query;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { first: PAGE_SIZE, after: endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, endCursor]);

  const refresh = useCallback(
    () => refetch({ first: Math.min(MAX_PAGE, Math.max(PAGE_SIZE, shown)), after: null }),
    [refetch, shown],
  );

  // Live: a teammate's move, a customer's acceptance, an account handed to this rep.
  const { campaigns } = useCampaigns();
  const campaignIds = campaigns?.map((c) => c.id) ?? [];
  useOpportunityChanges(campaignIds, () => void refresh());
  useNotificationArrivals(() => void refresh());

  /** Takes an unassigned account; a stale `version` or another owner is refused with CONFLICT. */
  const claim = useCallback(
    async (account: { id: string; version: number }) => {
      await claimAccount({ variables: { input: { accountId: account.id, expectedVersion: account.version } } });
    },
    [claimAccount],
  );

  return {
    items,
    totalCount: connection?.totalCount ?? 0,
    /** The queue holds more than `totalCount` (the api counts up to 1,000). */
    totalCountCapped: connection?.totalCountCapped ?? false,
    hasMore: !!endCursor,
    loadingMore,
    loadMore,
    error: query.error,
    refetch,
    refresh,
    claim,
  };
}
