/** The rep's work queue: what to do next, in the api's order, each with why and how urgent. */
export const MY_QUEUE_QUERY = /* GraphQL */ `
  query MyQueue($first: Int, $after: String) {
    myQueue(first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          reason
          dueAt
          urgency
          urgencyFactors {
            key
            points
            params {
              daysLeft
            }
          }
          account {
            id
            version
            name
            countries
            lastContactAt
            createdAt
            rival {
              id
              name
              shutdownExpectedAt
            }
            monthlySpend {
              amount
              currency
            }
          }
          opportunity {
            id
            stage
            overdue
          }
          priority {
            deadlines {
              goesDarkAt
              weightPercent
              migrationLeadDays
              signBy
              nowPercent
              laterPercent
            }
          }
        }
      }
    }
  }
`;
