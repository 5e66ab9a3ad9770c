import { PROPOSAL_TOTALS_FIELDS } from './fragments';

/** The managers' approvals inbox: proposals whose discount is beyond the rep's limit. */
export const PENDING_APPROVALS_QUERY = /* GraphQL */ `
  query PendingApprovals($campaignId: ID, $first: Int) {
    proposals(campaignId: $campaignId, status: pending_approval, first: $first) {
      totalCount
      edges {
        node {
          id
          version
          reference
          status
          discountPercent
          requiredApproval
          submittedAt
          createdBy
          termMonths
          currency
          rejectionReason
          totals {
            ...ProposalTotalsFields
          }
          account {
            id
            name
            owner {
              id
              name
            }
            campaign {
              id
              name
            }
          }
        }
      }
    }
  }
  ${PROPOSAL_TOTALS_FIELDS}
`;

export const APPROVE_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation ApproveProposal($input: ProposalVersionInput!) {
    approveProposal(input: $input) {
      proposal {
        id
        version
        status
        approvedAt
        approvedBy
      }
    }
  }
`;

export const REJECT_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation RejectProposal($input: RejectProposalInput!) {
    rejectProposal(input: $input) {
      proposal {
        id
        version
        status
        rejectionReason
      }
    }
  }
`;
