/** Customer collectives (issue #21): the list in a campaign, a collective's page, and the collective on an account's page. */

export const COLLECTIVE_FIELDS = /* GraphQL */ `
  fragment CollectiveFields on Collective {
    id
    version
    name
    forumUrl
    claimedMembers
    announcedCancellationAt
    notes
    progress {
      claimed
      linked
      won
      pending
      lost
      untouched
    }
  }
`;

/** A collective's own deal (its terms, where they stand, who decided). */
export const COLLECTIVE_AGREEMENT_FIELDS = /* GraphQL */ `
  fragment CollectiveAgreementFields on CollectiveAgreement {
    status
    discountPercent
    termMonths
    conditions
    requiredApproval
    rejectionReason
    proposedBy
    submittedAt
    approvedAt
    approvedBy
    signedAt
    signedByName
    signatureRecordedBy
    withdrawnAt
    version
  }
`;

export const COLLECTIVES_QUERY = /* GraphQL */ `
  query Collectives($campaignId: ID!, $first: Int, $after: String) {
    collectives(campaignId: $campaignId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CollectiveFields
        }
      }
    }
  }
  ${COLLECTIVE_FIELDS}
`;

export const COLLECTIVE_QUERY = /* GraphQL */ `
  query Collective($id: ID!, $first: Int, $after: String) {
    collective(id: $id) {
      ...CollectiveFields
      agreement {
        ...CollectiveAgreementFields
      }
      campaign {
        id
        name
      }
      spokesperson {
        id
        name
        title
        email
        phone
        account {
          id
          name
        }
      }
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            state
            addedAt
            account {
              id
              name
              owner {
                id
                name
              }
              contacts {
                id
                name
              }
            }
          }
        }
      }
    }
  }
  ${COLLECTIVE_FIELDS}
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;

export const CREATE_COLLECTIVE_MUTATION = /* GraphQL */ `
  mutation CreateCollective($input: CreateCollectiveInput!) {
    createCollective(input: $input) {
      collective {
        ...CollectiveFields
      }
    }
  }
  ${COLLECTIVE_FIELDS}
`;

export const UPDATE_COLLECTIVE_MUTATION = /* GraphQL */ `
  mutation UpdateCollective($input: UpdateCollectiveInput!) {
    updateCollective(input: $input) {
      collective {
        ...CollectiveFields
      }
    }
  }
  ${COLLECTIVE_FIELDS}
`;

export const ADD_COLLECTIVE_MEMBERS_MUTATION = /* GraphQL */ `
  mutation AddCollectiveMembers($input: CollectiveMembersInput!) {
    addCollectiveMembers(input: $input) {
      collective {
        ...CollectiveFields
      }
    }
  }
  ${COLLECTIVE_FIELDS}
`;

export const REMOVE_COLLECTIVE_MEMBERS_MUTATION = /* GraphQL */ `
  mutation RemoveCollectiveMembers($input: CollectiveMembersInput!) {
    removeCollectiveMembers(input: $input) {
      collective {
        ...CollectiveFields
      }
    }
  }
  ${COLLECTIVE_FIELDS}
`;

export const LINK_COLLECTIVE_MEMBERS_BY_NAME_MUTATION = /* GraphQL */ `
  mutation LinkCollectiveMembersByName($input: LinkCollectiveMembersByNameInput!) {
    linkCollectiveMembersByName(input: $input) {
      collective {
        ...CollectiveFields
      }
      matched {
        id
        name
      }
      unmatched
      ambiguous
      inOtherCollective {
        id
        name
      }
    }
  }
  ${COLLECTIVE_FIELDS}
`;

/** Accounts of the campaign to add by hand: found by name, with the collective each is already in. */
export const COLLECTIVE_ACCOUNT_SEARCH_QUERY = /* GraphQL */ `
  query CollectiveAccountSearch($campaignId: ID!, $search: String!) {
    accounts(campaignId: $campaignId, search: $search, first: 10, orderBy: NAME) {
      edges {
        node {
          id
          name
          collective {
            id
            name
          }
        }
      }
    }
  }
`;

export const ACCOUNT_COLLECTIVE_QUERY = /* GraphQL */ `
  query AccountCollective($id: ID!) {
    node(id: $id) {
      id
      ... on Account {
        collective {
          id
          name
          claimedMembers
          announcedCancellationAt
        }
      }
    }
  }
`;

export const PROPOSE_COLLECTIVE_TERMS_MUTATION = /* GraphQL */ `
  mutation ProposeCollectiveTerms($input: ProposeCollectiveTermsInput!) {
    proposeCollectiveTerms(input: $input) {
      collective {
        id
        agreement {
          ...CollectiveAgreementFields
        }
      }
    }
  }
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;

export const APPROVE_COLLECTIVE_TERMS_MUTATION = /* GraphQL */ `
  mutation ApproveCollectiveTerms($input: CollectiveTermsVersionInput!) {
    approveCollectiveTerms(input: $input) {
      collective {
        id
        agreement {
          ...CollectiveAgreementFields
        }
      }
    }
  }
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;

export const REJECT_COLLECTIVE_TERMS_MUTATION = /* GraphQL */ `
  mutation RejectCollectiveTerms($input: RejectCollectiveTermsInput!) {
    rejectCollectiveTerms(input: $input) {
      collective {
        id
        agreement {
          ...CollectiveAgreementFields
        }
      }
    }
  }
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;

export const RECORD_COLLECTIVE_TERMS_SIGNED_MUTATION = /* GraphQL */ `
  mutation RecordCollectiveTermsSigned($input: RecordCollectiveTermsSignedInput!) {
    recordCollectiveTermsSigned(input: $input) {
      collective {
        id
        agreement {
          ...CollectiveAgreementFields
        }
      }
    }
  }
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;

export const WITHDRAW_COLLECTIVE_TERMS_MUTATION = /* GraphQL */ `
  mutation WithdrawCollectiveTerms($input: CollectiveTermsVersionInput!) {
    withdrawCollectiveTerms(input: $input) {
      collective {
        id
        agreement {
          ...CollectiveAgreementFields
        }
      }
    }
  }
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;

export const DELETE_COLLECTIVE_MUTATION = /* GraphQL */ `
  mutation DeleteCollective($input: DeleteCollectiveInput!) {
    deleteCollective(input: $input) {
      deletedId
      unlinked
    }
  }
`;

/** The approvals inbox's second list: collectives whose terms wait for approval. */
export const COLLECTIVES_AWAITING_APPROVAL_QUERY = /* GraphQL */ `
  query CollectivesAwaitingApproval($campaignId: ID) {
    collectivesAwaitingApproval(campaignId: $campaignId) {
      id
      name
      claimedMembers
      campaign {
        id
        name
      }
      agreement {
        ...CollectiveAgreementFields
      }
    }
  }
  ${COLLECTIVE_AGREEMENT_FIELDS}
`;
