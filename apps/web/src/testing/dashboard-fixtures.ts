import { PipelineDashboardDocument, type PipelineDashboardQuery } from '../gql/graphql';

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
const user = (id: string, name: string) => ({ __typename: 'DashboardUser' as const, id, name });
const STAGES = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'won', 'lost'] as const;
const COUNTS = [12, 5, 4, 2, 3, 1];

/** The KPNQwest campaign's dashboard, as the manager's landing page asks for it. */
export const DASHBOARD: PipelineDashboardQuery['pipelineDashboard'] = {
  __typename: 'PipelineDashboard',
  asOf: '2026-11-23T08:00:00Z',
  timeZone: 'Europe/Paris',
  period: { __typename: 'DashboardPeriod', from: '2026-11-02T09:00:00Z', to: '2026-11-23T08:00:00Z' },
  campaign: { __typename: 'Campaign', id: 'camp-kpn', name: 'KPNQwest', currency: 'EUR' },
  shutdown: {
    __typename: 'DashboardShutdown',
    daysLeft: 11.6,
    health: 'liquidating',
    shutdownExpectedAt: '2026-12-05T17:00:00Z',
    rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest' },
  },
  overdue: {
    __typename: 'DashboardOverdue',
    count: 7,
    monthlyValue: eur(9_450_000),
    deals: [
      { __typename: 'DashboardOverdueDeal', opportunityId: 'opp-hp', accountId: 'acc-hp', accountName: 'Hewlett-Packard', stage: 'identified', dueAt: '2026-11-20T08:00:00Z', hoursOverdue: 72.4, monthlyValue: eur(4_200_000), owner: user('VXNlcjphbGljZQ', 'Alice Martin') },
      { __typename: 'DashboardOverdueDeal', opportunityId: 'opp-euronext', accountId: 'acc-euronext', accountName: 'Euronext', stage: 'contacted', dueAt: '2026-11-22T06:00:00Z', hoursOverdue: 26, monthlyValue: eur(2_100_000), owner: user('VXNlcjpicnVubw', 'Bruno Petit') },
      { __typename: 'DashboardOverdueDeal', opportunityId: 'opp-lycos', accountId: 'acc-lycos', accountName: 'Lycos Europe', stage: 'identified', dueAt: '2026-11-23T05:00:00Z', hoursOverdue: 3, monthlyValue: eur(1_800_000), owner: null },
    ],
  },
  migrationPlan: {
    __typename: 'DashboardMigrationPlan',
    planned: 3,
    willGoDark: 2,
    willGoDarkAccounts: ['AOL Europe', 'Opodo'],
    late: 1,
    overCapacityWeeks: 1,
    lastCutoverAt: '2026-12-11T16:00:00Z',
  },
  openPipeline: { __typename: 'DashboardPipelineTotals', deals: 23, monthlyValue: eur(31_000_000), weightedValue: eur(9_800_000) },
  capture: {
    __typename: 'DashboardCapture',
    wonShareOfSpend: 0.12,
    total: { __typename: 'DashboardCaptureBucket', accounts: 27, monthlySpend: eur(50_000_000) },
    won: { __typename: 'DashboardCaptureBucket', accounts: 3, monthlySpend: eur(6_000_000) },
    // One account per open deal (23), the won (3) and the lost (1) ones: none left untouched.
    open: { __typename: 'DashboardCaptureBucket', accounts: 23, monthlySpend: eur(42_500_000) },
    lost: { __typename: 'DashboardCaptureBucket', accounts: 1, monthlySpend: eur(1_500_000) },
    untouched: { __typename: 'DashboardCaptureBucket', accounts: 0, monthlySpend: eur(0) },
    lostTo: [{ __typename: 'DashboardLostToBidder', bidder: 'Vanco', accounts: 1, monthlySpend: eur(1_500_000) }],
  },
  // Of the 14 pairs, the ones the tests read; the others entered nothing in the period.
  conversions: (
    [
      ['identified', 'contacted', 10, 6],
      ['identified', 'proposal_sent', 10, 4],
      ['identified', 'negotiating', 10, 2],
      ['identified', 'won', 10, 1],
      ['identified', 'lost', 10, 1],
      ['contacted', 'proposal_sent', 6, 4],
      ['contacted', 'negotiating', 6, 2],
      ['contacted', 'won', 6, 1],
      ['contacted', 'lost', 6, 0],
      ['proposal_sent', 'negotiating', 4, 2],
      ['proposal_sent', 'won', 4, 1],
      ['proposal_sent', 'lost', 4, 0],
      ['negotiating', 'won', 0, 0],
      ['negotiating', 'lost', 0, 0],
    ] as const
  ).map(([fromStage, toStage, entered, converted]) => ({
    __typename: 'DashboardStageConversion' as const,
    fromStage,
    toStage,
    entered,
    converted,
    rate: entered === 0 ? null : converted / entered,
  })),
  stageTimes: [
    { __typename: 'DashboardStageTime', stage: 'identified', stays: 8, medianHours: 30, medianAllowedHours: 48, dueBusinessDays: 2, staysPastDue: 1 },
    { __typename: 'DashboardStageTime', stage: 'contacted', stays: 5, medianHours: 150, medianAllowedHours: 120, dueBusinessDays: 5, staysPastDue: 3 },
    { __typename: 'DashboardStageTime', stage: 'proposal_sent', stays: 2, medianHours: 60, medianAllowedHours: 120, dueBusinessDays: 5, staysPastDue: 0 },
    { __typename: 'DashboardStageTime', stage: 'negotiating', stays: 0, medianHours: null, medianAllowedHours: null, dueBusinessDays: 5, staysPastDue: 0 },
  ],
  stages: STAGES.map((stage, i) => ({
    __typename: 'DashboardStage' as const,
    stage,
    deals: COUNTS[i],
    monthlyValue: eur(COUNTS[i] * 1_000_000),
    weightedValue: eur(COUNTS[i] * 400_000),
  })),
  cycleTime: {
    __typename: 'DashboardCycleTime',
    targetHours: 168,
    medianHours: 130,
    measuredDeals: 3,
    withinTarget: 2,
    withinTargetShare: 2 / 3,
    buckets: Array.from({ length: 15 }, (_, i) => ({
      __typename: 'DashboardCycleBucket' as const,
      fromDays: i,
      toDays: i === 14 ? null : i + 1,
      deals: i === 5 ? 2 : i === 9 ? 1 : 0,
    })),
  },
  forecast: {
    __typename: 'DashboardForecast',
    untilShutdown: true,
    weeklyMigrationCapacity: 10,
    weeks: ['2026-11-22T23:00:00Z', '2026-11-29T23:00:00Z'].map((weekStart, i) => ({
      __typename: 'DashboardForecastWeek' as const,
      weekStart,
      deals: [9, 6][i],
      migrationCapacity: 10,
      plannedWorkload: [14, 6][i],
      monthlyValue: eur([12_000_000, 8_000_000][i]),
      weightedValue: eur([5_000_000, 3_000_000][i]),
    })),
    beyondHorizon: { __typename: 'DashboardForecastBucket', deals: 5, monthlyValue: eur(7_000_000), weightedValue: eur(1_200_000) },
    unscheduled: { __typename: 'DashboardForecastBucket', deals: 3, monthlyValue: eur(4_000_000), weightedValue: eur(600_000) },
    // Expected before asOf: overdue, in no week.
    overdue: { __typename: 'DashboardForecastBucket', deals: 4, monthlyValue: eur(5_000_000), weightedValue: eur(2_000_000) },
  },
  reps: [
    { __typename: 'DashboardRep', user: user('VXNlcjphbGljZQ', 'Alice Martin'), teamRole: 'rep', openDeals: 9, overdueDeals: 3, wonDeals: 2, lostDeals: 1, activities: 41, openMonthlyValue: eur(14_000_000) },
    { __typename: 'DashboardRep', user: user('VXNlcjpicnVubw', 'Bruno Petit'), teamRole: 'rep', openDeals: 8, overdueDeals: 2, wonDeals: 1, lostDeals: 0, activities: 28, openMonthlyValue: eur(11_000_000) },
  ],
};

export function dashboardMock(dashboard = DASHBOARD) {
  return {
    request: { query: PipelineDashboardDocument, variables: { campaignId: 'camp-kpn' } },
    result: { data: { pipelineDashboard: dashboard } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
