import { Injectable } from '@nestjs/common';
import { isOverdue } from '@lifeboat/domain';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { addBusinessHours } from './business-hours';
import { campaignTimeZone } from './campaign-zone';
import { formatLocal, stageName, texts } from './notification-texts';
import { NewNotification, NotificationsRepository, Recipient } from './notifications.repository';

/**
 * How long a deal may stay overdue, after its owner was told, before the campaign's managers are
 * told too: 4 business hours (Monday to Friday, campaign time). A constant: the campaign settings
 * (libs/domain) have no such rule yet.
 */
export const ESCALATION_GRACE_BUSINESS_HOURS = 4;
const BATCH = 500;

interface Candidate {
  opportunity_id: string;
  due_at: Date;
  stage: string;
  campaign_id: string;
  settings: Record<string, unknown> | null;
  account_id: string;
  account_name: string;
  owner_id: string | null;
  owner_notified_at: Date | null;
}

/**
 * Job `notifications.overdue-sweep` (every 5 minutes): each open deal past its due time
 * (libs/domain `isOverdue`) is told to its owner once; still overdue a grace period later, to
 * the campaign's managers once ("escalated"). An unassigned one goes to the managers at once.
 * Once per deal and due time: `deal_escalation` remembers what was sent, and the notifications'
 * dedupe keys make a retry send nothing twice. A deal moved on (new due time) starts over.
 */
@Injectable()
@HandlesJob('notifications.overdue-sweep')
export class OverdueSweepHandler implements JobHandler<'notifications.overdue-sweep'> {
  constructor(private readonly notifications: NotificationsRepository) {}

  async handle(payload: JobPayload<'notifications.overdue-sweep'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const now = new Date(payload.at);
    const counts = { ownersNotified: 0, escalated: 0, unassigned: 0 };
    const managersCache = new Map<string, Recipient[]>();
    const managersOf = async (campaignId: string) => {
      let found = managersCache.get(campaignId);
      if (!found) managersCache.set(campaignId, (found = await this.notifications.managersOf(ctx.manager, campaignId)));
      return found;
    };
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Candidate[] = await ctx.manager.query(
        `SELECT o.id AS opportunity_id, o.due_at, o.stage, o.campaign_id, c.settings,
                a.id AS account_id, a.name AS account_name, a.owner_id, e.owner_notified_at
         FROM opportunity o
         JOIN account a ON a.id = o.account_id
         JOIN campaign c ON c.id = o.campaign_id
         LEFT JOIN deal_escalation e ON e.opportunity_id = o.id AND e.due_at = o.due_at
         WHERE o.stage NOT IN ('won','lost') AND o.due_at IS NOT NULL AND o.due_at < $1 AND c.status = 'active'
           AND e.escalated_at IS NULL AND o.id > $2
         ORDER BY o.id
         LIMIT $3`,
        [now, after, BATCH],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].opportunity_id;
      const owners = await this.notifications.users(
        ctx.manager,
        [...new Set(rows.map((r) => r.owner_id).filter((id): id is string => id !== null))],
      );
      for (const row of rows) {
        const dueAt = new Date(row.due_at);
        if (!isOverdue(dueAt, now)) continue;
        const zone = campaignTimeZone(row.settings);
        const owner = row.owner_id ? owners.get(row.owner_id) : undefined;
        const key = `${row.opportunity_id}:${dueAt.toISOString()}`;
        const base = { campaignId: row.campaign_id, entityId: row.account_id };
        const out: NewNotification[] = [];
        if (!owner) {
          // Nobody to tell first: the managers must assign it.
          for (const m of await managersOf(row.campaign_id)) {
            out.push({
              ...base,
              userId: m.id,
              kind: 'overdue',
              ...texts.unassignedOverdue(m.locale, { account: row.account_name, stage: stageName(row.stage, m.locale), due: formatLocal(dueAt, m.locale, zone) }),
              dedupeKey: `overdue:${key}`,
            });
          }
          await this.record(ctx, row.opportunity_id, dueAt, now, now);
          counts.unassigned += 1;
        } else if (!row.owner_notified_at) {
          out.push({
            ...base,
            userId: owner.id,
            kind: 'overdue',
            ...texts.overdue(owner.locale, { account: row.account_name, stage: stageName(row.stage, owner.locale), due: formatLocal(dueAt, owner.locale, zone) }),
            dedupeKey: `overdue:${key}`,
          });
          await this.record(ctx, row.opportunity_id, dueAt, now, null);
          counts.ownersNotified += 1;
        } else {
          // The owner had the grace period from when they were told (never before the due time).
          const told = new Date(Math.max(dueAt.getTime(), new Date(row.owner_notified_at).getTime()));
          if (now.getTime() < addBusinessHours(told, ESCALATION_GRACE_BUSINESS_HOURS, zone).getTime()) continue;
          for (const m of await managersOf(row.campaign_id)) {
            out.push({
              ...base,
              userId: m.id,
              kind: 'escalated',
              ...texts.escalated(m.locale, {
                account: row.account_name,
                owner: owner.name,
                due: formatLocal(dueAt, m.locale, zone),
                graceHours: ESCALATION_GRACE_BUSINESS_HOURS,
              }),
              dedupeKey: `escalated:${key}`,
            });
          }
          await this.record(ctx, row.opportunity_id, dueAt, null, now);
          counts.escalated += 1;
        }
        await this.notifications.insert(ctx.manager, out);
      }
      if (rows.length < BATCH) break;
    }
    return { at: payload.at, ...counts };
  }

  private async record(ctx: JobContext, opportunityId: string, dueAt: Date, ownerNotifiedAt: Date | null, escalatedAt: Date | null): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO deal_escalation (opportunity_id, due_at, owner_notified_at, escalated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (opportunity_id, due_at) DO UPDATE SET
         owner_notified_at = COALESCE(deal_escalation.owner_notified_at, EXCLUDED.owner_notified_at),
         escalated_at = COALESCE(deal_escalation.escalated_at, EXCLUDED.escalated_at)`,
      [opportunityId, dueAt, ownerNotifiedAt, escalatedAt],
    );
  }
}
