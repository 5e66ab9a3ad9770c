import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUrl, Length, ValidateIf } from 'class-validator';
import { OUTAGE_IMPACTS, SERVICE_KINDS, type OutageImpact, type ServiceKind } from '@lifeboat/domain';
import { ServiceKindEnum } from '../../../common/graphql/scalars';
import { IsDateTime, IsExpectedVersion, IsText } from '../../../common/validation/input-rules';
import { OutageImpactEnum } from '../outage.model';

const SOURCE_URL = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'An outage of a rival, as seen on its status page, in the press or by its customers.' })
export class RecordOutageInput {
  @Field(() => ID, { description: 'The rival whose service was down.' })
  @IsString()
  rivalId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it started (not in the future; counted from the start of that minute).' })
  @IsDateTime('startedAt must be a date-time')
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended: after the start, not in the future; null while it goes on.' })
  @IsOptional()
  @IsDateTime('endedAt must be a date-time')
  endedAt?: Date | null;

  @Field(() => OutageImpactEnum, { description: 'How bad: major, partial or degraded.' })
  @IsIn(OUTAGE_IMPACTS, { message: `impact must be one of ${OUTAGE_IMPACTS.join(', ')}` })
  impact!: OutageImpact;

  @Field(() => [ServiceKindEnum], { description: 'The services it touched (at least one, each once).' })
  @ArrayMinSize(1, { message: 'services must name at least one service' })
  @ArrayMaxSize(SERVICE_KINDS.length)
  @IsIn(SERVICE_KINDS, { each: true, message: `each service must be one of ${SERVICE_KINDS.join(', ')}` })
  services!: ServiceKind[];

  @Field({ description: 'What happened, in a sentence or two (1 to 2,000 characters).' })
  @IsText(1, 2000, 'summary must be 1 to 2000 characters')
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Where it was reported: an http(s) URL.' })
  @IsOptional()
  @IsUrl(SOURCE_URL, { message: 'sourceUrl must be an http(s) URL' })
  @Length(1, 2000)
  sourceUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The incident’s id at its source (e.g. a Statuspage incident id), unique per rival: recording an outage with an id already recorded for the rival updates that outage instead of adding one.',
  })
  @IsOptional()
  @IsText(1, 200, 'externalId must be 1 to 200 characters')
  externalId?: string | null;
}

@InputType({ description: 'Changes an outage: give only what changes (a field left out keeps its value).' })
export class UpdateOutageInput {
  @Field(() => ID, { description: 'The outage.' })
  @IsString()
  outageId!: string;

  @Field(() => Int, { description: 'The outage’s version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it started.' })
  @IsOptional()
  @IsDateTime('startedAt must be a date-time')
  startedAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it ended. Left out: unchanged; null: it goes on (reopened).',
  })
  @IsOptional()
  @IsDateTime('endedAt must be a date-time')
  endedAt?: Date | null;

  @Field(() => OutageImpactEnum, { nullable: true, description: 'How bad.' })
  @IsOptional()
  @IsIn(OUTAGE_IMPACTS, { message: `impact must be one of ${OUTAGE_IMPACTS.join(', ')}` })
  impact?: OutageImpact | null;

  @Field(() => [ServiceKindEnum], { nullable: true, description: 'The services it touched (at least one, each once).' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'services must name at least one service' })
  @ArrayMaxSize(SERVICE_KINDS.length)
  @IsIn(SERVICE_KINDS, { each: true, message: `each service must be one of ${SERVICE_KINDS.join(', ')}` })
  services?: ServiceKind[] | null;

  @Field(() => String, { nullable: true, description: 'What happened (1 to 2,000 characters).' })
  @IsOptional()
  @IsText(1, 2000, 'summary must be 1 to 2000 characters')
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was reported: an http(s) URL. Left out: unchanged; null: removed.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUrl(SOURCE_URL, { message: 'sourceUrl must be an http(s) URL' })
  @Length(1, 2000)
  sourceUrl?: string | null;
}

@InputType({ description: 'Removes an outage recorded by mistake.' })
export class RemoveOutageInput {
  @Field(() => ID, { description: 'The outage.' })
  @IsString()
  outageId!: string;

  @Field(() => Int, { description: 'The outage’s version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}
