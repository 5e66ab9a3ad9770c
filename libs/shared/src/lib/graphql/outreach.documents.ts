/** Outreach (issue #21 part 3): mailing a filtered list or a collective from a template, and following it. */

export const OUTREACH_FIELDS = /* GraphQL */ `
  fragment OutreachFields on Outreach {
    id
    status
    language
    subject
    body
    createdBy
    createdAt
    finishedAt
    campaign {
      id
      name
    }
    collective {
      id
      name
    }
    progress {
      recipients
      queued
      sent
      bounced
      failed
      uncertain
      suppressed
      cancelled
      unsubscribed
      skippedSuppressed
      resentAfterInterruption
      offerOpened
      offerAccepted
    }
  }
`;

export const QUEUE_OUTREACH_MUTATION = /* GraphQL */ `
  mutation QueueOutreach($input: QueueOutreachInput!) {
    queueOutreach(input: $input) {
      recipients
      suppressed
      unsourced
      withoutOffer
      unsourcedContacts {
        id
        name
        email
        accountId
        accountName
      }
      mergeFields
      outreach {
        id
        status
      }
    }
  }
`;

export const OUTREACH_QUERY = /* GraphQL */ `
  query Outreach($id: ID!) {
    outreach(id: $id) {
      ...OutreachFields
    }
  }
  ${OUTREACH_FIELDS}
`;

export const OUTREACHES_QUERY = /* GraphQL */ `
  query Outreaches($campaignId: ID!, $first: Int, $after: String) {
    outreaches(campaignId: $campaignId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...OutreachFields
        }
      }
    }
  }
  ${OUTREACH_FIELDS}
`;

export const CANCEL_OUTREACH_MUTATION = /* GraphQL */ `
  mutation CancelOutreach($input: CancelOutreachInput!) {
    cancelOutreach(input: $input) {
      outreach {
        ...OutreachFields
      }
    }
  }
  ${OUTREACH_FIELDS}
`;
