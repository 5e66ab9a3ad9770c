import { ACTIVITY_FIELDS, LEAD_SOURCE_FIELDS } from './fragments';

/** The accounts table: filtered, ordered and paged on the server. */
export const ACCOUNTS_QUERY = /* GraphQL */ `
  query Accounts(
    $first: Int
    $after: String
    $campaignId: ID
    $search: String
    $segment: Segment
    $ownerId: ID
    $unassigned: Boolean
    $stage: Stage
    $overdue: Boolean
    $minUrgency: Int
    $country: String
    $orderBy: AccountOrder
  ) {
    accounts(
      first: $first
      after: $after
      campaignId: $campaignId
      search: $search
      segment: $segment
      ownerId: $ownerId
      unassigned: $unassigned
      stage: $stage
      overdue: $overdue
      minUrgency: $minUrgency
      country: $country
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          version
          name
          segment
          countries
          urgency
          monthlySpend {
            amount
            currency
          }
          owner {
            id
            name
          }
          currentOpportunity {
            id
            stage
            overdue
            dueAt
          }
        }
      }
    }
  }
`;

export const ACCOUNT_DETAIL_FIELDS = /* GraphQL */ `
  fragment AccountDetail on Account {
    id
    version
    name
    segment
    countries
    monthlySpend {
      amount
      currency
    }
    contractEndsAt
    prepaidUntil
    hasBackupProvider
    rivalIsPrincipalOperator
    competingBidders
    externalRef
    source {
      ...LeadSourceFields
    }
    lastContactAt
    createdAt
    urgency
    urgencyFactors {
      key
      points
      params {
        daysLeft
      }
    }
    owner {
      id
      name
    }
    campaign {
      id
      name
    }
    rival {
      id
      name
      shutdownExpectedAt
    }
    rivalServices {
      kind
      quantity
      monthlyCost {
        amount
        currency
      }
    }
    contacts {
      id
      version
      name
      title
      email
      phone
      decisionMaker
      source {
        ...LeadSourceFields
      }
    }
    activities(first: 30) {
      ...ActivityFields
    }
    currentOpportunity {
      id
      version
      stage
      stageEnteredAt
      dueAt
      overdue
      probability
      termMonths
      monthlyValue {
        amount
        currency
      }
      lostReason
      migration {
        id
        status
        targetCutoverAt
        workload
      }
      proposals {
        id
        reference
        status
        createdAt
        sentAt
        validUntil
        totals {
          monthlyTotal {
            amount
            currency
          }
        }
      }
    }
  }
  ${ACTIVITY_FIELDS}
  ${LEAD_SOURCE_FIELDS}
`;

/** The account page: everything about one account, by its global id. */
export const ACCOUNT_QUERY = /* GraphQL */ `
  query Account($id: ID!) {
    node(id: $id) {
      ... on Account {
        ...AccountDetail
      }
    }
  }
  ${ACCOUNT_DETAIL_FIELDS}
`;

export const CLAIM_ACCOUNT_MUTATION = /* GraphQL */ `
  mutation ClaimAccount($input: ClaimAccountInput!) {
    claimAccount(input: $input) {
      account {
        id
        version
        owner {
          id
          name
        }
      }
    }
  }
`;

/** Erasure on the person's request (GDPR art. 17): the account without them, and what was rewritten. */
export const ERASE_CONTACT_MUTATION = /* GraphQL */ `
  mutation EraseContact($input: EraseContactInput!) {
    eraseContact(input: $input) {
      account {
        ...AccountDetail
      }
      erasure {
        contactId
        activities
        auditEntries
        events
        webhookDeliveries
        notifications
        signedProposalsKept
      }
    }
  }
  ${ACCOUNT_DETAIL_FIELDS}
`;

export const UPDATE_ACCOUNT_MUTATION = /* GraphQL */ `
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        ...AccountDetail
      }
    }
  }
  ${ACCOUNT_DETAIL_FIELDS}
`;

/** A call, email, meeting or note, with the next step; the account comes back with its new urgency. */
export const LOG_ACTIVITY_MUTATION = /* GraphQL */ `
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
        ...ActivityFields
      }
      account {
        id
        version
        urgency
        lastContactAt
      }
      opportunity {
        id
        version
        stage
        stageEnteredAt
        dueAt
        overdue
        probability
      }
      stageChange {
        ...ActivityFields
      }
    }
  }
  ${ACTIVITY_FIELDS}
`;

/** The deal a quick log may move (its version, read fresh) and whether it already has a live proposal. */
export const QUICK_LOG_DEAL_QUERY = /* GraphQL */ `
  query QuickLogDeal($id: ID!) {
    node(id: $id) {
      ... on Opportunity {
        id
        version
        stage
        proposals {
          id
          status
        }
      }
    }
  }
`;

/** A manager gives one account to a team member (or unassigns it). */
export const ASSIGN_ACCOUNT_MUTATION = /* GraphQL */ `
  mutation AssignAccount($input: AssignAccountInput!) {
    assignAccount(input: $input) {
      account {
        id
        version
        owner {
          id
          name
        }
      }
    }
  }
`;

/** How many accounts of a filtered list would go to whom. */
export const BULK_ASSIGNMENT_PREVIEW_QUERY = /* GraphQL */ `
  query BulkAssignmentPreview($input: BulkAssignmentInput!) {
    bulkAssignmentPreview(input: $input) {
      total
      strategy
      shares {
        repId
        openAccounts
        count
        rep {
          id
          name
        }
      }
    }
  }
`;

/** Hands the list out: a job, followed with BulkAssignmentProgress. */
export const START_BULK_ASSIGNMENT_MUTATION = /* GraphQL */ `
  mutation StartBulkAssignment($input: BulkAssignmentInput!) {
    startBulkAssignment(input: $input) {
      bulkAssignment {
        id
        status
        total
        done
      }
    }
  }
`;

export const BULK_ASSIGNMENT_PROGRESS_QUERY = /* GraphQL */ `
  query BulkAssignmentProgress($id: ID!) {
    bulkAssignment(id: $id) {
      id
      status
      total
      done
      assignedCount
      skippedCount
    }
  }
`;
