import { useQuery } from '@apollo/client/react';
import { OutageEvidenceDocument, type OutageEvidenceQuery } from '../../../gql/graphql';

type Node = NonNullable<OutageEvidenceQuery['node']>;
export type EvidenceAccount = Extract<Node, { __typename?: 'Account' }>;

/** Months an evidence sheet covers. */
export const EVIDENCE_MONTHS = 6;

/** An account's evidence sheet: the rival's outages that touched what it buys, month by month. */
export function useOutageEvidence(accountId: string) {
  const query = useQuery(OutageEvidenceDocument, { variables: { id: accountId, months: EVIDENCE_MONTHS } });
  const node = query.data?.node;
  const account = node && node.__typename === 'Account' ? (node as EvidenceAccount) : null;
  return { account, loaded: !!query.data, error: query.error, refetch: query.refetch };
}
