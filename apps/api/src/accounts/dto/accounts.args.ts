import { ArgsType, Field, ID, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsISO31661Alpha2, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { SEGMENTS, STAGES, type Segment, type Stage } from '@lifeboat/domain';
import { PageArgs } from '../../common/graphql/connection';
import { SegmentEnum, StageEnum } from '../../common/graphql/domain-enums';
import type { AccountOrder } from '../accounts.repository';

export const AccountOrderEnum = { URGENCY: 'URGENCY', DUE_AT: 'DUE_AT', MONTHLY_SPEND: 'MONTHLY_SPEND', NAME: 'NAME' } as const;
registerEnumType(AccountOrderEnum, {
  name: 'AccountOrder',
  description: 'How to order accounts; ties are broken by id, so pages never overlap.',
  valuesMap: {
    URGENCY: { description: 'Most urgent first (the default).' },
    DUE_AT: { description: 'Soonest due deal first; accounts without an open deal last.' },
    MONTHLY_SPEND: { description: 'Largest monthly spend with the rival first.' },
    NAME: { description: 'By name, A to Z.' },
  },
});

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campaign’s accounts.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only accounts of campaigns against this rival.' })
  @IsOptional()
  @IsString()
  rivalId?: string;

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

  @Field(() => String, { nullable: true, description:
      'Only accounts with a name word starting with each word of this text, case and accents ignored ("soc gen" finds "Société Générale", "net" finds "Nordia Net" but not "Telenet").',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only accounts present in this country (ISO 3166-1 alpha-2, e.g. FR).' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  @Field(() => AccountOrderEnum, { nullable: true, description: 'The order (URGENCY by default).' })
  @IsOptional()
  @IsIn(Object.keys(AccountOrderEnum))
  orderBy?: AccountOrder;
}
