import { Injectable } from '@nestjs/common';
import { UrgencyService } from '../urgency/urgency.service';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { campaignTimeZone, localClock } from './campaign-zone';
import { campaignsWithState, markDone } from './schedule-state';

const TASK = 'urgency.day-change';

/**
 * Job `urgency.day-change` (every 15 minutes): urgency counts days (to the shutdown, to the
 * signing deadline, since the last contact), so when a campaign's local date has changed since
 * its last recompute, its accounts' urgency and its deals' due times are recomputed — with the
 * code a distress event uses (`UrgencyService.recomputeForRival`, per rival of the campaigns
 * whose day changed). Once per campaign and local date (`schedule_state`).
 */
@Injectable()
@HandlesJob('urgency.day-change')
export class DayChangeHandler implements JobHandler<'urgency.day-change'> {
  constructor(private readonly urgency: UrgencyService) {}

  async handle(payload: JobPayload<'urgency.day-change'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const now = new Date(payload.at);
    const due = (await campaignsWithState(ctx.manager, TASK))
      .map((c) => ({ ...c, localDate: localClock(now, campaignTimeZone(c.settings)).date }))
      .filter((c) => c.lastLocalDate === null || c.localDate > c.lastLocalDate);
    let accountsRecomputed = 0;
    let dealsRescheduled = 0;
    for (const rivalId of new Set(due.map((c) => c.rivalId))) {
      for (const impact of await this.urgency.recomputeForRival(ctx.manager, rivalId, now)) {
        accountsRecomputed += impact.accountsRecomputed;
        dealsRescheduled += impact.deadlinesChanged;
      }
    }
    for (const c of due) await markDone(ctx.manager, TASK, c.id, c.localDate);
    return { at: payload.at, campaigns: due.map((c) => ({ campaignId: c.id, localDate: c.localDate })), accountsRecomputed, dealsRescheduled };
  }
}
