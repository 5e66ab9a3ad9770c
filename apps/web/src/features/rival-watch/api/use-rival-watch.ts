import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import {
  DistressEventImpactDocument,
  RecordRivalEventDocument,
  RivalWatchDocument,
  type DistressEventImpactQuery,
  type RecordDistressEventInput,
  type RivalWatchQuery,
} from '../../../gql/graphql';

type Node = NonNullable<RivalWatchQuery['node']>;
export type WatchedRival = Extract<Node, { __typename?: 'Rival' }>;

/** One rival and its distress timeline (a `node` lookup: another id gives nothing). */
export function useRivalWatch(id: string) {
  const query = useQuery(RivalWatchDocument, { variables: { id } });
  const node = query.data?.node;
  const rival = node && node.__typename === 'Rival' ? (node as WatchedRival) : null;
  return { rival, loaded: !!query.data, error: query.error, refetch: query.refetch };
}

/** Records an event; the answer carries the rival's health and shutdown date after it. */
export function useRecordDistressEvent() {
  const [record, state] = useMutation(RecordRivalEventDocument, { refetchQueries: ['RivalWatch'] });
  return {
    record: (input: RecordDistressEventInput) => record({ variables: { input } }),
    busy: state.loading,
  };
}

type ImpactNode = Extract<NonNullable<DistressEventImpactQuery['node']>, { __typename?: 'DistressEvent' }>;
export type DistressImpact = NonNullable<ImpactNode['impact']>;

/** Polls what an event changed until the recomputation job is done (a second apart); nothing to do when it already is. */
export function useDistressEventImpact(eventId: string | null, initial: DistressImpact | null) {
  const settled = initial?.status === 'done' || initial?.status === 'unknown';
  const query = useQuery(DistressEventImpactDocument, {
    variables: { id: eventId ?? '' },
    skip: !eventId || settled,
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const node = query.data?.node;
  const polled = node && node.__typename === 'DistressEvent' ? (node as ImpactNode).impact : null;
  const impact = settled ? initial : (polled ?? initial);
  const done = impact?.status === 'done' || impact?.status === 'unknown';
  const { stopPolling } = query;
  useEffect(() => {
    if (done) stopPolling();
  }, [done, stopPolling]);
  return impact;
}
