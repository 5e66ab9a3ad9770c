import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MIGRATION_STATUSES, type MigrationStatus } from '@lifeboat/domain';
import { Node } from '../common/graphql/node.model';
import { ConnectionType } from '../common/graphql/connection';
import { enumFrom } from '../common/graphql/scalars';
import { CampaignModel } from '../campaigns/campaign.model';

export const MigrationStatusEnum = enumFrom(MIGRATION_STATUSES);
registerEnumType(MigrationStatusEnum, {
  name: 'MigrationStatus',
  description: 'Where moving a won customer onto our network stands: planned, provisioning, scheduled, migrated, or at_risk.',
});

@ObjectType('Migration', { implements: () => [Node], description: 'Moving a won customer onto our network, before the rival goes dark.' })
export class MigrationModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string;
  accountDbId!: string;
  opportunityDbId!: string;
  proposalDbId!: string | null;

  @Field(() => Int, {
    description: 'Workload in units of the campaign’s weekly capacity; created as the sum of the accepted proposal’s line quantities.',
  })
  workload!: number;

  @Field(() => GraphQLISODateTime, {
    description:
      'The target cutover, the latest acceptable one for the plan. Created as signing + the segment’s migration lead (or the proposal’s planned cutover if later), never after the rival’s expected shutdown.',
  })
  targetCutoverAt!: Date;

  @Field(() => MigrationStatusEnum, { description: 'Where it stands.' })
  status!: MigrationStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was created (the deal was won).' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

export const MigrationConnection = ConnectionType(MigrationModel, 'Migration');

@ObjectType('MigrationPlanWeek', { description: 'One week of the migration plan (Monday 00:00 in the campaign’s time zone).' })
export class MigrationPlanWeekModel {
  @Field(() => GraphQLISODateTime, { description: 'Monday 00:00 local time of the week.' })
  weekStart!: Date;

  @Field(() => Int, { description: 'Workload units planned in the week.' })
  load!: number;

  @Field(() => Int, { description: 'Workload units the team can cut over in a week.' })
  capacity!: number;

  @Field({ description: 'Whether the load exceeds the capacity (a migration larger than the capacity on its own).' })
  overCapacity!: boolean;

  @Field(() => [ID], { description: 'Global ids of the migrations planned in the week.' })
  migrationIds!: string[];
}

@ObjectType('MigrationPlacement', { description: 'Where the plan puts one migration.' })
export class MigrationPlacementModel {
  @Field(() => MigrationModel, { description: 'The migration.' })
  migration!: MigrationModel;

  @Field({ description: 'The customer’s name.' })
  accountName!: string;

  @Field(() => GraphQLISODateTime, { description: 'The week it is placed in (Monday 00:00 local).' })
  weekStart!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The planned cutover: that week’s Friday 17:00 local, or its target when earlier that week.' })
  plannedCutoverAt!: Date;

  @Field({ description: 'Whether the planned cutover falls after the rival’s expected shutdown: the customer would go dark.' })
  willGoDark!: boolean;

  @Field({ description: 'Whether the planned cutover falls after the migration’s own target cutover.' })
  late!: boolean;
}

@ObjectType('MigrationPlan', {
  description:
    'A campaign’s migrations not yet done, laid into weeks earliest target first within the weekly capacity; reports weeks over capacity and customers who would go dark.',
})
export class MigrationPlanModel {
  campaignDbId!: string;

  @Field(() => CampaignModel, { description: 'The campaign (its `version` is the one `setMigrationCapacity` expects).' })
  campaign!: CampaignModel;

  @Field(() => Int, { description: 'Workload units the team can cut over in one week (campaign settings).' })
  weeklyCapacity!: number;

  @Field({ description: 'The IANA time zone weeks and cutover times are reckoned in.' })
  timeZone!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the rival’s network may go dark, if known.' })
  rivalShutdownExpectedAt!: Date | null;

  @Field(() => [MigrationPlanWeekModel], { description: 'The weeks, in order, from the first to the last one used.' })
  weeks!: MigrationPlanWeekModel[];

  @Field(() => [MigrationPlacementModel], { description: 'Every migration not yet done, once, earliest target first.' })
  placements!: MigrationPlacementModel[];

  @Field(() => Int, { description: 'How many weeks are over capacity.' })
  overCapacityWeeks!: number;

  @Field(() => [ID], { description: 'Global ids of the migrations whose cutover would come after the rival’s shutdown.' })
  willGoDarkMigrationIds!: string[];
}
