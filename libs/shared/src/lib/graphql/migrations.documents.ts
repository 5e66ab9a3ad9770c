/** The managers' migrations page: the plan against the weekly capacity, the migrations, and the changes to them. */

/** What a row of the migrations list shows and sends back (`version` as `expectedVersion`). */
export const MIGRATION_ROW_FIELDS = /* GraphQL */ `
  fragment MigrationRow on Migration {
    id
    version
    status
    targetCutoverAt
    workload
  }
`;

/** The whole plan, as the query reads it and as `setMigrationCapacity` answers it (the same shape, so the answer replaces it). */
export const MIGRATION_PLAN_FIELDS = /* GraphQL */ `
  fragment MigrationPlanFields on MigrationPlan {
    weeklyCapacity
    timeZone
    rivalShutdownExpectedAt
    overCapacityWeeks
    willGoDarkMigrationIds
    campaign {
      id
      name
      version
      rival {
        id
        name
      }
    }
    weeks {
      weekStart
      load
      capacity
      overCapacity
      migrationIds
    }
    placements {
      accountName
      weekStart
      plannedCutoverAt
      willGoDark
      late
      migration {
        ...MigrationRow
        account {
          id
        }
        opportunity {
          id
          monthlyValue {
            amount
            currency
          }
        }
      }
    }
  }
  ${MIGRATION_ROW_FIELDS}
`;

export const MIGRATION_PLAN_QUERY = /* GraphQL */ `
  query MigrationPlan($campaignId: ID!) {
    migrationPlan(campaignId: $campaignId) {
      ...MigrationPlanFields
    }
  }
  ${MIGRATION_PLAN_FIELDS}
`;

export const MIGRATIONS_QUERY = /* GraphQL */ `
  query Migrations($campaignId: ID!, $first: Int, $after: String) {
    migrations(campaignId: $campaignId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MigrationRow
          account {
            id
            name
          }
        }
      }
    }
  }
  ${MIGRATION_ROW_FIELDS}
`;

export const UPDATE_MIGRATION_CUTOVER_MUTATION = /* GraphQL */ `
  mutation UpdateMigrationCutover($input: UpdateMigrationInput!) {
    updateMigration(input: $input) {
      migration {
        ...MigrationRow
      }
    }
  }
  ${MIGRATION_ROW_FIELDS}
`;

export const SET_MIGRATION_PLAN_CAPACITY_MUTATION = /* GraphQL */ `
  mutation SetMigrationPlanCapacity($input: SetMigrationCapacityInput!) {
    setMigrationCapacity(input: $input) {
      migrationPlan {
        ...MigrationPlanFields
      }
    }
  }
  ${MIGRATION_PLAN_FIELDS}
`;
