import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO31661Alpha2, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { DISTRIBUTION_STRATEGIES, SEGMENTS, STAGES, type DistributionStrategy, type Segment, type Stage } from '@lifeboat/domain';
import { SegmentEnum, StageEnum } from '../../common/graphql/domain-enums';
import { enumFrom } from '../../common/graphql/scalars';

export const DistributionStrategyEnum = enumFrom(DISTRIBUTION_STRATEGIES);
registerEnumType(DistributionStrategyEnum, {
  name: 'DistributionStrategy',
  description: 'How a list is handed out: round_robin (in turn, most urgent first) or by_load (each account to the rep with the fewest open accounts so far).',
});

/** The filters of the `accounts` query, within one campaign. */
@InputType({ description: 'Which accounts of the campaign: the same filters as the accounts query.' })
export class AccountListFilterInput {
  @Field(() => SegmentEnum, { nullable: true, description: 'Only this segment.' })
  @IsOptional()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @Field(() => ID, { nullable: true, description: 'Only accounts this user owns.' })
  @IsOptional()
  @IsString()
  ownerId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only accounts nobody owns; false: only owned ones.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => StageEnum, { nullable: true, description: 'Only accounts whose current deal is in this stage.' })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;

  @Field(() => Boolean, { nullable: true, description: 'true: only accounts whose open deal is past due; false: only the others.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: 'Only accounts at least this urgent (0–100).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minUrgency?: number;

  @Field(() => String, { nullable: true, description: 'Only accounts whose name contains this text (case-insensitive).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only accounts present in this country (ISO 3166-1 alpha-2, e.g. FR).' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;
}

@InputType({ description: 'A filtered list of a campaign’s accounts to hand out across reps of its team.' })
export class BulkAssignmentInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => AccountListFilterInput, { nullable: true, description: 'Which of its accounts (all when absent).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountListFilterInput)
  filter?: AccountListFilterInput | null;

  @Field(() => [ID], { description: 'The reps to hand them to (members of the campaign team; 1 to 100, no repeats).' })
  @ArrayMinSize(1, { message: 'repIds must name at least one rep' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  repIds!: string[];

  @Field(() => DistributionStrategyEnum, { description: 'round_robin or by_load.' })
  @IsIn(DISTRIBUTION_STRATEGIES)
  strategy!: DistributionStrategy;
}
