import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApproveProposalDocument,
  PendingApprovalsDocument,
  RejectProposalDocument,
  type PendingApprovalsQuery,
} from '../../../gql/graphql';

export type PendingProposal = PendingApprovalsQuery['proposals']['edges'][number]['node'];

export const APPROVALS_PAGE_SIZE = 100;

/**
 * Proposals waiting for a manager in the chosen campaign (or all of theirs). A proposal that
 * was approved or rejected leaves the list at once: the mutation's answer updates its status
 * in the cache, and only `pending_approval` ones are shown.
 */
export function usePendingApprovals(campaignId: string | null) {
  const query = useQuery(PendingApprovalsDocument, { variables: { campaignId, first: APPROVALS_PAGE_SIZE } });
  const proposals =
    query.data?.proposals.edges.map((edge) => edge.node).filter((proposal) => proposal.status === 'pending_approval') ?? null;
  return { proposals, error: query.error, refetch: query.refetch };
}

export function useApprovalActions() {
  const [approve, approving] = useMutation(ApproveProposalDocument);
  const [reject, rejecting] = useMutation(RejectProposalDocument);
  return {
    approve: (proposal: PendingProposal) =>
      approve({ variables: { input: { proposalId: proposal.id, expectedVersion: proposal.version } } }),
    reject: (proposal: PendingProposal, reason: string) =>
      reject({ variables: { input: { proposalId: proposal.id, expectedVersion: proposal.version, reason } } }),
    busy: approving.loading || rejecting.loading,
  };
}
