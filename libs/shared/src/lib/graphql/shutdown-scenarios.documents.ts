/** A rival's shutdown scenarios (issue #22): listed on the rival page, what goes dark in each on the dashboard and the migration plan. */

export const SHUTDOWN_SCENARIO_FIELDS = /* GraphQL */ `
  fragment ShutdownScenarioFields on ShutdownScenario {
    id
    version
    label
    goesDarkAt
    probabilityPercent
    credible
    governing
    sourceUrl
    sourceNote
  }
`;

export const RIVAL_SHUTDOWN_SCENARIOS_QUERY = /* GraphQL */ `
  query RivalShutdownScenarios($id: ID!) {
    node(id: $id) {
      id
      ... on Rival {
        shutdownExpectedAt
        shutdownScenarios {
          ...ShutdownScenarioFields
        }
      }
    }
  }
  ${SHUTDOWN_SCENARIO_FIELDS}
`;

export const SHUTDOWN_SCENARIO_IMPACTS_QUERY = /* GraphQL */ `
  query ShutdownScenarioImpacts($campaignId: ID!) {
    migrationPlan(campaignId: $campaignId) {
      campaign {
        id
        rival {
          id
          name
        }
      }
      shutdownScenarios {
        scenario {
          ...ShutdownScenarioFields
        }
        accountsGoingDark
        monthlySpendGoingDark {
          amount
          currency
        }
        migrationsTooLate
        openDeals
        outOfTime
        savedByDelay {
          accounts
          monthlySpend {
            amount
            currency
          }
        }
      }
    }
  }
  ${SHUTDOWN_SCENARIO_FIELDS}
`;

export const ADD_SHUTDOWN_SCENARIO_MUTATION = /* GraphQL */ `
  mutation AddShutdownScenario($input: AddShutdownScenarioInput!) {
    addShutdownScenario(input: $input) {
      shutdownScenario {
        ...ShutdownScenarioFields
      }
      rival {
        id
        version
        shutdownExpectedAt
      }
    }
  }
  ${SHUTDOWN_SCENARIO_FIELDS}
`;

export const UPDATE_SHUTDOWN_SCENARIO_MUTATION = /* GraphQL */ `
  mutation UpdateShutdownScenario($input: UpdateShutdownScenarioInput!) {
    updateShutdownScenario(input: $input) {
      shutdownScenario {
        ...ShutdownScenarioFields
      }
      rival {
        id
        version
        shutdownExpectedAt
      }
    }
  }
  ${SHUTDOWN_SCENARIO_FIELDS}
`;

export const REMOVE_SHUTDOWN_SCENARIO_MUTATION = /* GraphQL */ `
  mutation RemoveShutdownScenario($input: RemoveShutdownScenarioInput!) {
    removeShutdownScenario(input: $input) {
      rival {
        id
        version
        shutdownExpectedAt
      }
    }
  }
`;
