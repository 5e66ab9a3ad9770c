import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RACE_POLICIES, type OpenStage, type RacePolicy, type Segment, type Stage } from '@lifeboat/domain';
import { Money } from '../common/graphql/money';
import { SegmentEnum, StageEnum } from '../common/graphql/domain-enums';
import { enumFrom } from '../common/graphql/scalars';

export const RacePolicyEnum = enumFrom(RACE_POLICIES);
registerEnumType(RacePolicyEnum, {
  name: 'RacePolicy',
  description:
    'An order of work in the race simulator: queue_v2 = the work queue as the product orders it now (queue priority); queue = its former order (overdue, then urgency); first_come; largest_spend; no_backup_first; shortest_lead_first (migration lead time).',
});

export const RACE_ESTIMATE_SOURCES = ['prior', 'blend', 'history'] as const;
export type RaceEstimateSource = (typeof RACE_ESTIMATE_SOURCES)[number];
export const RaceEstimateSourceEnum = enumFrom(RACE_ESTIMATE_SOURCES);
registerEnumType(RaceEstimateSourceEnum, {
  name: 'RaceEstimateSource',
  description: 'What a stage estimate rests on: prior (no exit from the stage seen yet), blend (fewer than 30 exits: the prior still weighs at least a quarter), history.',
});

@ObjectType('RaceMoneyBand', { description: 'A monthly spend over the runs of the race: 10th, 50th and 90th percentiles and the mean (rounded to minor units).' })
export class RaceMoneyBandModel {
  @Field(() => Money, { description: 'P10: 9 runs in 10 did better.' })
  p10!: Money;
  @Field(() => Money, { description: 'P50, the median.' })
  p50!: Money;
  @Field(() => Money, { description: 'P90: 1 run in 10 did better.' })
  p90!: Money;
  @Field(() => Money, { description: 'The mean.' })
  mean!: Money;
}

@ObjectType('RaceCountBand', { description: 'A count over the runs of the race: percentiles and mean.' })
export class RaceCountBandModel {
  @Field(() => Float, { description: 'P10: 9 runs in 10 did better.' }) p10!: number;
  @Field(() => Float, { description: 'P50, the median.' }) p50!: number;
  @Field(() => Float, { description: 'P90: 1 run in 10 did better.' }) p90!: number;
  @Field(() => Float, { description: 'The mean.' }) mean!: number;
}

@ObjectType('RaceForecastWeek', { description: 'One week of a scenario, cumulative from now to the end of the week (or to the scenario’s date, in its last week).' })
export class RaceForecastWeekModel {
  @Field(() => GraphQLISODateTime, { description: 'Monday 00:00 in the campaign’s time zone.' })
  weekStart!: Date;
  @Field(() => RaceMoneyBandModel, { description: 'Monthly spend of the customers won by then.' })
  spendWon!: RaceMoneyBandModel;
  @Field(() => RaceMoneyBandModel, { description: '… and cut over (migrated) by then.' })
  spendMigrated!: RaceMoneyBandModel;
}

@ObjectType('RaceForecastScenario', { description: 'The work queue’s race read at one shutdown scenario’s date.' })
export class RaceForecastScenarioModel {
  @Field(() => ID, { nullable: true, description: 'The shutdown scenario; null when the race uses the rival’s expected shutdown (it has no scenario ahead).' })
  scenarioId!: string | null;
  @Field(() => String, { nullable: true, description: 'The scenario’s label; null for the rival’s expected shutdown.' })
  label!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the network goes dark.' })
  goesDarkAt!: Date;
  @Field(() => Int, { description: 'Its probability in whole percent (100 for the rival’s own date).' })
  probabilityPercent!: number;
  @Field(() => RaceMoneyBandModel, { description: 'Monthly spend won (signed) by then.' })
  spendWon!: RaceMoneyBandModel;
  @Field(() => RaceMoneyBandModel, { description: 'Monthly spend won and migrated before the network goes dark: what the race captures.' })
  spendMigrated!: RaceMoneyBandModel;
  @Field(() => RaceCountBandModel, { description: 'Customers won and migrated by then.' })
  accountsMigrated!: RaceCountBandModel;
  @Field(() => Float, { description: 'Customers signed but not migrated by then (mean over the runs): they go dark on our contract.' })
  signedButDarkAccounts!: number;
  @Field(() => Money, { description: 'Their monthly spend (mean over the runs).' })
  signedButDarkSpend!: Money;
  @Field(() => [RaceForecastWeekModel], { description: 'Week by week, from the current week to the scenario’s.' })
  weeks!: RaceForecastWeekModel[];
}

