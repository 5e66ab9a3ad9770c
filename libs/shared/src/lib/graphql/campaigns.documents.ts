/** The campaigns the signed-in user works in, with the rules the web needs to preview (discount limits, credit). */
export const CAMPAIGNS_QUERY = /* GraphQL */ `
  query Campaigns($first: Int) {
    campaigns(first: $first) {
      edges {
        node {
          id
          name
          currency
          status
          rival {
            id
            name
            health
            shutdownExpectedAt
          }
          settings {
            timeZone
            proposalValidityDays
            discountLimits {
              repPercent
              managerPercent
            }
            switchCredit {
              ratePercent
              capMonths
            }
          }
          team {
            teamRole
            user {
              id
              name
            }
          }
        }
      }
    }
  }
`;
