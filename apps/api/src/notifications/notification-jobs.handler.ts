import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { dropStandIn, queueStandIn, rescheduleStandIn } from '../jobs/stand-in';
import { UnitOfWork } from '../jobs/unit-of-work';
import { RealtimePubSub } from '../subscriptions/realtime-pubsub';
import { Mailer } from './mailer.service';
import { texts } from './notification-texts';
import { NotificationsRepository } from './notifications.repository';

/** The topic of `notificationAdded`: its messages carry the notification's id and its user's id. */
export const NOTIFICATION_ADDED = 'notification_added';
export interface NotificationAddedMessage {
  notificationId: string;
  userId: string;
}

/**
 * Job `notifications.publish`: a notification was inserted (anywhere: a trigger writes the
 * event): tell its user's live subscriptions, on every api process (Redis PubSub). Best effort:
 * the bell also refetches.
 */
@Injectable()
@HandlesJob('notifications.publish')
export class NotificationPublishHandler implements JobHandler<'notifications.publish'> {
  private readonly logger = new Logger(NotificationPublishHandler.name);

  constructor(
    private readonly pubsub: RealtimePubSub,
    private readonly notifications: NotificationsRepository,
  ) {}

  async handle(payload: JobPayload<'notifications.publish'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const n = await this.notifications.byId(ctx.manager, payload.notificationId);
    if (!n) return { skipped: 'notification not found' };
    try {
      await this.pubsub.publish(NOTIFICATION_ADDED, { notificationId: n.id, userId: n.userId } satisfies NotificationAddedMessage);
    } catch (error) {
      this.logger.warn(`Live notification not published: ${(error as Error).message}`);
      return { published: 0, error: (error as Error).message };
    }
    return { published: 1 };
  }
}

/** Attempts at a notification's email before it is given up (the last about 4 h after the first). */
export const MAX_EMAIL_ATTEMPTS = 8;
/** How long an attempt may take (the mailer's background timeouts: connection, greeting, then the message), and the margin after it. */
const EMAIL_ATTEMPT_MS = 50_000;
const STAND_IN_MARGIN_MS = 60_000;
/** The wait before attempt n + 1 after attempt n failed: 30 s, 1 min, 2 min, … at most 1 h. */
export function emailBackoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
}

/**
 * Job `notifications.email`: sends a notification (the daily digest) to its user by email, in three
 * steps, none slow inside a transaction (on the embedded database a transaction holds the one
 * connection: a mail server taking 50 s would hold every user that long). The job's transaction
 * claims the attempt and queues a stand-in for the next one, due once this one has had all its
 * time; after it commits, the mail is sent; its outcome is recorded in a transaction of its own:
 * sent (`emailed_at`, the stand-in dropped), or failed (`email_error`, the stand-in moved to the
 * back-off; dropped after the 8th). A process that dies mid-send leaves the stand-in to try again:
 * each email goes out at least once, and once it is recorded as sent, never again.
 */
@Injectable()
@HandlesJob('notifications.email')
export class NotificationEmailHandler implements JobHandler<'notifications.email'> {
  private readonly logger = new Logger(NotificationEmailHandler.name);

