/** A rival's feeds and what they suggest (issue #22): the rival page's signals section. */
export const RIVAL_SIGNALS_QUERY = /* GraphQL */ `
  query RivalSignals($id: ID!) {
    node(id: $id) {
      id
      ... on Rival {
        feeds {
          id
          kind
          name
          url
          signalPath
          active
          autoRecord
          autoRecordMinSeverity
          pollIntervalSeconds
          lastPolledAt
          lastSuccessAt
          lastError
          lastErrorAt
          consecutiveFailures
          failing
          nextPollAt
          version
        }
        suggestedEvents(first: 50) {
          id
          kind
          severity
          title
          summary
          sourceUrl
          publishedAt
          createdAt
          status
          feedName
          feedKind
          decidedBy
          incident {
            incidentId
            impact
            startedAt
            resolvedAt
            components
          }
        }
      }
    }
  }
`;

export const ADD_RIVAL_FEED_MUTATION = /* GraphQL */ `
  mutation AddRivalFeed($input: AddRivalFeedInput!) {
    addRivalFeed(input: $input) {
      secret
      feed {
        id
        signalPath
      }
    }
  }
`;

export const UPDATE_RIVAL_FEED_MUTATION = /* GraphQL */ `
  mutation UpdateRivalFeed($input: UpdateRivalFeedInput!) {
    updateRivalFeed(input: $input) {
      feed {
        id
        active
        version
      }
    }
  }
`;

export const REMOVE_RIVAL_FEED_MUTATION = /* GraphQL */ `
  mutation RemoveRivalFeed($input: RivalFeedIdInput!) {
    removeRivalFeed(input: $input) {
      removedFeedId
    }
  }
`;

export const POLL_RIVAL_FEED_NOW_MUTATION = /* GraphQL */ `
  mutation PollRivalFeedNow($input: RivalFeedIdInput!) {
    pollRivalFeedNow(input: $input) {
      feed {
        id
        failing
        lastError
        lastPolledAt
      }
    }
  }
`;

export const CONFIRM_SUGGESTED_EVENT_MUTATION = /* GraphQL */ `
  mutation ConfirmSuggestedEvent($input: ConfirmSuggestedEventInput!) {
    confirmSuggestedEvent(input: $input) {
      suggestion {
        id
        status
      }
      distressEvent {
        id
      }
    }
  }
`;

export const DISMISS_SUGGESTED_EVENT_MUTATION = /* GraphQL */ `
  mutation DismissSuggestedEvent($input: SuggestedEventIdInput!) {
    dismissSuggestedEvent(input: $input) {
      suggestion {
        id
        status
      }
    }
  }
`;
