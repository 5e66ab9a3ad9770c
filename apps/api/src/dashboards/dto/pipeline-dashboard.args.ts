import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, ValidateNested } from 'class-validator';

@InputType({ description: 'A time window for the dashboard’s period figures: from (inclusive) to (exclusive).' })
export class DashboardPeriodInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the period, inclusive. Default: when the campaign was created.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date-time' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End of the period, exclusive. Default: now.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date-time' })
  to?: Date | null;
}

@ArgsType()
export class PipelineDashboardArgs {
  @Field(() => ID, { description: 'The campaign to report on.' })
  @IsString()
  campaignId!: string;

  @Field(() => DashboardPeriodInput, {
    nullable: true,
    description: 'The period of the period figures (conversions, stage times, cycle time, reps’ results and activities). Default: the campaign’s life so far.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DashboardPeriodInput)
  period?: DashboardPeriodInput | null;
}
