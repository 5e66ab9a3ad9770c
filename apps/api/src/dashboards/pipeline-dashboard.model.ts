import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MigrationStatus, RivalHealth, Stage } from '@lifeboat/domain';
import { Money } from '../common/graphql/money';
import { StageEnum } from '../common/graphql/domain-enums';
import { RivalHealthEnum } from '../common/graphql/scalars';
import { CampaignModel, TeamRoleEnum } from '../campaigns/campaign.model';
import { RivalModel } from '../rivals/rival.model';
import { MigrationStatusEnum } from '../migrations/migration.model';

@ObjectType('DashboardPeriod', { description: 'The time window of the period figures: from (inclusive) to (exclusive).' })
export class DashboardPeriodModel {
  @Field(() => GraphQLISODateTime, { description: 'Start, inclusive.' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End, exclusive.' })
  to!: Date;
}

@ObjectType('DashboardStage', { description: 'The deals currently in one stage (a snapshot, whatever the period).' })
export class DashboardStageModel {
  @Field(() => StageEnum, { description: 'The stage.' })
  stage!: Stage;

  @Field(() => Int, { description: 'How many deals are in it.' })
  deals!: number;

  @Field(() => Money, { description: 'Sum of their monthly values.' })
  monthlyValue!: Money;

  @Field(() => Money, { description: 'Sum of monthly value × win probability (set on the deal, else the stage’s default), rounded once.' })
  weightedValue!: Money;
}

@ObjectType('DashboardPipelineTotals', { description: 'The open deals (identified, contacted, proposal_sent, negotiating) together.' })
export class DashboardPipelineTotalsModel {
  @Field(() => Int, { description: 'How many open deals.' })
  deals!: number;

  @Field(() => Money, { description: 'Sum of their monthly values.' })
  monthlyValue!: Money;

  @Field(() => Money, { description: 'Sum of monthly value × win probability, rounded once.' })
  weightedValue!: Money;
}

@ObjectType('DashboardStageConversion', {
  description: 'Of the deals that entered one stage in the period, how many later entered another (a cohort: the later stage may come after the period).',
})
export class DashboardStageConversionModel {
  @Field(() => StageEnum, { description: 'The stage entered in the period.' })
  fromStage!: Stage;

  @Field(() => StageEnum, { description: 'The stage they may have reached later.' })
  toStage!: Stage;

  @Field(() => Int, { description: 'Deals that entered `fromStage` in the period.' })
  entered!: number;

  @Field(() => Int, { description: 'Of those, the deals that entered `toStage` at or after that entry.' })
  converted!: number;

  @Field(() => Float, { nullable: true, description: 'converted / entered, from 0 to 1; null when no deal entered.' })
  rate!: number | null;
}

@ObjectType('DashboardStageTime', { description: 'How long deals stay in an open stage, against the campaign’s due time for it.' })
export class DashboardStageTimeModel {
  @Field(() => StageEnum, { description: 'The open stage.' })
  stage!: Stage;

  @Field(() => Int, { description: 'Completed stays that entered the stage in the period (the deal has left it since).' })
  stays!: number;

  @Field(() => Float, { nullable: true, description: 'Median length of those stays, in hours (percentile_cont 0.5); null without any.' })
  medianHours!: number | null;

  @Field(() => Int, { description: 'The due time of the stage in business days (campaign settings).' })
  dueBusinessDays!: number;

  @Field(() => Float, { description: 'The same due time as nominal hours: business days × 24 (weekends not counted).' })
  dueHours!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median time those stays were actually allowed (their due time − entry, weekends and the signing deadline included), in hours; never negative: a stay that began at or after its due time (after the signing deadline) was allowed 0.',
  })
  medianAllowedHours!: number | null;

  @Field(() => Int, { description: 'Stays that ended after their due time.' })
  staysPastDue!: number;
}

