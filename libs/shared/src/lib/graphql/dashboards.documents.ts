/** The managers' dashboard: one campaign's pipeline, the deals behind a figure, and its refresh signal. */
export const PIPELINE_DASHBOARD_QUERY = /* GraphQL */ `
  query PipelineDashboard($campaignId: ID!, $period: DashboardPeriodInput) {
    pipelineDashboard(campaignId: $campaignId, period: $period) {
      asOf
      timeZone
      campaign {
        id
        name
        currency
      }
      shutdown {
        daysLeft
        health
        shutdownExpectedAt
        rival {
          id
          name
        }
      }
      overdue {
        count
        monthlyValue {
          amount
          currency
        }
        deals {
          opportunityId
          accountId
          accountName
          stage
          dueAt
          hoursOverdue
          monthlyValue {
          amount
          currency
        }
          owner {
            id
            name
          }
        }
      }
      migrationPlan {
        planned
        willGoDark
        willGoDarkAccounts
        late
        overCapacityWeeks
        lastCutoverAt
      }
      openPipeline {
        deals
        monthlyValue {
          amount
          currency
        }
        weightedValue {
          amount
          currency
        }
      }
      capture {
        wonShareOfSpend
        total {
          accounts
        }
        won {
          accounts
        }
      }
      stages {
        stage
        deals
        monthlyValue {
          amount
          currency
        }
        weightedValue {
          amount
          currency
        }
      }
      cycleTime {
        targetHours
        medianHours
        measuredDeals
        withinTarget
        withinTargetShare
        buckets {
          fromDays
          toDays
          deals
        }
      }
      forecast {
        untilShutdown
        weeklyMigrationCapacity
        weeks {
          weekStart
          deals
          migrationCapacity
          monthlyValue {
          amount
          currency
        }
          weightedValue {
          amount
          currency
        }
        }
      }
      reps {
        user {
          id
          name
        }
        teamRole
        openDeals
        overdueDeals
        wonDeals
        lostDeals
        activities
        openMonthlyValue {
          amount
          currency
        }
      }
    }
  }
`;

/** The deals behind a figure of the dashboard: by stage, overdue, or one rep's. */
export const DASHBOARD_DEALS_QUERY = /* GraphQL */ `
  query DashboardDeals($campaignId: ID!, $stage: Stage, $overdue: Boolean, $ownerId: ID, $first: Int) {
    opportunities(campaignId: $campaignId, stage: $stage, overdue: $overdue, ownerId: $ownerId, first: $first, orderBy: DUE_AT) {
      totalCount
      edges {
        node {
          id
          stage
          dueAt
          overdue
          probability
          monthlyValue {
            amount
            currency
          }
          account {
            id
            name
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`;

export const DASHBOARD_REFRESH_SUBSCRIPTION = /* GraphQL */ `
  subscription DashboardRefresh($campaignId: ID!) {
    dashboardRefresh(campaignId: $campaignId) {
      at
      campaignId
      reason
    }
  }
`;