@ObjectType('RaceGoingDark', { description: 'A customer likely to still be on the rival when its network goes dark (neither migrated to us nor gone elsewhere).' })
export class RaceGoingDarkModel {
  @Field(() => ID, { description: 'The account.' })
  accountId!: string;
  @Field({ description: 'Its name.' }) accountName!: string;
  @Field(() => SegmentEnum, { description: 'Its segment (which sets its migration lead time).' }) segment!: Segment;
  @Field(() => StageEnum, { nullable: true, description: 'Its open deal’s stage; null when it has no deal yet.' })
  stage!: Stage | null;
  @Field(() => Money, { description: 'Its monthly spend with the rival.' })
  monthlySpend!: Money;
  @Field(() => Float, { description: 'The chance (0–1) it goes dark, weighted over the scenarios by their probabilities.' })
  chance!: number;
  @Field(() => Money, { description: 'chance × monthly spend: what the list is ordered by, largest first.' })
  expectedSpendDark!: Money;
}

@ObjectType('RacePolicyScenario', { description: 'One policy in one scenario (same order as `RaceForecast.scenarios`).' })
export class RacePolicyScenarioModel {
  @Field(() => GraphQLISODateTime, { description: 'The scenario’s date.' }) goesDarkAt!: Date;
  @Field(() => RaceMoneyBandModel, { description: 'Monthly spend won and migrated before the network goes dark.' })
  spendMigrated!: RaceMoneyBandModel;
  @Field(() => Money, { description: 'Monthly spend won by then (mean).' })
  spendWon!: Money;
  @Field(() => Float, { description: 'Signed but not migrated by then: customers (mean).' })
  signedButDarkAccounts!: number;
  @Field(() => Money, { description: 'Their monthly spend (mean).' })
  signedButDarkSpend!: Money;
  @Field(() => Float, { nullable: true, description: 'Mean spend migrated ÷ first come’s; null when first come captures nothing.' })
  timesFirstCome!: number | null;
}

@ObjectType('RacePolicyComparison', { description: 'One order of work raced on the same customers’ luck as the others (`RaceForecast.comparisonRuns` runs).' })
export class RacePolicyComparisonModel {
  @Field(() => RacePolicyEnum, { description: 'The order of work.' }) policy!: RacePolicy;
  @Field(() => Money, { description: 'Spend won and migrated, mean, weighted over the scenarios by their probabilities.' })
  expectedSpendMigrated!: Money;
  @Field(() => Money, { description: 'Spend won, mean, weighted over the scenarios.' })
  expectedSpendWon!: Money;
  @Field(() => [RacePolicyScenarioModel], { description: 'Per scenario ahead, by date.' }) scenarios!: RacePolicyScenarioModel[];
}

@ObjectType('RaceStaffingAdvice', {
  description:
    'The team the work queue needs to capture a target share of what an unlimited team would (expected spend won and migrated, weighted over the scenarios). How it is searched: (1) unlimited = enough reps to act on every account every business day (⌈accounts ÷ daily actions per rep⌉, at least today’s team) and no migration capacity limit; target = share × what that captures. (2) repsNeeded = the fewest reps reaching the target with migration capacity unlimited: bisection between 0 and the unlimited team (geometric once both ends are positive), probing today’s team first, until the bracket is within 10 % or one rep. (3) weeklyMigrationCapacityNeeded = with that many reps, the least weekly capacity (workload units) reaching the target, by the same bisection between 1 and the whole workload, probing today’s capacity first. Each evaluation races `runs` runs with the same seed (common random numbers); the answers are the upper ends of the brackets, i.e. teams seen to reach the target. Above 500 accounts the search races a systematic sample of 500 (every k-th by spend) with each rep’s daily actions and the weekly capacity scaled by the sample’s share of the accounts and of the workload, and scales spend and capacity back (`sampledAccounts`).',
})
export class RaceStaffingAdviceModel {
  @Field(() => Int, { description: 'The target, in percent of the unlimited team’s capture.' })
  targetSharePercent!: number;
  @Field(() => Int, { description: 'Runs of each evaluation.' })
  runs!: number;
  @Field(() => Int, { description: 'Accounts the search raced: all of them, or a sample of 500 above that.' })
  sampledAccounts!: number;
  @Field(() => Int, { description: 'Evaluations (races) the search made.' })
  evaluations!: number;
  @Field(() => Money, { description: 'What an unlimited team captures.' })
  unlimitedSpendMigrated!: Money;
  @Field(() => Int, { description: 'The reps the search took as unlimited.' })
  unlimitedReps!: number;
  @Field(() => Money, { description: 'The target: share × unlimited.' })
  targetSpendMigrated!: Money;
  @Field(() => Money, { description: 'What today’s team captures (same runs).' })
  currentSpendMigrated!: Money;
  @Field(() => Int, { description: 'Today’s active reps.' }) currentReps!: number;
  @Field(() => Int, { description: 'Today’s weekly migration capacity (workload units).' }) currentWeeklyMigrationCapacity!: number;
  @Field(() => Boolean, { description: 'Whether today’s team already reaches the target.' })
  currentReachesTarget!: boolean;
  @Field(() => Int, { nullable: true, description: 'Reps needed (null when nothing can be captured any more).' })
  repsNeeded!: number | null;
  @Field(() => Int, { nullable: true, description: 'Weekly migration capacity needed with that many reps, in workload units.' })
  weeklyMigrationCapacityNeeded!: number | null;
  @Field(() => Money, { nullable: true, description: 'What that team captures.' })
  adviceSpendMigrated!: Money | null;
}