@ObjectType('DashboardUser', { description: 'A person as the dashboard names them.' })
export class DashboardUserModel {
  @Field(() => ID, { description: 'The user’s id (a `User` node).' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;
}

@ObjectType('DashboardOverdueDeal', { description: 'An open deal past its due time.' })
export class DashboardOverdueDealModel {
  @Field(() => ID, { description: 'The deal (an `Opportunity` node).' })
  opportunityId!: string;

  @Field(() => ID, { description: 'Its account (an `Account` node).' })
  accountId!: string;

  @Field({ description: 'The account’s name.' })
  accountName!: string;

  @Field(() => DashboardUserModel, { nullable: true, description: 'The rep who owns the account; null when unassigned.' })
  owner!: DashboardUserModel | null;

  @Field(() => StageEnum, { description: 'The stage it is stuck in.' })
  stage!: Stage;

  @Field(() => GraphQLISODateTime, { description: 'When it was due.' })
  dueAt!: Date;

  @Field(() => Float, { description: 'Hours since it was due, at `asOf`.' })
  hoursOverdue!: number;

  @Field(() => Money, { description: 'Its monthly value.' })
  monthlyValue!: Money;
}

@ObjectType('DashboardOverdue', { description: 'Open deals past their due time, at `asOf`.' })
export class DashboardOverdueModel {
  @Field(() => Int, { description: 'How many.' })
  count!: number;

  @Field(() => Money, { description: 'Sum of their monthly values.' })
  monthlyValue!: Money;

  @Field(() => [DashboardOverdueDealModel], { description: 'The 20 most overdue, most overdue first (ties by id).' })
  deals!: DashboardOverdueDealModel[];
}

@ObjectType('DashboardCycleBucket', { description: 'Signed deals whose cycle lasted from `fromDays` (inclusive) to `toDays` (exclusive) days.' })
export class DashboardCycleBucketModel {
  @Field(() => Int, { description: 'Lower bound in days of 24 hours, inclusive.' })
  fromDays!: number;

  @Field(() => Int, { nullable: true, description: 'Upper bound in days, exclusive; null for the last, open-ended bucket (14+).' })
  toDays!: number | null;

  @Field(() => Int, { description: 'How many signed deals.' })
  deals!: number;
}

@ObjectType('DashboardCycleTime', {
  description: 'From first contact to signature, for the deals won in the period, against the one-week target.',
})
export class DashboardCycleTimeModel {
  @Field(() => Int, { description: 'Deals won (signed) in the period.' })
  signedDeals!: number;

  @Field(() => Int, { description: 'Of those, the ones with a first contact recorded: the ones measured.' })
  measuredDeals!: number;

  @Field(() => Float, { nullable: true, description: 'Median cycle in hours (percentile_cont 0.5); null without a measured deal.' })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the cycle in hours (percentile_cont 0.9).' })
  p90Hours!: number | null;

  @Field(() => Float, { description: 'The target: 7 calendar days, in hours (168).' })
  targetHours!: number;

  @Field(() => Int, { description: 'Measured deals signed within the target (at most 168 hours after first contact).' })
  withinTarget!: number;

  @Field(() => Float, { nullable: true, description: 'withinTarget / measuredDeals, from 0 to 1; null without a measured deal.' })
  withinTargetShare!: number | null;

  @Field(() => [DashboardCycleBucketModel], { description: 'The measured deals by whole days: 0–1, 1–2, …, 13–14, 14+.' })
  buckets!: DashboardCycleBucketModel[];
}

@ObjectType('DashboardRep', { description: 'One person’s load (now) and results (in the period); a deal counts for its account’s owner.' })
export class DashboardRepModel {
  @Field(() => DashboardUserModel, { description: 'Who.' })
  user!: DashboardUserModel;

  @Field(() => TeamRoleEnum, { nullable: true, description: 'Their place in the campaign team; null if they own accounts without being in it.' })
  teamRole!: 'manager' | 'rep' | null;

  @Field(() => Int, { description: 'Open deals of the accounts they own.' })
  openDeals!: number;

  @Field(() => Money, { description: 'Sum of the monthly values of those open deals.' })
  openMonthlyValue!: Money;

  @Field(() => Int, { description: 'Of those, the ones past their due time.' })
  overdueDeals!: number;

  @Field(() => Int, { description: 'Deals won in the period.' })
  wonDeals!: number;

  @Field(() => Money, { description: 'Sum of the monthly values of the deals won in the period.' })
  wonMonthlyValue!: Money;

  @Field(() => Int, { description: 'Deals lost in the period.' })
  lostDeals!: number;

  @Field(() => Int, { description: 'Activities they authored in the campaign in the period, system events (stage changes…) included.' })
  activities!: number;

  @Field(() => Int, { description: 'Of those, the calls, emails, meetings and notes they logged.' })
  loggedActivities!: number;
}

@ObjectType('DashboardUnassigned', { description: 'Open deals of accounts nobody owns yet.' })
export class DashboardUnassignedModel {
  @Field(() => Int, { description: 'How many open deals.' })
  openDeals!: number;

  @Field(() => Money, { description: 'Sum of their monthly values.' })
  openMonthlyValue!: Money;

  @Field(() => Int, { description: 'Of those, the ones past their due time.' })
  overdueDeals!: number;
}

@ObjectType('DashboardCaptureBucket', { description: 'Accounts of the rival’s customer base in one state, and what they spend with the rival.' })
export class DashboardCaptureBucketModel {
  @Field(() => Int, { description: 'How many accounts.' })
  accounts!: number;

  @Field(() => Money, { description: 'Sum of their monthly spend with the rival.' })
  monthlySpend!: Money;
}

@ObjectType('DashboardLostToBidder', { description: 'Accounts lost, grouped by the competing bidder that won them.' })
export class DashboardLostToBidderModel {
  @Field(() => String, { nullable: true, description: 'The bidder named on the latest lost deal; null when none was named.' })
  bidder!: string | null;

  @Field(() => Int, { description: 'How many lost accounts.' })
  accounts!: number;

  @Field(() => Money, { description: 'Their monthly spend with the rival.' })
  monthlySpend!: Money;
}

@ObjectType('DashboardCapture', {
  description:
    'How much of the rival’s customer base is captured (a snapshot). An account is won if one of its deals is won, else open if one is open, else lost if one is lost, else untouched.',
})
export class DashboardCaptureModel {
  @Field(() => DashboardCaptureBucketModel, { description: 'Every account of the campaign.' })
  total!: DashboardCaptureBucketModel;

  @Field(() => DashboardCaptureBucketModel, { description: 'Accounts won.' })
  won!: DashboardCaptureBucketModel;

  @Field(() => DashboardCaptureBucketModel, { description: 'Accounts with a deal still open.' })
  open!: DashboardCaptureBucketModel;

  @Field(() => DashboardCaptureBucketModel, { description: 'Accounts lost.' })
  lost!: DashboardCaptureBucketModel;

  @Field(() => DashboardCaptureBucketModel, { description: 'Accounts without any deal yet.' })
  untouched!: DashboardCaptureBucketModel;

  @Field(() => Float, { nullable: true, description: 'Won monthly spend / total monthly spend, from 0 to 1; null when the total is 0.' })
  wonShareOfSpend!: number | null;

  @Field(() => [DashboardLostToBidderModel], { description: 'Lost accounts by competing bidder, most accounts first.' })
  lostTo!: DashboardLostToBidderModel[];
}

@ObjectType('DashboardForecastWeek', { description: 'Open deals expected to close in one week, weighted by their probability.' })
export class DashboardForecastWeekModel {
  @Field(() => GraphQLISODateTime, { description: 'Monday 00:00 of the week, in the campaign’s time zone.' })
  weekStart!: Date;

  @Field(() => Int, { description: 'Open deals expected that week (expected close, else due time), from now on: a passed one counts in `overdue`, not in a week.' })
  deals!: number;

  @Field(() => Money, { description: 'Sum of their monthly values.' })
  monthlyValue!: Money;

  @Field(() => Money, { description: 'Sum of monthly value × win probability, rounded once.' })
  weightedValue!: Money;

  @Field(() => Int, { description: 'The campaign’s weekly migration capacity, in workload units, for comparison.' })
  migrationCapacity!: number;

  @Field(() => Int, {
    description:
      'Workload units the migration plan (the same plan as `migrationPlan`: won customers not yet migrated) cuts over that week, in the unit of `migrationCapacity`.',
  })
  plannedWorkload!: number;
}

@ObjectType('DashboardForecastBucket', { description: 'Open deals outside the forecast weeks.' })
export class DashboardForecastBucketModel {
  @Field(() => Int, { description: 'How many open deals.' })
  deals!: number;

  @Field(() => Money, { description: 'Sum of their monthly values.' })
  monthlyValue!: Money;

  @Field(() => Money, { description: 'Sum of monthly value × win probability, rounded once.' })
  weightedValue!: Money;
}

@ObjectType('DashboardForecast', {
  description:
    'The weighted forecast by week, from the current week to the rival’s shutdown week (or, without a shutdown ahead, to the latest expected week), at most 52 weeks.',
})
export class DashboardForecastModel {
  @Field({ description: 'True when the weeks end with the rival’s expected shutdown.' })
  untilShutdown!: boolean;

  @Field(() => Int, { description: 'The campaign’s weekly migration capacity, in workload units.' })
  weeklyMigrationCapacity!: number;

  @Field(() => [DashboardForecastWeekModel], { description: 'Week by week, in order, without gaps.' })
  weeks!: DashboardForecastWeekModel[];

  @Field(() => DashboardForecastBucketModel, { description: 'Open deals expected after the last week (after the shutdown week when `untilShutdown`).' })
  beyondHorizon!: DashboardForecastBucketModel;

  @Field(() => DashboardForecastBucketModel, { description: 'Open deals with neither an expected close nor a due time.' })
  unscheduled!: DashboardForecastBucketModel;

  @Field(() => DashboardForecastBucketModel, {
    description: 'Open deals whose expected close (else due time) has already passed: overdue, in no week.',
  })
  overdue!: DashboardForecastBucketModel;
}

@ObjectType('DashboardShutdown', { description: 'The countdown to the rival’s expected shutdown.' })
export class DashboardShutdownModel {
  @Field(() => RivalModel, { description: 'The rival.' })
  rival!: RivalModel;

  @Field(() => RivalHealthEnum, { description: 'Its health, at `asOf`.' })
  health!: RivalHealth;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its network may go dark; null when unknown.' })
  shutdownExpectedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Days (of 24 hours) from `asOf` to the shutdown, fractional; negative once past; null without a date.' })
  daysLeft!: number | null;
}

@ObjectType('DashboardMigrationStatusCount', { description: 'The campaign’s migrations in one status.' })
export class DashboardMigrationStatusCountModel {
  @Field(() => MigrationStatusEnum, { description: 'The status.' })
  status!: MigrationStatus;

  @Field(() => Int, { description: 'How many migrations.' })
  migrations!: number;

  @Field(() => Int, { description: 'Their total workload, in workload units.' })
  workload!: number;
}

@ObjectType('DashboardMigrationPlan', {
  description: 'The migration plan in summary: the migrations not yet done laid into weeks before the shutdown (the same plan as `migrationPlan`).',
})
export class DashboardMigrationPlanModel {
  @Field(() => [DashboardMigrationStatusCountModel], { description: 'Every status, in the domain’s order, with zeros.' })
  byStatus!: DashboardMigrationStatusCountModel[];

  @Field(() => Int, { description: 'Migrations planned (every status but migrated).' })
  planned!: number;

  @Field(() => Int, { description: 'Weeks the plan spans.' })
  weeks!: number;

  @Field(() => Int, { description: 'Weeks loaded beyond the weekly capacity.' })
  overCapacityWeeks!: number;

  @Field(() => Int, { description: 'Migrations whose planned cutover falls after their own deadline.' })
  late!: number;

  @Field(() => Int, { description: 'Migrations whose planned cutover falls after the rival’s shutdown: those customers will go dark.' })
  willGoDark!: number;

  @Field(() => [String], { description: 'The accounts that will go dark (the first 20, in plan order).' })
  willGoDarkAccounts!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The last planned cutover; null without a planned migration.' })
  lastCutoverAt!: Date | null;
}

@ObjectType('PipelineDashboard', {
  description:
    'A campaign’s pipeline for its managers: by stage, conversions, time in stage, overdue deals, cycle time, reps, capture of the rival’s base, forecast, shutdown, migrations. Every figure is read from one consistent snapshot.',
})
export class PipelineDashboardModel {
  @Field(() => CampaignModel, { description: 'The campaign.' })
  campaign!: CampaignModel;

  @Field(() => GraphQLISODateTime, { description: 'The instant the figures describe (snapshot figures: overdue, load, countdown).' })
  asOf!: Date;

  @Field(() => DashboardPeriodModel, { description: 'The period of the period figures.' })
  period!: DashboardPeriodModel;

  @Field({ description: 'The campaign’s time zone (IANA), in which forecast weeks start.' })
  timeZone!: string;

  @Field(() => [DashboardStageModel], { description: 'Every stage, in pipeline order (a snapshot).' })
  stages!: DashboardStageModel[];

  @Field(() => DashboardPipelineTotalsModel, { description: 'The open stages together (a snapshot).' })
  openPipeline!: DashboardPipelineTotalsModel;

  @Field(() => [DashboardStageConversionModel], { description: 'Stage-to-stage conversion of the deals that entered a stage in the period.' })
  conversions!: DashboardStageConversionModel[];

  @Field(() => [DashboardStageTimeModel], { description: 'Median time in each open stage against its due time, for stays entered in the period.' })
  stageTimes!: DashboardStageTimeModel[];

  @Field(() => DashboardOverdueModel, { description: 'Deals past their due time (a snapshot).' })
  overdue!: DashboardOverdueModel;

  @Field(() => DashboardCycleTimeModel, { description: 'Cycle time from first contact to signature against the one-week target.' })
  cycleTime!: DashboardCycleTimeModel;

  @Field(() => [DashboardRepModel], { description: 'Each rep’s load and results, by name.' })
  reps!: DashboardRepModel[];

  @Field(() => DashboardUnassignedModel, { description: 'Open deals nobody owns yet.' })
  unassigned!: DashboardUnassignedModel;

  @Field(() => DashboardCaptureModel, { description: 'Capture of the rival’s customer base.' })
  capture!: DashboardCaptureModel;

  @Field(() => DashboardForecastModel, { description: 'Weighted forecast by week up to the rival’s shutdown, with the migration capacity alongside.' })
  forecast!: DashboardForecastModel;

  @Field(() => DashboardShutdownModel, { description: 'The shutdown countdown.' })
  shutdown!: DashboardShutdownModel;

  @Field(() => DashboardMigrationPlanModel, { description: 'The migration plan in summary.' })
  migrationPlan!: DashboardMigrationPlanModel;
}
