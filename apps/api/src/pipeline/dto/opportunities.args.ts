import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { SEGMENTS, STAGES, type Segment, type Stage } from '@lifeboat/domain';
import { PageArgs } from '../../common/graphql/connection';
import { SegmentEnum, StageEnum } from '../../common/graphql/domain-enums';
import type { OpportunityOrder } from '../pipeline.repository';

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

  @Field(() => OpportunityOrderEnum, { nullable: true, description: 'The order (DUE_AT by default).' })
  @IsOptional()
  @IsIn(Object.keys(OpportunityOrderEnum))
  orderBy?: OpportunityOrder;
}
