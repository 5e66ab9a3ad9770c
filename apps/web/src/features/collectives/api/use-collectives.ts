import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  AddCollectiveMembersDocument,
  CollectiveAccountSearchDocument,
  CollectiveDocument,
  CollectivesDocument,
  CreateCollectiveDocument,
  LinkCollectiveMembersByNameDocument,
  RemoveCollectiveMembersDocument,
  UpdateCollectiveDocument,
  type CollectiveFieldsFragment,
  type CollectiveQuery,
} from '../../../gql/graphql';

export type CollectiveSummary = CollectiveFieldsFragment;
export type CollectiveDetail = CollectiveQuery['collective'];
export type CollectiveMember = CollectiveDetail['members']['edges'][number]['node'];

export const MEMBERS_PAGE = 50;

/** A campaign's collectives, by name (a campaign has a handful). */
export function useCollectives(campaignId: string | null) {
  const query = useQuery(CollectivesDocument, { variables: { campaignId: campaignId ?? '', first: 100 }, skip: !campaignId, fetchPolicy: 'cache-and-network' });
  return { collectives: query.data?.collectives.edges.map((e) => e.node) ?? null, error: query.error, refetch: query.refetch };
}

/** One collective with its first members; `more` loads the next page. */
export function useCollective(id: string) {
  const query = useQuery(CollectiveDocument, { variables: { id, first: MEMBERS_PAGE }, fetchPolicy: 'cache-and-network' });
  const collective = query.data?.collective ?? null;
  const more = () =>
    query.fetchMore({
      variables: { after: collective?.members.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) =>
        fetchMoreResult
          ? {
              collective: {
                ...fetchMoreResult.collective,
                members: { ...fetchMoreResult.collective.members, edges: [...previous.collective.members.edges, ...fetchMoreResult.collective.members.edges] },
              },
            }
          : previous,
    });
  return { collective, loaded: !!query.data || !!query.error, error: query.error, refetch: query.refetch, more };
}

export function useCollectiveMutations() {
  const [create, createState] = useMutation(CreateCollectiveDocument);
  const [update, updateState] = useMutation(UpdateCollectiveDocument);
  const [add, addState] = useMutation(AddCollectiveMembersDocument);
  const [remove, removeState] = useMutation(RemoveCollectiveMembersDocument);
  const [linkByName, linkState] = useMutation(LinkCollectiveMembersByNameDocument);
  return { create, createState, update, updateState, add, addState, remove, removeState, linkByName, linkState };
}

export function useAccountSearch() {
  const [search, state] = useLazyQuery(CollectiveAccountSearchDocument, { fetchPolicy: 'network-only' });
  return { search, results: state.data?.accounts.edges.map((e) => e.node) ?? null, loading: state.loading };
}
