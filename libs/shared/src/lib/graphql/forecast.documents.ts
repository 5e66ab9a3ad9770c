/** A P10 / P50 / P90 band of monthly spend (a scenario's total, or its week). */
export const RACE_MONEY_BAND_FIELDS = /* GraphQL */ `
  fragment RaceMoneyBandFields on RaceMoneyBand {
    p10 {
      amount
      currency
    }
    p50 {
      amount
      currency
    }
    p90 {
      amount
      currency
    }
  }
`;

/** The manager's race forecast ("Will we make it?"): the work queue's race, the policies, the staffing advice. */
export const RACE_FORECAST_QUERY = /* GraphQL */ `
  query RaceForecast($campaignId: ID!, $targetSharePercent: Int) {
    raceForecast(campaignId: $campaignId, targetSharePercent: $targetSharePercent) {
      campaignId
      asOf
      timeZone
      runs
      comparisonRuns
      accounts
      openDeals
      reps
      dailyActionsPerRep
      weeklyMigrationCapacity
      shutdownAhead
      computeMs
      monthlySpend {
        amount
        currency
      }
      expectedSpendMigrated {
        amount
        currency
      }
      scenarios {
        scenarioId
        label
        goesDarkAt
        probabilityPercent
        spendWon {
          ...RaceMoneyBandFields
        }
        spendMigrated {
          ...RaceMoneyBandFields
        }
        signedButDarkAccounts
        signedButDarkSpend {
          amount
          currency
        }
        weeks {
          weekStart
          spendWon {
            ...RaceMoneyBandFields
          }
          spendMigrated {
            ...RaceMoneyBandFields
          }
        }
      }
      goingDark {
        accountId
        accountName
        segment
        stage
        monthlySpend {
          amount
          currency
        }
        chance
      }
      policies {
        policy
        expectedSpendMigrated {
          amount
          currency
        }
        scenarios {
          goesDarkAt
          spendMigrated {
            mean {
              amount
              currency
            }
          }
          signedButDarkAccounts
          signedButDarkSpend {
            amount
            currency
          }
          timesFirstCome
        }
      }
      staffing {
        targetSharePercent
        runs
        evaluations
        unlimitedReps
        unlimitedSpendMigrated {
          amount
          currency
        }
        targetSpendMigrated {
          amount
          currency
        }
        currentSpendMigrated {
          amount
          currency
        }
        currentReps
        currentWeeklyMigrationCapacity
        currentReachesTarget
        repsNeeded
        weeklyMigrationCapacityNeeded
        adviceSpendMigrated {
          amount
          currency
        }
      }
      estimates {
        stage
        meanDays
        observedExits
        source
        priorShare
        exits {
          stage
          probability
        }
      }
    }
  }
  ${RACE_MONEY_BAND_FIELDS}
`;
