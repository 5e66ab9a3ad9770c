import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DistressKind } from '@lifeboat/domain';
import { DistressKindEnum } from '../common/graphql/scalars';
import { DistressEventModel, RivalModel } from '../rivals/rival.model';
import { FEED_KINDS, type FeedKind } from './feed-parsing';
import { SUGGESTION_STATUSES, type SuggestionStatus } from './rival-feeds.repository';

export const RivalFeedKindEnum = Object.fromEntries(FEED_KINDS.map((k) => [k, k])) as Record<FeedKind, FeedKind>;
registerEnumType(RivalFeedKindEnum, {
  name: 'RivalFeedKind',
  description: 'Where a rival’s signals come from.',
  valuesMap: {
    statuspage: { description: 'An Atlassian Statuspage: its base URL; `/api/v2/incidents.json` is polled. Each incident suggests an outage.' },
    rss: { description: 'An RSS 2.0 news feed. Each item suggests an event whose kind comes from its words (English and French).' },
    atom: { description: 'An Atom news feed, read like RSS.' },
    webhook: { description: 'Signals posted by another tool to `POST /signals/<feed id>`, signed with the feed’s secret.' },
  },
});

export const SuggestedEventStatusEnum = Object.fromEntries(SUGGESTION_STATUSES.map((s) => [s, s])) as Record<SuggestionStatus, SuggestionStatus>;
registerEnumType(SuggestedEventStatusEnum, {
  name: 'SuggestedEventStatus',
  description: 'Where a suggested distress event stands.',
  valuesMap: {
    pending: { description: 'Waiting for a manager to confirm or dismiss it.' },
    confirmed: { description: 'Recorded as a distress event (by a manager, or by its feed’s rule).' },
    dismissed: { description: 'Dismissed by a manager: it does not count.' },
  },
});

@ObjectType('RivalFeed', { description: 'A source of signals about a rival, polled by Lifeboat (status page, news) or posting to it (webhook).' })
export class RivalFeedModel {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  rivalDbId!: string;

  @Field(() => RivalFeedKindEnum, { description: 'Where its signals come from.' })
  kind!: FeedKind;

  @Field({ description: 'A name for people, e.g. "KPNQwest status page".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What is polled (a status page’s base URL, a feed’s URL); null for a webhook feed.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'For a webhook feed, the path other tools POST signed signals to (on Lifeboat’s address); null otherwise.' })
  signalPath!: string | null;

  @Field({ description: 'Whether it is polled (or accepts signals); a paused feed keeps its suggestions.' })
  active!: boolean;

  @Field({ description: 'Whether each new suggestion is recorded as a distress event at once (at or above `autoRecordMinSeverity`).' })
  autoRecord!: boolean;

  @Field(() => Int, { nullable: true, description: 'With autoRecord, the least severity recorded at once (1 to 5); below it a suggestion waits for a manager. Null: every severity.' })
  autoRecordMinSeverity!: number | null;

  @Field(() => Int, { description: 'Seconds between two polls when it answers (60 to 86400); after failures the wait doubles each time, up to 6 hours.' })
  pollIntervalSeconds!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last polled, successfully or not.' })
  lastPolledAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it last answered usefully (new items or 304 Not Modified).' })
  lastSuccessAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last failed poll failed, in plain words (kept after a later success, see lastErrorAt).' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last failure happened.' })
  lastErrorAt!: Date | null;

  @Field(() => Int, { description: 'Failed polls in a row: 0 when the last poll succeeded.' })
  consecutiveFailures!: number;

  @Field({ description: 'Whether the last poll failed (consecutiveFailures > 0): the feed needs a look.' })
  failing!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it is polled next (null for a paused or webhook feed).' })
  nextPollAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  createdAt!: Date;
}

@ObjectType('StatuspageIncident', {
  description: 'A status page incident as the page described it when last polled: enough to make an outage record from it.',
})
export class StatuspageIncidentModel {
  @Field({ description: 'The incident’s id on the status page (the suggestion’s dedup key).' })
  incidentId!: string;

