import { useMutation, useQuery } from '@apollo/client/react';
import {
  RecordOutageDocument,
  RemoveOutageDocument,
  RivalOutagesDocument,
  UpdateOutageDocument,
  type RecordOutageInput,
  type RivalOutagesQuery,
} from '../../../gql/graphql';

type Node = NonNullable<RivalOutagesQuery['node']>;
export type RivalWithOutages = Extract<Node, { __typename?: 'Rival' }>;
export type Outage = RivalWithOutages['outages'][number];
export type Availability = RivalWithOutages['availability'];

/** Months the rival page shows. */
export const AVAILABILITY_MONTHS = 12;

/** A rival's outages and its availability per month. */
export function useRivalOutages(id: string) {
  const query = useQuery(RivalOutagesDocument, { variables: { id, months: AVAILABILITY_MONTHS } });
  const node = query.data?.node;
  const rival = node && node.__typename === 'Rival' ? (node as RivalWithOutages) : null;
  return { rival, loaded: !!query.data, error: query.error, refetch: query.refetch };
}

/** Record, end and remove outages; the figures are refetched after each. */
export function useOutageMutations() {
  const refetchQueries = ['RivalOutages'];
  const [record, recording] = useMutation(RecordOutageDocument, { refetchQueries });
  const [update, updating] = useMutation(UpdateOutageDocument, { refetchQueries });
  const [remove, removing] = useMutation(RemoveOutageDocument, { refetchQueries });
  return {
    record: (input: RecordOutageInput) => record({ variables: { input } }),
    end: (outage: Pick<Outage, 'id' | 'version'>, endedAt: string) =>
      update({ variables: { input: { outageId: outage.id, expectedVersion: outage.version, endedAt } } }),
    remove: (outage: Pick<Outage, 'id' | 'version'>) => remove({ variables: { input: { outageId: outage.id, expectedVersion: outage.version } } }),
    busy: recording.loading || updating.loading || removing.loading,
  };
}
