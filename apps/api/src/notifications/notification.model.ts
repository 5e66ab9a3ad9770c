import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/graphql/connection';
import { toGlobalId } from '../common/graphql/global-id';
import type { NotificationRecord } from './notifications.repository';

@ObjectType('Notification', { description: 'Something Lifeboat tells one user, in the app (the bell) and for the digest by email. Only its user sees it.' })
export class NotificationModel {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Field({
    description:
      'What it is about: account_assigned, overdue, escalated, digest, proposal_approval_requested, proposal_approved, proposal_rejected, proposal_expired, collective_terms_approval_requested, collective_terms_approved or collective_terms_rejected.',
  })
  kind!: string;

  @Field({ description: 'One line, in the user’s language.' })
  title!: string;

  @Field({ description: 'The details (several lines for a digest).' })
  body!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its user read it; null while unread.' })
  readAt!: Date | null;

  @Field({ description: 'Whether its user has read it.' })
  read!: boolean;

  @Field(() => ID, { nullable: true, description: 'The campaign it belongs to, if any.' })
  campaignId!: string | null;

  @Field(() => String, { nullable: true, description: 'The type of the object it is about: Account, Proposal or Collective; null for a digest.' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The object it is about (an Account, Proposal or Collective id); open it with `node` or its page.' })
  subjectId!: string | null;
}

@ObjectType('NotificationEdge', { description: 'A Notification in a list, with its cursor.' })
export class NotificationEdge {
  @Field({ description: 'Opaque position of this item; pass it as `after` to continue.' })
  cursor!: string;

  @Field(() => NotificationModel, { description: 'The Notification.' })
  node!: NotificationModel;
}

@ObjectType('NotificationConnection', { description: 'A page of your notifications, newest first, with your unread count.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The items of this page.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to get them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many items the whole list holds (with the same filter).' })
  totalCount!: number;

  @Field(() => Int, { description: 'How many of your notifications are unread (whatever the filter).' })
  unreadCount!: number;
}

@ObjectType('MarkNotificationsReadPayload', { description: 'Your notifications marked read.' })
export class MarkNotificationsReadPayload {
  @Field(() => [ID], { description: 'The notifications this call marked read (yours, unread until now); already read ones are not listed.' })
  markedIds!: string[];

  @Field(() => Int, { description: 'How many of your notifications are still unread.' })
  unreadCount!: number;
}

/** What the kind says the notification is about. */
function subjectTypeOf(kind: string): 'Account' | 'Proposal' | 'Collective' | null {
  if (kind.startsWith('proposal_')) return 'Proposal';
  if (kind.startsWith('collective_terms_')) return 'Collective';
  if (kind === 'account_assigned' || kind === 'overdue' || kind === 'escalated') return 'Account';
  return null;
}

export function toNotificationModel(n: NotificationRecord): NotificationModel {
  const subjectType = n.entityId ? subjectTypeOf(n.kind) : null;
  return {
    id: toGlobalId('Notification', n.id),
    kind: n.kind,
    title: n.title,
    body: n.body,
    createdAt: n.createdAt,
    readAt: n.readAt,
    read: n.readAt !== null,
    campaignId: n.campaignId ? toGlobalId('Campaign', n.campaignId) : null,
    subjectType,
    subjectId: subjectType && n.entityId ? toGlobalId(subjectType, n.entityId) : null,
  };
}
