import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, ForbiddenError } from '../common/errors/lifeboat-error';
import { decodeCursor, encodeCursor, pageSize } from '../common/graphql/connection';
import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';
import { requireAuthenticated } from '../common/access/permissions';
import type { Actor } from '../common/access/actor';
import { MarkNotificationsReadInput, NotificationsArgs } from './dto/notifications.inputs';
import { NotificationConnection, NotificationModel, toNotificationModel } from './notification.model';
import { NotificationsRepository } from './notifications.repository';

/** Notifications are a user's own: the caller's user id bounds every read and change. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  /** The signed-in user's id; API keys have no notifications. */
  userIdOf(actor: Actor): string {
    const caller = requireAuthenticated(actor);
    if (caller.kind !== 'user') throw new ForbiddenError('Notifications belong to signed-in users: an API key has none.');
    return caller.userId;
  }

  async list(actor: Actor, args: NotificationsArgs): Promise<NotificationConnection> {
    const userId = this.userIdOf(actor);
    const size = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 2) as [string, string]) : undefined;
    const unreadOnly = args.unreadOnly ?? false;
    const rows = await this.notifications.page(userId, { size, after, unreadOnly });
    const counts = await this.notifications.counts(userId);
    const page = rows.slice(0, size);
    const edges = page.map((n) => ({ cursor: encodeCursor([n.createdAt.toISOString(), n.id]), node: toNotificationModel(n) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: unreadOnly ? counts.unread : counts.total,
      unreadCount: counts.unread,
    };
  }

  async markRead(actor: Actor, input: MarkNotificationsReadInput): Promise<{ markedIds: string[]; unreadCount: number }> {
    const userId = this.userIdOf(actor);
    if (!input.all && (!input.ids || input.ids.length === 0)) {
      throw new BadInputError('Say which notifications to mark read: `ids`, or `all: true`.', [{ field: 'input', reason: 'give ids or all' }]);
    }
    const ids = input.all ? 'all' : (input.ids ?? []).map((id, i) => expectGlobalId(id, 'Notification', `input.ids.${i}`));
    if (ids !== 'all') {
      // Someone else's notification is out of the caller's scope, as if it did not exist: the whole call is refused.
      const owned = await this.notifications.ownedIds(userId, ids);
      const missing = ids.findIndex((id) => !owned.has(id));
      if (missing >= 0) throw new NotFoundError(`Notification input.ids.${missing}`);
    }
    const marked = await this.notifications.markRead(userId, ids);
    return { markedIds: marked.map((id) => toGlobalId('Notification', id)), unreadCount: await this.notifications.unreadCount(userId) };
  }

  /** One of the user's notifications (for the live subscription); null when it is not theirs. */
  async ownOne(userId: string, id: string): Promise<NotificationModel | null> {
    const n = await this.notifications.byIdForUser(userId, id);
    return n ? toNotificationModel(n) : null;
  }
}
