import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DISTRESS_KINDS, type DistressKind } from '@lifeboat/domain';
import { DistressKindEnum } from '../../common/graphql/scalars';
import { IsDateTime, IsExpectedVersion, IsText } from '../../common/validation/input-rules';
import { FEED_KINDS, type FeedKind } from '../feed-parsing';
import { RivalFeedKindEnum } from '../rival-feed.model';

const severityRule = { message: 'autoRecordMinSeverity must be between 1 and 5' };
const intervalRule = { message: 'pollIntervalSeconds must be between 60 and 86400' };

@InputType({
  description:
    'A feed to add to a rival (admins, and managers of a campaign against it). The URL must be http(s) and reach a public address; refused with BAD_USER_INPUT naming the field otherwise.',
})
export class AddRivalFeedInput {
  @Field(() => ID, { description: 'The rival the feed is about.' })
  @IsString()
  rivalId!: string;

  @Field(() => RivalFeedKindEnum, { description: 'Where its signals come from.' })
  @IsIn(FEED_KINDS, { message: `kind must be one of ${FEED_KINDS.join(', ')}` })
  kind!: FeedKind;

  @Field({ description: '1 to 200 characters.' })
  @IsText(1, 200, 'name must be 1 to 200 characters')
  name!: string;

  @Field(() => String, { nullable: true, description: 'Required for statuspage (its base URL), rss and atom; none for webhook.' })
  @IsOptional()
  @IsString()
  url?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Record new suggestions at once (default false).' })
  @IsOptional()
  @IsBoolean()
  autoRecord?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'With autoRecord, the least severity recorded at once (1 to 5); none: every severity.' })
  @IsOptional()
  @IsInt(severityRule)
  @Min(1, severityRule)
  @Max(5, severityRule)
  autoRecordMinSeverity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 300.' })
  @IsOptional()
  @IsInt(intervalRule)
  @Min(60, intervalRule)
  @Max(86400, intervalRule)
  pollIntervalSeconds?: number | null;
}

@InputType({ description: 'What changes on a feed; the fields given change. Pausing keeps its suggestions; resuming or a new URL polls it at once.' })
export class UpdateRivalFeedInput {
  @Field(() => ID, { description: 'The feed.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The feed’s version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Its new name (1 to 200 characters).' })
  @IsOptional()
  @IsText(1, 200, 'name must be 1 to 200 characters')
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Its new URL (http or https, a public address); it is polled afresh.' })
  @IsOptional()
  @IsString()
  url?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses the feed, true resumes it.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new suggestions are recorded at once.' })
  @IsOptional()
  @IsBoolean()
  autoRecord?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'With autoRecord, the least severity recorded at once (1 to 5).' })
  @IsOptional()
  @IsInt(severityRule)
  @Min(1, severityRule)
  @Max(5, severityRule)
  autoRecordMinSeverity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Record every severity (clears autoRecordMinSeverity).' })
  @IsOptional()
  @IsBoolean()
  clearAutoRecordMinSeverity?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Seconds between two polls (60 to 86400).' })
  @IsOptional()
  @IsInt(intervalRule)
  @Min(60, intervalRule)
  @Max(86400, intervalRule)
  pollIntervalSeconds?: number | null;
}

@InputType({ description: 'A feed, by id.' })
export class RivalFeedIdInput {
  @Field(() => ID, { description: 'The feed.' })
  @IsString()
  id!: string;
}

@InputType({ description: 'A suggestion to confirm; kind, severity and the shutdown date may be corrected on the way (a shutdown warning needs its date).' })
export class ConfirmSuggestedEventInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsString()
  id!: string;

  @Field(() => DistressKindEnum, { nullable: true, description: 'The kind to record instead of the one suggested.' })
  @IsOptional()
  @IsIn(DISTRESS_KINDS)
  kind?: DistressKind | null;

  @Field(() => Int, { nullable: true, description: 'The severity to record instead of the one suggested (1 to 5).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'severity must be between 1 and 5' })
  @Max(5, { message: 'severity must be between 1 and 5' })
  severity?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The shutdown date the event announces (required to confirm a shutdown warning).' })
  @IsOptional()
  @IsDateTime('shutdownAt must be a date-time')
  shutdownAt?: Date | null;
}

@InputType({ description: 'A suggestion, by id.' })
export class SuggestedEventIdInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsString()
  id!: string;
}
