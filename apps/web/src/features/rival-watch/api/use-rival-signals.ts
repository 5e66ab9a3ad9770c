import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddRivalFeedDocument,
  ConfirmSuggestedEventDocument,
  DismissSuggestedEventDocument,
  PollRivalFeedNowDocument,
  RemoveRivalFeedDocument,
  RivalSignalsDocument,
  UpdateRivalFeedDocument,
  type AddRivalFeedInput,
  type RivalSignalsQuery,
  type UpdateRivalFeedInput,
} from '../../../gql/graphql';

type Node = Extract<NonNullable<RivalSignalsQuery['node']>, { __typename?: 'Rival' }>;
export type RivalFeed = Node['feeds'][number];
export type SuggestedEvent = Node['suggestedEvents'][number];

/** A rival's feeds and their suggestions (issue #22). */
export function useRivalSignals(rivalId: string) {
  const query = useQuery(RivalSignalsDocument, { variables: { id: rivalId } });
  const node = query.data?.node;
  const rival = node && node.__typename === 'Rival' ? (node as Node) : null;
  return { feeds: rival?.feeds ?? [], suggestions: rival?.suggestedEvents ?? [], loaded: !!query.data, error: query.error };
}

/** The feed and suggestion mutations; each refetches the signals (a confirmation the rival's timeline too). */
export function useRivalSignalActions() {
  const refetchQueries = ['RivalSignals'];
  const [add, adding] = useMutation(AddRivalFeedDocument, { refetchQueries });
  const [update] = useMutation(UpdateRivalFeedDocument, { refetchQueries });
  const [remove] = useMutation(RemoveRivalFeedDocument, { refetchQueries });
  const [poll] = useMutation(PollRivalFeedNowDocument, { refetchQueries });
  const [confirm] = useMutation(ConfirmSuggestedEventDocument, { refetchQueries: [...refetchQueries, 'RivalWatch'] });
  const [dismiss] = useMutation(DismissSuggestedEventDocument, { refetchQueries });
  return {
    adding: adding.loading,
    add: (input: AddRivalFeedInput) => add({ variables: { input } }),
    update: (input: UpdateRivalFeedInput) => update({ variables: { input } }),
    remove: (id: string) => remove({ variables: { input: { id } } }),
    poll: (id: string) => poll({ variables: { input: { id } } }),
    confirm: (id: string) => confirm({ variables: { input: { id } } }),
    dismiss: (id: string) => dismiss({ variables: { input: { id } } }),
  };
}