  @Field({ description: 'The incident’s title on the status page.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'investigating, identified, monitoring, resolved or postmortem.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'none, minor, major or critical.' })
  impact!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it started (started_at, else created_at).' })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was resolved; null while it lasts.' })
  resolvedAt!: Date | null;

  @Field(() => [String], { description: 'The names of the components (services) it touched.' })
  components!: string[];

  @Field(() => String, { nullable: true, description: 'The incident’s page.' })
  shortlink!: string | null;
}

@ObjectType('SuggestedDistressEvent', { description: 'What a feed suggests happened to a rival: a manager confirms it (it becomes a distress event) or dismisses it.' })
export class SuggestedDistressEventModel {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  rivalDbId!: string;
  distressEventDbId!: string | null;

  @Field(() => DistressKindEnum, { description: 'The kind suggested (from the incident’s impact, or the item’s words).' })
  kind!: DistressKind;

  @Field(() => Int, { description: 'The severity suggested, 1 (minor) to 5 (fatal).' })
  severity!: number;

  @Field({ description: 'The item’s or incident’s title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The item’s text (tags removed) or the incident’s latest update.' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was reported: the item’s link, the incident’s page.' })
  sourceUrl!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published (or the incident started).' })
  publishedAt!: Date | null;

  @Field(() => SuggestedEventStatusEnum, { description: 'Pending, confirmed or dismissed.' })
  status!: SuggestionStatus;

  @Field(() => String, { nullable: true, description: 'The feed it came from (null once the feed was removed).' })
  feedName!: string | null;

  @Field(() => RivalFeedKindEnum, { nullable: true, description: 'The kind of the feed it came from.' })
  feedKind!: FeedKind | null;

  @Field(() => StatuspageIncidentModel, { nullable: true, description: 'For a status page incident, its structured data (start, end, impact, components).' })
  incident!: StatuspageIncidentModel | null;

  @Field(() => GraphQLISODateTime, { description: 'When Lifeboat first saw it.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was confirmed or dismissed.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who confirmed or dismissed it (a person, or the feed’s rule).' })
  decidedBy!: string | null;
}

@ObjectType({ description: 'The feed as added, and for a webhook feed its signing secret (shown this once).' })
export class AddRivalFeedPayload {
  @Field(() => RivalFeedModel, { description: 'The feed as added.' })
  feed!: RivalFeedModel;

  @Field(() => String, { nullable: true, description: 'The webhook feed’s secret (sign each signal with it); shown only now. Null for polled feeds.' })
  secret!: string | null;
}

@ObjectType({ description: 'The feed as it now stands.' })
export class RivalFeedPayload {
  @Field(() => RivalFeedModel, { description: 'The feed as it now stands.' })
  feed!: RivalFeedModel;
}

@ObjectType({ description: 'The removed feed’s id (its suggestions stay, without their feed).' })
export class RemoveRivalFeedPayload {
  @Field(() => ID, { description: 'The id of the feed removed.' })
  removedFeedId!: string;
}

@ObjectType({ description: 'The suggestion, now confirmed, the distress event it became, and the rival after it.' })
export class ConfirmSuggestedEventPayload {
  @Field(() => SuggestedDistressEventModel, { description: 'The suggestion, now confirmed.' })
  suggestion!: SuggestedDistressEventModel;

  @Field(() => DistressEventModel, { description: 'The distress event it became.' })
  distressEvent!: DistressEventModel;

  @Field(() => RivalModel, { description: 'The rival, with its health and shutdown date after the event.' })
  rival!: RivalModel;
}

@ObjectType({ description: 'The suggestion as it now stands.' })
export class SuggestedEventPayload {
  @Field(() => SuggestedDistressEventModel, { description: 'The suggestion as it now stands.' })
  suggestion!: SuggestedDistressEventModel;
}