@ObjectType('RaceStageExit', { description: 'Where a deal goes when it leaves a stage, and how likely.' })
export class RaceStageExitModel {
  @Field(() => StageEnum, { description: 'The stage it goes to.' }) stage!: Stage;
  @Field(() => Float, { description: '0–1.' }) probability!: number;
}

@ObjectType('RaceStageEstimate', { description: 'What the race assumes of one open stage (libs/domain `estimateRace`): from the campaign’s deal histories, pulled towards priors where they are thin.' })
export class RaceStageEstimateModel {
  @Field(() => StageEnum, { description: 'The open stage.' }) stage!: OpenStage;
  @Field(() => [RaceStageExitModel], { description: 'Where deals go from it.' }) exits!: RaceStageExitModel[];
  @Field(() => Float, { description: 'Mean calendar days a customer takes in the stage.' })
  meanDays!: number;
  @Field(() => Int, { description: 'Exits from the stage seen in the campaign’s history.' })
  observedExits!: number;
  @Field(() => RaceEstimateSourceEnum, { description: 'What the estimate rests on.' }) source!: RaceEstimateSource;
  @Field(() => Float, { description: 'The prior’s share of the estimate (0–1).' })
  priorShare!: number;
}

@ObjectType('RaceForecast', {
  description:
    'Will we make it? The campaign’s race against the rival’s shutdown, simulated (libs/domain `simulateRace`, seeded: the same data, time and seed give the same answer).',
})
export class RaceForecastModel {
  @Field(() => ID, { description: 'The campaign.' }) campaignId!: string;
  @Field(() => GraphQLISODateTime, { description: 'The moment the race starts from (when it was computed).' })
  asOf!: Date;
  @Field({ description: 'The campaign’s time zone (weeks are Monday to Sunday there).' })
  timeZone!: string;
  @Field(() => Int, { description: 'The seed of the runs.' })
  seed!: number;
  @Field(() => Int, { description: 'Runs of the work queue’s forecast (`scenarios`, `goingDark`).' })
  runs!: number;
  @Field(() => Int, { description: 'Runs of each policy in `policies`.' })
  comparisonRuns!: number;
  @Field(() => Int, { description: 'Accounts in the race: those with an open deal and those with no deal yet.' })
  accounts!: number;
  @Field(() => Int, { description: 'Of those, with an open deal.' })
  openDeals!: number;
  @Field(() => Money, { description: 'Their monthly spend with the rival.' })
  monthlySpend!: Money;
  @Field(() => Int, { description: 'Reps in the race: the campaign team’s active reps.' })
  reps!: number;
  @Field(() => Int, { description: 'Actions a rep takes on deals each business day.' })
  dailyActionsPerRep!: number;
  @Field(() => Int, { description: 'The campaign’s weekly migration capacity, in workload units.' })
  weeklyMigrationCapacity!: number;
  @Field(() => Boolean, { description: 'False when the rival has neither a shutdown scenario nor an expected shutdown ahead: there is no race to forecast, and the lists are empty.' })
  shutdownAhead!: boolean;
  @Field(() => Money, { description: 'The work queue’s spend won and migrated, mean, weighted over the scenarios by their probabilities.' })
  expectedSpendMigrated!: Money;
  @Field(() => [RaceForecastScenarioModel], { description: 'Per scenario ahead (by date), the work queue’s race.' })
  scenarios!: RaceForecastScenarioModel[];
  @Field(() => [RaceGoingDarkModel], { description: 'The 20 customers with the most spend likely to go dark with the work queue.' })
  goingDark!: RaceGoingDarkModel[];
  @Field(() => [RacePolicyComparisonModel], { description: 'The work queue against the simple rules, on the same luck.' })
  policies!: RacePolicyComparisonModel[];
  @Field(() => RaceStaffingAdviceModel, { nullable: true, description: 'Null when there is no race (see `shutdownAhead`).' })
  staffing!: RaceStaffingAdviceModel | null;
  @Field(() => [RaceStageEstimateModel], { description: 'The stage estimates the race rests on.' })
  estimates!: RaceStageEstimateModel[];
  @Field(() => Int, { description: 'How long the simulations took (ms, wall clock), when this answer was computed.' })
  computeMs!: number;
}
