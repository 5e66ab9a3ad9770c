import { RaceForecastDocument, type RaceForecastQuery } from '../../../gql/graphql';

type Forecast = RaceForecastQuery['raceForecast'];

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
const band = (p10: number, p50: number, p90: number) => ({ __typename: 'RaceMoneyBand' as const, p10: eur(p10), p50: eur(p50), p90: eur(p90) });
const week = (weekStart: string, won: number, migrated: number) => ({
  __typename: 'RaceForecastWeek' as const,
  weekStart,
  spendWon: band(won * 0.8, won, won * 1.2),
  spendMigrated: band(migrated * 0.5, migrated, migrated * 1.5),
});
const policyScenario = (goesDarkAt: string, mean: number, dark: number, times: number | null) => ({
  __typename: 'RacePolicyScenario' as const,
  goesDarkAt,
  spendMigrated: { __typename: 'RaceMoneyBand' as const, mean: eur(mean) },
  signedButDarkAccounts: dark,
  signedButDarkSpend: eur(dark * 1_000_000),
  timesFirstCome: times,
});
const LIQUIDATION = '2026-12-14T17:00:00.000Z';
const DELAY = '2027-01-11T17:00:00.000Z';
const policy = (name: Forecast['policies'][number]['policy'], expected: number, a: number, b: number, dark: number, base: [number, number]) => ({
  __typename: 'RacePolicyComparison' as const,
  policy: name,
  expectedSpendMigrated: eur(expected),
  scenarios: [policyScenario(LIQUIDATION, a, dark, a / base[0]), policyScenario(DELAY, b, dark / 2, b / base[1])],
});

/** A KPNQwest-like forecast: two scenarios, five policies, advice short of its target. */
export const FORECAST: Forecast = {
  __typename: 'RaceForecast',
  campaignId: 'camp-kpn',
  asOf: '2026-11-23T08:00:00.000Z',
  timeZone: 'Europe/Paris',
  runs: 1000,
  comparisonRuns: 200,
  accounts: 500,
  openDeals: 120,
  reps: 5,
  dailyActionsPerRep: 8,
  weeklyMigrationCapacity: 600,
  shutdownAhead: true,
  computeMs: 1840,
  monthlySpend: eur(597_791_300),
  expectedSpendMigrated: eur(69_541_700),
  scenarios: [
    {
      __typename: 'RaceForecastScenario',
      scenarioId: 'sc-liq',
      label: 'Liquidation',
      goesDarkAt: LIQUIDATION,
      probabilityPercent: 60,
      spendWon: band(30_000_000, 48_739_100, 60_000_000),
      spendMigrated: band(11_189_500, 20_413_200, 32_571_800),
      signedButDarkAccounts: 11.5,
      signedButDarkSpend: eur(28_473_800),
      weeks: [week('2026-11-22T23:00:00.000Z', 5_000_000, 0), week('2026-11-29T23:00:00.000Z', 25_000_000, 8_000_000), week('2026-12-06T23:00:00.000Z', 40_000_000, 15_000_000), week('2026-12-13T23:00:00.000Z', 48_739_100, 20_413_200)],
    },
    {
      __typename: 'RaceForecastScenario',
      scenarioId: 'sc-delay',
      label: 'Delay granted',
      goesDarkAt: DELAY,
      probabilityPercent: 40,
      spendWon: band(120_000_000, 153_690_100, 170_000_000),
      spendMigrated: band(119_436_000, 141_027_700, 165_683_200),
      signedButDarkAccounts: 1,
      signedButDarkSpend: eur(12_486_800),
      weeks: [week('2026-11-22T23:00:00.000Z', 5_000_000, 0), week('2026-11-29T23:00:00.000Z', 25_000_000, 8_000_000), week('2026-12-06T23:00:00.000Z', 60_000_000, 30_000_000), week('2026-12-13T23:00:00.000Z', 100_000_000, 70_000_000), week('2027-01-10T23:00:00.000Z', 153_690_100, 141_027_700)],
    },
  ],
  goingDark: [
    { __typename: 'RaceGoingDark', accountId: 'acc-aol', accountName: 'AOL Europe', segment: 'isp_wholesale', stage: 'contacted', monthlySpend: eur(12_598_900), chance: 0.57 },
    { __typename: 'RaceGoingDark', accountId: 'acc-lycos', accountName: 'Lycos Europe', segment: 'isp_wholesale', stage: null, monthlySpend: eur(9_543_700), chance: 0.59 },
  ],
  policies: [
    policy('queue_v2', 69_541_700, 21_361_300, 141_812_200, 11.5, [11_633_800, 114_468_900]),
    policy('first_come', 52_767_800, 11_633_800, 114_468_900, 19.5, [11_633_800, 114_468_900]),
    policy('largest_spend', 68_897_100, 20_428_500, 141_599_900, 23, [11_633_800, 114_468_900]),
    policy('no_backup_first', 50_696_800, 11_660_100, 109_251_800, 18.8, [11_633_800, 114_468_900]),
    policy('shortest_lead_first', 38_088_900, 6_549_900, 85_397_400, 15.6, [11_633_800, 114_468_900]),
  ],
  staffing: {
    __typename: 'RaceStaffingAdvice',
    targetSharePercent: 80,
    runs: 50,
    evaluations: 14,
    unlimitedReps: 63,
    unlimitedSpendMigrated: eur(148_000_000),
    targetSpendMigrated: eur(118_400_000),
    currentSpendMigrated: eur(69_500_000),
    currentReps: 5,
    currentWeeklyMigrationCapacity: 600,
    currentReachesTarget: false,
    repsNeeded: 12,
    weeklyMigrationCapacityNeeded: 1400,
    adviceSpendMigrated: eur(120_100_000),
  },
  estimates: [
    {
      __typename: 'RaceStageEstimate',
      stage: 'identified',
      meanDays: 4.1,
      observedExits: 10,
      source: 'blend',
      priorShare: 0.5,
      exits: [
        { __typename: 'RaceStageExit', stage: 'contacted', probability: 0.7 },
        { __typename: 'RaceStageExit', stage: 'lost', probability: 0.3 },
      ],
    },
    {
      __typename: 'RaceStageEstimate',
      stage: 'negotiating',
      meanDays: 7,
      observedExits: 0,
      source: 'prior',
      priorShare: 1,
      exits: [
        { __typename: 'RaceStageExit', stage: 'won', probability: 0.7 },
        { __typename: 'RaceStageExit', stage: 'proposal_sent', probability: 0 },
        { __typename: 'RaceStageExit', stage: 'lost', probability: 0.3 },
      ],
    },
  ],
};

export function forecastMock(targetSharePercent = 80, forecast: Forecast = FORECAST) {
  return {
    request: { query: RaceForecastDocument, variables: { campaignId: 'camp-kpn', targetSharePercent } },
    result: { data: { raceForecast: forecast } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
