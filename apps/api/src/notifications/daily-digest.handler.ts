import { Injectable } from '@nestjs/common';
import { addCalendarDays, startOfLocalDay } from '@lifeboat/domain';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { campaignTimeZone, localClock } from './campaign-zone';
import { Mailer } from './mailer.service';
import { digestText } from './notification-texts';
import { NotificationsRepository, Recipient } from './notifications.repository';
import { CampaignDue, campaignsWithState, markDone } from './schedule-state';

const TASK = 'notifications.daily-digest';
/** The digest goes out from 07:30 campaign time… */
export const DIGEST_LOCAL_MINUTES = 7 * 60 + 30;
/** …until noon: a worker down all morning does not send yesterday's news in the afternoon. */
export const DIGEST_LATEST_LOCAL_MINUTES = 12 * 60;
const LIST = 20;

const dealLine = (d: DealLine) => ({ account: d.account_name, stage: d.stage, dueAt: new Date(d.due_at) });

interface DealLine {
  account_id: string;
  account_name: string;
  stage: string;
  due_at: Date;
}

/**
 * Job `notifications.daily-digest` (every 15 minutes): once per campaign and local date, from
 * 07:30 campaign time, each rep of the campaign gets one notification with their overdue deals,
 * what is due today, the accounts given to them in the last day and their proposals awaiting
 * them (approved to send, or rejected to revise) — and the same by email when SMTP is
 * configured (a `notifications.email` job, retried on failure). Nothing to say: no digest.
 */
@Injectable()
@HandlesJob('notifications.daily-digest')
export class DailyDigestHandler implements JobHandler<'notifications.daily-digest'> {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
  ) {}

  async handle(payload: JobPayload<'notifications.daily-digest'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const now = new Date(payload.at);
    const sent: Array<{ campaignId: string; localDate: string; digests: number }> = [];
    for (const campaign of await this.campaignsDue(ctx, now)) {
      const zone = campaignTimeZone(campaign.settings);
      const { date } = localClock(now, zone);
      const endOfDay = addCalendarDays(startOfLocalDay(now, zone), 1, zone);
      const reps: Array<{ id: string }> = await ctx.manager.query(
        `SELECT m.user_id AS id FROM campaign_member m JOIN app_user u ON u.id = m.user_id
         WHERE m.campaign_id = $1 AND m.team_role = 'rep' AND u.active ORDER BY m.user_id`,
        [campaign.id],
      );
      const users = await this.notifications.users(ctx.manager, reps.map((r) => r.id));
      let digests = 0;
      for (const rep of users.values()) {
        const text = await this.digestOf(ctx, rep, campaign, zone, now, endOfDay);
        if (!text) continue;
        const [id] = await this.notifications.insert(ctx.manager, [
          { userId: rep.id, campaignId: campaign.id, kind: 'digest', title: text.title, body: text.body, entityId: null, dedupeKey: `digest:${campaign.id}:${date}` },
        ]);
        if (id && this.mailer.enabled) await this.notifications.emit(ctx.manager, 'notification.email_due', { notificationId: id });
        if (id) digests += 1;
      }
      await markDone(ctx.manager, TASK, campaign.id, date);
      sent.push({ campaignId: campaign.id, localDate: date, digests });
    }
    return { at: payload.at, campaigns: sent };
  }

  /** Active campaigns whose local time is in the digest window and whose digest of the local date has not gone out. */
  private async campaignsDue(ctx: JobContext, now: Date): Promise<CampaignDue[]> {
    return (await campaignsWithState(ctx.manager, TASK)).filter((c) => {
      const { date, minutes } = localClock(now, campaignTimeZone(c.settings));
      return minutes >= DIGEST_LOCAL_MINUTES && minutes < DIGEST_LATEST_LOCAL_MINUTES && (c.lastLocalDate === null || date > c.lastLocalDate);
    });
  }

  private async digestOf(
    ctx: JobContext,
    rep: Recipient,
    campaign: { id: string; name: string },
    zone: string,
    now: Date,
    endOfDay: Date,
  ): Promise<{ title: string; body: string } | null> {
    const deals = (where: string, params: unknown[]): Promise<DealLine[]> =>
      ctx.manager.query(
        `SELECT a.id AS account_id, a.name AS account_name, o.stage, o.due_at FROM opportunity o JOIN account a ON a.id = o.account_id
         WHERE a.owner_id = $1 AND o.campaign_id = $2 AND o.stage NOT IN ('won','lost') AND ${where}
         ORDER BY o.due_at, a.name LIMIT ${LIST}`,
        [rep.id, campaign.id, ...params],
      );
    const overdue = await deals(`o.due_at < $3`, [now]);
    const dueToday = await deals(`o.due_at >= $3 AND o.due_at < $4`, [now, endOfDay]);
    const assigned: Array<{ title: string }> = await ctx.manager.query(
      `SELECT title FROM notification WHERE user_id = $1 AND campaign_id = $2 AND kind = 'account_assigned'
         AND created_at > $3::timestamptz - interval '1 day' AND created_at <= $3
       ORDER BY created_at DESC LIMIT ${LIST}`,
      [rep.id, campaign.id, now],
    );
    const proposals: Array<{ account_name: string; status: string }> = await ctx.manager.query(
      `SELECT a.name AS account_name, p.status FROM proposal p JOIN account a ON a.id = p.account_id
       WHERE a.owner_id = $1 AND p.campaign_id = $2 AND (p.status = 'approved' OR (p.status = 'draft' AND p.rejection_reason IS NOT NULL))
       ORDER BY a.name LIMIT ${LIST}`,
      [rep.id, campaign.id],
    );
    if (overdue.length + dueToday.length + assigned.length + proposals.length === 0) return null;
    return digestText(rep.locale, {
      campaign: campaign.name,
      zone,
      overdue: overdue.map(dealLine),
      dueToday: dueToday.map(dealLine),
      assigned: assigned.map((a) => a.title),
      proposals: proposals.map((p) => ({ account: p.account_name, status: p.status })),
    });
  }
}
