import { ArgsType, Field, GraphQLISODateTime, ID, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { SEGMENTS, STAGES, type Segment, type Stage } from '@lifeboat/domain';
import { PageArgs } from '../../common/graphql/connection';
import { SegmentEnum, StageEnum } from '../../common/graphql/domain-enums';
import type { OpportunityOrder } from '../pipeline.repository';
import { CYCLE_BUCKET_DAYS } from '../cycle-time-sql';

export const OpportunityOrderEnum = { DUE_AT: 'DUE_AT', MONTHLY_VALUE: 'MONTHLY_VALUE' } as const;
registerEnumType(OpportunityOrderEnum, {
  name: 'OpportunityOrder',
  description: 'How to order deals; ties are broken by id, so pages never overlap.',
  valuesMap: {
    DUE_AT: { description: 'Soonest due first; closed deals last (the default).' },
    MONTHLY_VALUE: { description: 'Largest monthly value first.' },
  },
});

@ArgsType()
export class OpportunitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campaign’s deals.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => StageEnum, { nullable: true, description: 'Only deals in this stage.' })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;

  @Field(() => ID, { nullable: true, description: 'Only deals of accounts this user owns.' })
  @IsOptional()
  @IsString()
  ownerId?: string;

  @Field(() => SegmentEnum, { nullable: true, description: 'Only deals of accounts in this segment.' })
  @IsOptional()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @Field(() => ID, { nullable: true, description: 'Only deals of campaigns against this rival.' })
  @IsOptional()
  @IsString()
  rivalId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only open deals past due; false: only the others.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only deals won or lost at or after this instant (`closedAt`, inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'closedFrom must be a date-time' })
  closedFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only deals won or lost before this instant (`closedAt`, exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'closedBefore must be a date-time' })
  closedBefore?: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only deals whose cycle (`closedAt` − `firstContactAt`) falls in the cycle-time bucket starting at this many days, the `fromDays` of a `DashboardCycleBucket`: whole days of 24 h, a negative cycle in 0, 14 days or more in 14; deals without a first contact never match. With `stage: won` and the dashboard’s period as `closedFrom`/`closedBefore`: the deals behind one bar of its histogram.',
  })
  @IsOptional()
  @IsInt({ message: 'cycleBucket must be a whole number of days' })
  @Min(0, { message: 'cycleBucket must be 0 or more' })
  @Max(CYCLE_BUCKET_DAYS, { message: `cycleBucket must be at most ${CYCLE_BUCKET_DAYS}` })
  cycleBucket?: number;

  @Field(() => OpportunityOrderEnum, { nullable: true, description: 'The order (DUE_AT by default).' })
  @IsOptional()
  @IsIn(Object.keys(OpportunityOrderEnum))
  orderBy?: OpportunityOrder;
}
