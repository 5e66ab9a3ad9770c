import { useMutation, useQuery } from '@apollo/client/react';
import {
  OutgoingMailDocument,
  ProposalDocument,
  SendProposalDocument,
  SubmitProposalDocument,
  UpdateProposalDocument,
  type ProposalDetailFragment,
} from '../../../gql/graphql';

export type ProposalDetail = ProposalDetailFragment;

/** One proposal by its global id; null when it does not exist or is not visible. */
export function useProposal(id: string) {
  const query = useQuery(ProposalDocument, { variables: { id } });
  const node = query.data?.node;
  const proposal = node && node.__typename === 'Proposal' ? (node as ProposalDetail) : null;
  return { proposal, loaded: !!query.data, error: query.error, refetch: query.refetch };
}

export function useProposalMutations() {
  const refetchQueries = ['Account', 'PipelineDeals', 'MyQueue'];
  const [update, updateState] = useMutation(UpdateProposalDocument);
  const [submit, submitState] = useMutation(SubmitProposalDocument, { refetchQueries });
  const [send, sendState] = useMutation(SendProposalDocument, { refetchQueries });
  return { update, submit, send, busy: updateState.loading || submitState.loading || sendState.loading };
}

/** Whether proposals can leave by email from Lifeboat: null while unknown (the page then offers the link, as before). */
export function useOutgoingMail(): { enabled: boolean; missing: string[] } | null {
  const { data } = useQuery(OutgoingMailDocument);
  return data ? data.outgoingMail : null;
}
