import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '../common/graphql/node.model';
import { enumFrom } from '../common/graphql/scalars';
import { WEBHOOK_EVENT_TYPES } from '../jobs/job-catalog';

/** GraphQL enum names cannot hold dots: opportunity.won ⇄ opportunity_won. */
export const WebhookEventEnum = enumFrom(WEBHOOK_EVENT_TYPES.map((t) => t.replace(/\./g, '_')));
registerEnumType(WebhookEventEnum, {
  name: 'WebhookEvent',
  description: 'An event a webhook may receive; the delivery’s `Lifeboat-Event` header names it with a dot (opportunity.won).',
});
const TYPE_BY_ENUM = new Map<string, string>(WEBHOOK_EVENT_TYPES.map((t) => [t.replace(/\./g, '_'), t]));
export const toEventType = (e: string): string => TYPE_BY_ENUM.get(e) ?? e;
export const toEventEnum = (t: string) => t.replace(/\./g, '_');

export const DeliveryStatusEnum = enumFrom(['pending', 'succeeded', 'failed', 'dead'] as const);
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'pending: not tried yet; succeeded: a 2xx answer; failed: will be retried; dead: gave up after 8 attempts (replay it by hand).',
});

@ObjectType('Webhook', { implements: () => [Node], description: 'An HTTP endpoint Lifeboat POSTs events to, signed with its secret.' })
export class WebhookModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;

  @Field({ description: 'Where events are POSTed (http or https).' })
  url!: string;

  @Field(() => [WebhookEventEnum], { description: 'The events it receives.' })
  events!: string[];

  @Field({ description: 'Whether deliveries are made.' })
  active!: boolean;

  @Field(() => ID, { nullable: true, description: 'The campaign whose events it receives; null: every campaign.' })
  campaignId!: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

@ObjectType('WebhookDelivery', { implements: () => [Node], description: 'One event sent (or to be sent) to one webhook, with its attempts.' })
export class WebhookDeliveryModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id; also the `Lifeboat-Delivery` header.' })
  id!: string;

  dbId!: string;

  @Field({ description: 'The event type, e.g. opportunity.won.' })
  event!: string;

  @Field(() => ID, { description: 'The id of the event (the same for every webhook it goes to).' })
  eventId!: string;

  @Field(() => DeliveryStatusEnum, { description: 'Where the delivery is.' })
  status!: string;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer, if any.' })
  lastResponseCode!: number | null;

  @Field(() => String, { nullable: true, description: 'The first 500 characters of the last answer’s body.' })
  lastResponseExcerpt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (timeout, refused connection…).' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next attempt is due, while it is retried.' })
  nextAttemptAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a 2xx answer was received.' })
  deliveredAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the delivery was created.' })
  createdAt!: Date;
}
