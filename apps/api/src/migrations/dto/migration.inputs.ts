import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { CAMPAIGN_SETTING_RULES, MIGRATION_STATUSES, type MigrationStatus } from '@lifeboat/domain';
import { PageArgs } from '../../common/graphql/connection';
import { MigrationStatusEnum } from '../migration.model';
import { PLANNING_DATE_RULE, PlanningDate } from '../../common/graphql/date-window';

const CAPACITY = CAMPAIGN_SETTING_RULES.weeklyMigrationCapacity;

@InputType({ description: 'A change to a migration, by a manager of its campaign.' })
export class UpdateMigrationInput {
  @Field(() => ID, { description: 'The migration to change.' })
  @IsString()
  migrationId!: string;

  @Field(() => Int, { description: 'The migration’s version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @PlanningDate()
  @Field(() => GraphQLISODateTime, { nullable: true, description: `The new target cutover (the latest acceptable one for the plan). ${PLANNING_DATE_RULE}` })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'targetCutoverAt must be a date-time' })
  targetCutoverAt?: Date | null;

  @Field(() => MigrationStatusEnum, { nullable: true, description: 'The new status.' })
  @IsOptional()
  @IsIn(MIGRATION_STATUSES)
  status?: MigrationStatus | null;

  @Field(() => Int, { nullable: true, description: 'The new workload, in workload units (0 to 100,000).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'workload must be 0 or more' })
  @Max(100_000, { message: 'workload must be at most 100000' })
  workload?: number | null;
}

@InputType({ description: 'A campaign’s weekly migration capacity, set by one of its managers.' })
export class SetMigrationCapacityInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => Int, { description: 'The campaign’s version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => Int, { description: `Workload units the migration team can cut over in one week (${CAPACITY.min} to ${CAPACITY.max.toLocaleString('en')}).` })
  @IsInt()
  @Min(CAPACITY.min, { message: `weeklyCapacity must be at least ${CAPACITY.min}` })
  @Max(CAPACITY.max, { message: `weeklyCapacity must be at most ${CAPACITY.max}` })
  weeklyCapacity!: number;
}

@ArgsType()
export class MigrationsArgs extends PageArgs {
  @Field(() => ID, { description: 'The campaign whose migrations to list.' })
  @IsString()
  campaignId!: string;
}