  constructor(
    private readonly mailer: Mailer,
    private readonly notifications: NotificationsRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async handle(payload: JobPayload<'notifications.email'>, ctx: JobContext): Promise<Record<string, unknown>> {
    if (!this.mailer.enabled) return { skipped: 'email is not configured' };
    const attempt = payload.attempt ?? 1;
    const n = await this.notifications.lockById(ctx.manager, payload.notificationId);
    if (!n) return { skipped: 'notification not found' };
    if (n.emailedAt) return { skipped: 'already sent' };
    if (attempt <= n.emailAttempts) return { skipped: `attempt ${attempt} already made` };
    if (attempt > MAX_EMAIL_ATTEMPTS) return { skipped: 'given up' };
    const user = (await this.notifications.users(ctx.manager, [n.userId])).get(n.userId);
    if (!user) return { skipped: 'user inactive' };
    await this.notifications.claimEmailAttempt(ctx.manager, n.id, attempt);
    const standIn = await queueStandIn(ctx.manager, 'notification.email_due', { notificationId: n.id, attempt: attempt + 1 }, new Date(Date.now() + EMAIL_ATTEMPT_MS + STAND_IN_MARGIN_MS));
    ctx.afterCommit(() => this.send(n.id, attempt, standIn, { to: user.email, subject: `Lifeboat: ${n.title}`, text: n.body }));
    return { to: user.email, attempt, sending: true };
  }

  /** Sends one attempt (no transaction open) and records its outcome in a transaction of its own. */
  private async send(id: string, attempt: number, standIn: string, mail: { to: string; subject: string; text: string }): Promise<void> {
    let error: string | null = null;
    try {
      await this.mailer.send(mail);
    } catch (e) {
      error = (e as Error).message || String(e);
      this.logger.warn(`Email of notification ${id} (attempt ${attempt}) failed: ${error}`);
    }
    await this.uow.run(async (tx) => {
      const current = await this.notifications.lockById(tx.manager, id);
      // Sent by a later attempt meanwhile, or gone: this outcome is too late to matter.
      if (!current || current.emailedAt || current.emailAttempts > attempt) return;
      if (error === null) {
        await this.notifications.markEmailed(tx.manager, id);
        await dropStandIn(tx.manager, 'notification.email_due', standIn);
        return;
      }
      await this.notifications.recordEmailError(tx.manager, id, error);
      if (attempt >= MAX_EMAIL_ATTEMPTS) {
        await dropStandIn(tx.manager, 'notification.email_due', standIn);
        return;
      }
      // The stand-in becomes the next attempt, due after the back-off (queued anew if it already went).
      const next = new Date(Date.now() + emailBackoffMs(attempt));
      if (!(await rescheduleStandIn(tx.manager, 'notification.email_due', standIn, next))) {
        await queueStandIn(tx.manager, 'notification.email_due', { notificationId: id, attempt: attempt + 1 }, next);
      }
    });
  }
}

/** Job `notifications.account-assigned`: the new owner hears of the account given to them. */
@Injectable()
@HandlesJob('notifications.account-assigned')
export class AccountAssignedHandler implements JobHandler<'notifications.account-assigned'> {
  constructor(private readonly notifications: NotificationsRepository) {}

  async handle(payload: JobPayload<'notifications.account-assigned'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const [account]: Array<{ name: string; campaign_id: string; owner_id: string | null }> = await ctx.manager.query(
      `SELECT name, campaign_id, owner_id FROM account WHERE id = $1`,
      [payload.accountId],
    );
    const owner = (await this.notifications.users(ctx.manager, [payload.ownerId])).get(payload.ownerId);
    // Reassigned meanwhile, or gone: nothing to say.
    if (!account || account.owner_id !== payload.ownerId || !owner) return { notified: 0 };
    const [id] = await this.notifications.insert(ctx.manager, [
      {
        userId: owner.id,
        campaignId: account.campaign_id,
        kind: 'account_assigned',
        ...texts.assigned(owner.locale, { account: account.name, by: payload.assignedBy }),
        entityId: payload.accountId,
        dedupeKey: `assigned:${payload.accountId}:${ctx.jobId}`,
      },
    ]);
    return { notified: id ? 1 : 0 };
  }
}

/**
 * Job `notifications.bulk-assigned`: a hand-out finished; each rep who received accounts hears of
 * it once (not once per account), unless they handed them to themselves. The dedupe key makes a
 * re-run change nothing.
 */
@Injectable()
@HandlesJob('notifications.bulk-assigned')
export class BulkAssignedHandler implements JobHandler<'notifications.bulk-assigned'> {
  constructor(private readonly notifications: NotificationsRepository) {}

  async handle(payload: JobPayload<'notifications.bulk-assigned'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const [assignment]: Array<{ campaign_id: string; actor_type: string; actor_id: string | null; actor_label: string }> = await ctx.manager.query(
      `SELECT campaign_id, actor_type, actor_id, actor_label FROM bulk_assignment WHERE id = $1`,
      [payload.assignmentId],
    );
    if (!assignment) return { notified: 0 };
    // Each batch added what it assigned per rep to the hand-out's tally (not counted again from its positions).
    const rows: Array<{ owner_id: string; n: number }> = await ctx.manager.query(
      `SELECT t.key AS owner_id, t.value::int AS n FROM bulk_assignment b, jsonb_each_text(b.assigned_by_owner) t
       WHERE b.id = $1 AND t.value::int > 0 ORDER BY t.key`,
      [payload.assignmentId],
    );
    const recipients = rows.filter((r) => !(assignment.actor_type === 'user' && assignment.actor_id === r.owner_id));
    const users = await this.notifications.users(ctx.manager, recipients.map((r) => r.owner_id));
    const ids = await this.notifications.insert(
      ctx.manager,
      recipients
        .filter((r) => users.has(r.owner_id))
        .map((r) => {
          const user = users.get(r.owner_id)!;
          return {
            userId: user.id,
            campaignId: assignment.campaign_id,
            kind: 'accounts_assigned',
            ...texts.bulkAssigned(user.locale, { count: Number(r.n), by: assignment.actor_label }),
            entityId: null,
            dedupeKey: `bulk-assigned:${payload.assignmentId}`,
          };
        }),
    );
    return { notified: ids.filter(Boolean).length };
  }
}
