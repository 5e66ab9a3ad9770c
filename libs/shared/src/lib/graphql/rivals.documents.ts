/** The rivals page: every rival with its health, shutdown date and recent distress events. */
export const RIVALS_QUERY = /* GraphQL */ `
  query Rivals($first: Int, $after: String) {
    rivals(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          country
          health
          shutdownExpectedAt
          services
          claimedAvailabilityPercent
          distressEvents {
            id
            kind
            occurredAt
            severity
            summary
          }
        }
      }
    }
  }
`;

export const RECORD_DISTRESS_EVENT_MUTATION = /* GraphQL */ `
  mutation RecordDistressEvent($input: RecordDistressEventInput!) {
    recordDistressEvent(input: $input) {
      distressEvent {
        id
        kind
        occurredAt
        severity
        summary
      }
      rival {
        id
        health
        shutdownExpectedAt
        version
      }
    }
  }
`;
