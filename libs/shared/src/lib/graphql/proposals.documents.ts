import { PROPOSAL_TOTALS_FIELDS } from './fragments';

export const PROPOSAL_FIELDS = /* GraphQL */ `
  fragment ProposalDetail on Proposal {
    id
    version
    reference
    status
    currency
    discountPercent
    attachOutageEvidence
    termMonths
    plannedCutoverAt
    requiredApproval
    rejectionReason
    sentAt
    validUntil
    acceptedAt
    createdAt
    signer {
      name
      title
      email
    }
    lines {
      serviceKind
      description
      quantity
      monthlyUnitPrice {
        amount
        currency
      }
      oneTimeFee {
        amount
        currency
      }
      monthlyAmount {
        amount
        currency
      }
    }
    switchCredit {
      amount {
        amount
        currency
      }
      capped
      prepaidDaysRemaining
      prepaidMonthsRemaining
    }
    totals {
      ...ProposalTotalsFields
    }
    opportunity {
      id
      version
      stage
    }
    account {
      id
      name
      countries
      prepaidUntil
      monthlySpend {
        amount
        currency
      }
      campaign {
        id
        settings {
          timeZone
          discountLimits {
            repPercent
            managerPercent
          }
          switchCredit {
            ratePercent
            capMonths
          }
        }
      }
    }
  }
  ${PROPOSAL_TOTALS_FIELDS}
`;

/** The proposal builder and its print view. */
export const PROPOSAL_QUERY = /* GraphQL */ `
  query Proposal($id: ID!) {
    node(id: $id) {
      ... on Proposal {
        ...ProposalDetail
      }
    }
  }
  ${PROPOSAL_FIELDS}
`;

export const DRAFT_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation DraftProposal($input: DraftProposalInput!) {
    draftProposal(input: $input) {
      proposal {
        ...ProposalDetail
      }
    }
  }
  ${PROPOSAL_FIELDS}
`;

export const UPDATE_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) {
      proposal {
        ...ProposalDetail
      }
    }
  }
  ${PROPOSAL_FIELDS}
`;

export const SUBMIT_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation SubmitProposal($input: ProposalVersionInput!) {
    submitProposal(input: $input) {
      proposal {
        ...ProposalDetail
      }
    }
  }
  ${PROPOSAL_FIELDS}
`;

/** Sends it: the acceptance link's path comes back this once. */
export const SEND_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation SendProposal($input: ProposalVersionInput!) {
    sendProposal(input: $input) {
      acceptancePath
      proposal {
        ...ProposalDetail
      }
    }
  }
  ${PROPOSAL_FIELDS}
`;

export const OFFER_FIELDS = /* GraphQL */ `
  fragment OfferDetail on ProposalOffer {
    reference
    status
    customerName
    providerName
    currency
    discountPercent
    outageEvidence {
      providerName
      services
      claimedAvailabilityPercent
      timeZone
      weights {
        major
        partial
        degraded
      }
      months {
        month
        minutes
        elapsedMinutes
        weightedDowntimeMinutes
        availabilityPercent
        allowedDowntimeMinutes
        shortfallMinutes
      }
      outages {
        startedAt
        endedAt
        impact
        services
        summary
        sourceUrl
      }
    }
    termMonths
    plannedCutoverAt
    sentAt
    validUntil
    acceptedAt
    timeZone
    lines {
      serviceKind
      description
      quantity
      monthlyUnitPrice {
        amount
        currency
      }
      oneTimeFee {
        amount
        currency
      }
      monthlyAmount {
        amount
        currency
      }
    }
    switchCredit {
      amount {
        amount
        currency
      }
      prepaidMonthsRemaining
    }
    totals {
      ...ProposalTotalsFields
    }
  }
  ${PROPOSAL_TOTALS_FIELDS}
`;

/** The customer's acceptance page (public): the offer behind the link. */
export const PROPOSAL_BY_TOKEN_QUERY = /* GraphQL */ `
  query ProposalByToken($token: String!) {
    proposalByToken(token: $token) {
      ...OfferDetail
    }
  }
  ${OFFER_FIELDS}
`;

export const ACCEPT_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation AcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      offer {
        ...OfferDetail
      }
    }
  }
  ${OFFER_FIELDS}
`;

/** Whether proposals can leave by email from Lifeboat (else the rep copies the acceptance link). */
export const OUTGOING_MAIL_QUERY = /* GraphQL */ `
  query OutgoingMail {
    outgoingMail {
      enabled
      missing
    }
  }
`;

/** The contacts a proposal may be emailed to, and the last recipients (its account's timeline). */
export const PROPOSAL_RECIPIENTS_QUERY = /* GraphQL */ `
  query ProposalRecipients($accountId: ID!) {
    node(id: $accountId) {
      ... on Account {
        id
        campaign {
          id
          name
        }
        contacts {
          id
          name
          title
          email
          decisionMaker
        }
      }
    }
  }
`;

/** Sends it by email (first time, or again with a new link): the mail server took the message. */
export const EMAIL_PROPOSAL_MUTATION = /* GraphQL */ `
  mutation EmailProposal($input: EmailProposalInput!) {
    emailProposal(input: $input) {
      resent
      subject
      recipient {
        name
        email
      }
      proposal {
        ...ProposalDetail
      }
    }
  }
  ${PROPOSAL_FIELDS}
`;
