/** The managers' dashboard: one campaign's pipeline, the deals behind a figure, and its refresh signal. */
export const PIPELINE_DASHBOARD_QUERY = /* GraphQL */ `
  query PipelineDashboard($campaignId: ID!, $period: DashboardPeriodInput) {
    pipelineDashboard(campaignId: $campaignId, period: $period) {
      asOf
      timeZone
      period {
        from
        to
      }
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
          monthlySpend {
            amount
            currency
          }
        }
        won {
          accounts
          monthlySpend {
            amount
            currency
          }
        }
        open {
          accounts
          monthlySpend {
            amount
            currency
          }
        }
        lost {
          accounts
          monthlySpend {
            amount
            currency
          }
        }
        untouched {
          accounts
          monthlySpend {
            amount
            currency
          }
        }
        lostTo {
          bidder
          accounts
          monthlySpend {
            amount
            currency
          }
        }
      }
      conversions {
        fromStage
        toStage
        entered
        converted
        rate
      }
      stageTimes {
        stage
        stays
        medianHours
        medianAllowedHours
        dueBusinessDays
        staysPastDue
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
          plannedWorkload
          monthlyValue {
          amount
          currency
        }
          weightedValue {
          amount
          currency
        }
        }
        beyondHorizon {
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
        unscheduled {
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
        overdue {
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

/** The deals behind a figure of the dashboard: by stage, overdue, one rep's, or a cycle-time bucket's (won in the period). */
export const DASHBOARD_DEALS_QUERY = /* GraphQL */ `
  query DashboardDeals(
    $campaignId: ID!
    $stage: Stage
    $overdue: Boolean
    $ownerId: ID
    $closedFrom: DateTime
    $closedBefore: DateTime
    $cycleBucket: Int
    $first: Int
  ) {
    opportunities(
      campaignId: $campaignId
      stage: $stage
      overdue: $overdue
      ownerId: $ownerId
      closedFrom: $closedFrom
      closedBefore: $closedBefore
      cycleBucket: $cycleBucket
      first: $first
      orderBy: DUE_AT
    ) {
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
