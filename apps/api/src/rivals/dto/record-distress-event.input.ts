import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, Min } from 'class-validator';
import { DISTRESS_KINDS, type DistressKind } from '@lifeboat/domain';
import { DistressKindEnum } from '../../common/graphql/scalars';
import { PLANNING_DATE_RULE, PlanningDate } from '../../common/graphql/date-window';
import { IsDateTime, IsExpectedVersion, IsText } from '../../common/validation/input-rules';

@InputType({ description: 'Something that happened to a rival.' })
export class RecordDistressEventInput {
  @Field(() => ID, { description: 'The rival it happened to.' })
  @IsString()
  rivalId!: string;

  @Field(() => DistressKindEnum, { description: 'What happened.' })
  @IsIn(DISTRESS_KINDS)
  kind!: DistressKind;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @IsDateTime('occurredAt must be a date-time')
  occurredAt!: Date;

  @Field(() => Int, { description: 'How serious, from 1 (minor) to 5 (fatal).' })
  @IsInt()
  @Min(1, { message: 'severity must be between 1 and 5' })
  @Max(5, { message: 'severity must be between 1 and 5' })
  severity!: number;

  @Field(() => String, { nullable: true, description: 'Where it was reported: an http(s) URL.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @Length(1, 2000)
  sourceUrl?: string | null;

  @Field({ description: 'What happened, in a sentence or two (1 to 2,000 characters).' })
  @IsText(1, 2000, 'summary must be 1 to 2000 characters')
  summary!: string;

  @PlanningDate()
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: `The shutdown date the event announces: required for shutdown_warning, optional for liquidation_ordered. While a shutdown scenario governs the rival's date, the event keeps the date it announces but the rival's date stays the scenarios'. ${PLANNING_DATE_RULE}`,
  })
  @IsOptional()
  @IsDateTime('shutdownAt must be a date-time')
  shutdownAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The rival’s version you last read; a stale one is refused with CONFLICT.' })
  @IsOptional()
  @IsExpectedVersion()
  expectedVersion?: number | null;
}
