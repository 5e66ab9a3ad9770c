/** A rival's outages and its availability per month against its claimed SLA (issue #22). */
export const RIVAL_OUTAGES_QUERY = /* GraphQL */ `
  query RivalOutages($id: ID!, $months: Int!) {
    node(id: $id) {
      id
      ... on Rival {
        claimedAvailabilityPercent
        outages {
          id
          startedAt
          endedAt
          impact
          services
          summary
          sourceUrl
          version
        }
        availability(months: $months) {
          timeZone
          weights {
            major
            partial
            degraded
          }
          claimedAvailabilityPercent
          months {
            month
            minutes
            elapsedMinutes
            weightedDowntimeMinutes
            availabilityPercent
            allowedDowntimeMinutes
            shortfallMinutes
          }
        }
      }
    }
  }
`;

export const RECORD_OUTAGE_MUTATION = /* GraphQL */ `
  mutation RecordOutage($input: RecordOutageInput!) {
    recordOutage(input: $input) {
      created
      outage {
        id
        startedAt
        endedAt
        impact
        services
        summary
        sourceUrl
        version
      }
    }
  }
`;

export const UPDATE_OUTAGE_MUTATION = /* GraphQL */ `
  mutation UpdateOutage($input: UpdateOutageInput!) {
    updateOutage(input: $input) {
      outage {
        id
        endedAt
        version
      }
    }
  }
`;

export const REMOVE_OUTAGE_MUTATION = /* GraphQL */ `
  mutation RemoveOutage($input: RemoveOutageInput!) {
    removeOutage(input: $input) {
      removedOutageId
    }
  }
`;

/** The evidence sheet of one account: the outages that touched what it buys, month by month against the claim. */
export const OUTAGE_EVIDENCE_QUERY = /* GraphQL */ `
  query OutageEvidence($id: ID!, $months: Int!) {
    node(id: $id) {
      id
      ... on Account {
        name
        campaign {
          id
          name
          rival {
            id
            name
            claimedAvailabilityPercent
          }
        }
        outageEvidence(months: $months) {
          services
          outages {
            id
            startedAt
            endedAt
            impact
            services
            summary
            sourceUrl
          }
          availability {
            timeZone
            weights {
              major
              partial
              degraded
            }
            claimedAvailabilityPercent
            months {
              month
              minutes
              elapsedMinutes
              weightedDowntimeMinutes
              availabilityPercent
              allowedDowntimeMinutes
              shortfallMinutes
            }
          }
        }
      }
    }
  }
`;
