/** One rival watched closely: its health, its countdown and every distress event with its source. */
export const RIVAL_WATCH_QUERY = /* GraphQL */ `
  query RivalWatch($id: ID!) {
    node(id: $id) {
      id
      ... on Rival {
        name
        country
        health
        shutdownExpectedAt
        services
        version
        distressEvents {
          id
          kind
          occurredAt
          recordedAt
          severity
          sourceUrl
          summary
          announcedShutdownAt
        }
      }
    }
  }
`;

export const RECORD_RIVAL_EVENT_MUTATION = /* GraphQL */ `
  mutation RecordRivalEvent($input: RecordDistressEventInput!) {
    recordDistressEvent(input: $input) {
      distressEvent {
        id
        kind
        occurredAt
        recordedAt
        severity
        sourceUrl
        summary
        announcedShutdownAt
        impact {
          status
          accountsRecomputed
          urgencyChanged
          deadlinesChanged
          computedAt
        }
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

/** What a distress event changed (the recomputation job's counts, in the campaigns the caller sees): polled until done. */
export const DISTRESS_EVENT_IMPACT_QUERY = /* GraphQL */ `
  query DistressEventImpact($id: ID!) {
    node(id: $id) {
      id
      ... on DistressEvent {
        impact {
          status
          accountsRecomputed
          urgencyChanged
          deadlinesChanged
          computedAt
        }
      }
    }
  }
`;
