import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export const DEFAULT_TARGET_SHARE_PERCENT = 80;
export const DEFAULT_DAILY_ACTIONS_PER_REP = 8;
export const DEFAULT_FORECAST_SEED = 2002;

@ArgsType()
export class RaceForecastArgs {
  @Field(() => ID, { description: 'The campaign to forecast.' })
  @IsString()
  campaignId!: string;

  @Field(() => Int, {
    nullable: true,
    description: `The staffing advice’s target: this percent of what an unlimited team would capture (1–100). Default ${DEFAULT_TARGET_SHARE_PERCENT}.`,
  })
  @IsOptional()
  @IsInt({ message: 'targetSharePercent must be a whole number' })
  @Min(1, { message: 'targetSharePercent must be between 1 and 100' })
  @Max(100, { message: 'targetSharePercent must be between 1 and 100' })
  targetSharePercent?: number | null;

  @Field(() => Int, { nullable: true, description: `Actions a rep takes on deals each business day (1–100). Default ${DEFAULT_DAILY_ACTIONS_PER_REP}.` })
  @IsOptional()
  @IsInt({ message: 'dailyActionsPerRep must be a whole number' })
  @Min(1, { message: 'dailyActionsPerRep must be between 1 and 100' })
  @Max(100, { message: 'dailyActionsPerRep must be between 1 and 100' })
  dailyActionsPerRep?: number | null;

  @Field(() => Int, { nullable: true, description: `The seed of the runs (0 or more): the same data, time and seed give the same answer. Default ${DEFAULT_FORECAST_SEED}.` })
  @IsOptional()
  @IsInt({ message: 'seed must be a whole number' })
  @Min(0, { message: 'seed must be 0 or more' })
  seed?: number | null;
}
