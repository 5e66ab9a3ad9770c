import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/access/current-actor.decorator';
import type { GraphqlContext } from '../common/graphql/loaders';
import { RealtimePubSub } from '../subscriptions/realtime-pubsub';
import { MarkNotificationsReadInput, NotificationsArgs } from './dto/notifications.inputs';
import { NOTIFICATION_ADDED, NotificationAddedMessage } from './notification-jobs.handler';
import { MarkNotificationsReadPayload, NotificationConnection, NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

const userIdOfContext = (ctx: GraphqlContext): string | null => (ctx.actor?.kind === 'user' ? ctx.actor.userId : null);

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly pubsub: RealtimePubSub,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first, with how many are unread. Only yours: nobody sees another user’s.' })
  notifications(@Args() args: NotificationsArgs, @CurrentActor() actor: Actor): Promise<NotificationConnection> {
    return this.service.list(actor, args);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some of your notifications (or all) read; an id that is not one of yours is NOT_FOUND (nothing is marked).' })
  markNotificationsRead(
    @Args('input', { description: 'The notifications to mark read, or all.' }) input: MarkNotificationsReadInput,
    @CurrentActor() actor: Actor,
  ): Promise<MarkNotificationsReadPayload> {
    return this.service.markRead(actor, input);
  }

  @Subscription(() => NotificationModel, {
    description: 'Each new notification of the signed-in user, as it is created (over graphql-ws, authenticated with connectionParams.authorization).',
    filter: (m: NotificationAddedMessage, _vars: unknown, ctx: GraphqlContext) => m.userId === userIdOfContext(ctx),
    resolve(this: NotificationsResolver, m: NotificationAddedMessage, _args: unknown, ctx: GraphqlContext) {
      return this.service.ownOne(userIdOfContext(ctx) ?? '', m.notificationId);
    },
  })
  notificationAdded(@Context() ctx: GraphqlContext): AsyncIterableIterator<NotificationAddedMessage> {
    if (!userIdOfContext(ctx)) {
      throw new GraphQLError('Notifications belong to signed-in users: an API key has none.', { extensions: { code: 'FORBIDDEN' } });
    }
    return this.pubsub.iterator(NOTIFICATION_ADDED);
  }
}
