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
    const p = event.payload as Payload;
    const at = new Date(event.created_at).toISOString();
    let campaignIds: string[] = [];
    const messages: Array<[string, object]> = [];
    if (typeof p['campaignId'] === 'string') campaignIds = [p['campaignId']];
    else if (typeof p['rivalId'] === 'string') {
      const rows: Array<{ id: string }> = await ctx.manager.query(`SELECT id FROM campaign WHERE rival_id = $1`, [p['rivalId']]);
      campaignIds = rows.map((r) => r.id);
    }
    const type = event.type as string;
    const live = Object.hasOwn(LIVE_MESSAGES, type) ? LIVE_MESSAGES[type] : undefined;
    const own = live && campaignIds[0] ? live.build(p, campaignIds[0], at) : null;
    if (live && own) for (const message of Array.isArray(own) ? own : [own]) messages.push([live.topic, message]);
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

type Payload = Record<string, unknown>;

/** The message of its own topic that an event type publishes (before the dashboard refreshes), for the event's campaign. */
const LIVE_MESSAGES: Record<string, { topic: string; build: (p: Payload, campaignId: string, at: string) => object | object[] | null }> = {
  // Every change of a deal writes one `opportunity.changed` event (database triggers): the one source of this topic.
  'opportunity.changed': {
    topic: TOPICS.opportunityChanged,
    build: (p, campaignId, at): OpportunityChangedMessage | null => {
      if (typeof p['opportunityId'] !== 'string') return null;
      const stage = typeof p['stage'] === 'string' ? p['stage'] : null;
      const previousStage = typeof p['previousStage'] === 'string' ? p['previousStage'] : null;
      const accountId = typeof p['accountId'] === 'string' ? p['accountId'] : null;
      return { opportunityId: p['opportunityId'], accountId, campaignId, stage, previousStage, event: changeName(String(p['change']), stage, previousStage), at };
    },
  },
  // A bulk write's one event for its deals (a hand-out's batch): each deal's message, as the trigger's would be.
  'opportunity.owners_changed': {
    topic: TOPICS.opportunityChanged,
    build: (p, campaignId, at): OpportunityChangedMessage[] =>
      (Array.isArray(p['deals']) ? (p['deals'] as unknown[]) : [])
        .filter((d): d is [string, string, string, number] => Array.isArray(d) && typeof d[0] === 'string')
        .map(([opportunityId, accountId, stage]) => ({ opportunityId, accountId, campaignId, stage, previousStage: null, event: 'opportunity.owner_changed', at })),
  },
  'import.progress': {
    topic: TOPICS.importProgress,
    build: (p, campaignId, at): ImportProgressMessage => ({
      importId: String(p['importId']),
      campaignId,
      status: String(p['status']),
      rowsDone: Number(p['rowsDone']),
      totalRows: Number(p['totalRows']),
      at,
    }),
  },
  'bulk_assignment.progress': {
    topic: TOPICS.bulkAssignmentProgress,
    build: (p, campaignId, at): BulkAssignmentProgressMessage => ({
      assignmentId: String(p['assignmentId']),
      campaignId,
      status: String(p['status']),
      done: Number(p['done']),
      total: Number(p['total']),
      at,
    }),
  },
};

/** What a deal's change is called for subscribers: opportunity.moved, .won, .lost, .updated or .owner_changed. */
function changeName(change: string, stage: string | null, previousStage: string | null): string {
  if (change === 'owner') return 'opportunity.owner_changed';
  if (change === 'stage' && previousStage !== null) return stage === 'won' ? 'opportunity.won' : stage === 'lost' ? 'opportunity.lost' : 'opportunity.moved';
  return 'opportunity.updated';
}
