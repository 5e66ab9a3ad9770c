import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { BulkAssignmentProgressMessage, DashboardRefreshMessage, ImportProgressMessage, OpportunityChangedMessage, RealtimePubSub, TOPICS } from './realtime-pubsub';

/**
 * Job `realtime.publish`: turns a committed domain event into live-subscription messages.
 * Publishing is best effort (a subscriber that misses a tick refetches on the next one), so a
 * failure to publish does not fail the job.
 */
@Injectable()
@HandlesJob('realtime.publish')
export class RealtimePublishHandler implements JobHandler<'realtime.publish'> {
  private readonly logger = new Logger(RealtimePublishHandler.name);

  constructor(private readonly pubsub: RealtimePubSub) {}

  async handle(_payload: JobPayload<'realtime.publish'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const eventId = ctx.jobId.slice(0, ctx.jobId.indexOf('--'));
    const [event] = await ctx.manager.query(`SELECT type, payload, created_at FROM outbox_event WHERE id = $1`, [eventId]);
    if (!event) return { skipped: 'event not found' };
    const p = event.payload as Record<string, unknown>;
    const at = new Date(event.created_at).toISOString();
    let campaignIds: string[] = [];
    const messages: Array<[string, object]> = [];
    if (typeof p['campaignId'] === 'string') campaignIds = [p['campaignId']];
    else if (typeof p['rivalId'] === 'string') {
      const rows: Array<{ id: string }> = await ctx.manager.query(`SELECT id FROM campaign WHERE rival_id = $1`, [p['rivalId']]);
      campaignIds = rows.map((r) => r.id);
    }
    const type = event.type as string;
    if (type.startsWith('opportunity.') && typeof p['opportunityId'] === 'string' && campaignIds[0]) {
      const message: OpportunityChangedMessage = {
        opportunityId: p['opportunityId'],
        accountId: typeof p['accountId'] === 'string' ? p['accountId'] : null,
        campaignId: campaignIds[0],
        stage: typeof p['to'] === 'string' ? p['to'] : type === 'opportunity.won' ? 'won' : type === 'opportunity.lost' ? 'lost' : null,
        previousStage: typeof p['from'] === 'string' ? p['from'] : null,
        event: type,
        at,
      };
      messages.push([TOPICS.opportunityChanged, message]);
    }
    if (type === 'import.progress' && campaignIds[0]) {
      const message: ImportProgressMessage = {
        importId: String(p['importId']),
        campaignId: campaignIds[0],
        status: String(p['status']),
        rowsDone: Number(p['rowsDone']),
        totalRows: Number(p['totalRows']),
        at,
      };
      messages.push([TOPICS.importProgress, message]);
    }
    if (type === 'bulk_assignment.progress' && campaignIds[0]) {
      const message: BulkAssignmentProgressMessage = {
        assignmentId: String(p['assignmentId']),
        campaignId: campaignIds[0],
        status: String(p['status']),
        done: Number(p['done']),
        total: Number(p['total']),
        at,
      };
      messages.push([TOPICS.bulkAssignmentProgress, message]);
    }
    for (const campaignId of campaignIds) {
      const message: DashboardRefreshMessage = { campaignId, reason: type, at };
      messages.push([TOPICS.dashboardRefresh, message]);
    }
    try {
      for (const [topic, message] of messages) await this.pubsub.publish(topic, message);
    } catch (error) {
      this.logger.warn(`Live update for ${type} not published: ${(error as Error).message}`);
      return { published: 0, error: (error as Error).message };
    }
    return { published: messages.length };
  }
}
