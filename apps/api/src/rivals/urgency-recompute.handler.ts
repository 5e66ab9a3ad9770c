import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { UrgencyService } from '../urgency/urgency.service';
import { RivalEntity } from './rival.entity';
import { RivalsRepository } from './rivals.repository';

/**
 * After a distress event: recompute the urgency (score and factors) of every account of the
 * rival's campaigns, and the due time of their open deals (the signing deadline caps it), in
 * batches, in the job's transaction; then record what changed, per campaign, on the event
 * (`DistressEvent.impact`), in the same transaction. Async on purpose: at 36,000 accounts per
 * rival the recomputation takes seconds, which recordDistressEvent must not wait for (BENCHMARKS.md).
 */
@Injectable()
@HandlesJob('urgency.recompute-for-rival')
export class UrgencyRecomputeHandler implements JobHandler<'urgency.recompute-for-rival'> {
  constructor(
    private readonly urgency: UrgencyService,
    private readonly rivals: RivalsRepository,
  ) {}

  async handle(payload: JobPayload<'urgency.recompute-for-rival'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const now = new Date();
    const rival = await ctx.manager.getRepository(RivalEntity).findOneBy({ id: payload.rivalId });
    const impacts = rival ? await this.urgency.recomputeForRival(ctx.manager, payload.rivalId, now, payload.campaignId ?? null) : [];
    if (payload.distressEventId) await this.rivals.recordImpact(ctx.manager, payload.distressEventId, impacts, now);
    // A recomputation over whole campaigns rewrites their accounts and deals: once it has committed,
    // the planner's statistics of those tables are refreshed (maintenance.analyze).
    if (impacts.some((c) => c.accountsRecomputed > 0)) {
      await ctx.manager.query(`INSERT INTO outbox_event (type, payload) VALUES ('tables.bulk_written', $1::jsonb)`, [
        JSON.stringify({ tables: ['account', 'opportunity'], reason: `urgency recomputation for rival ${payload.rivalId}` }),
      ]);
    }
    const sum = (k: 'accountsRecomputed' | 'urgencyChanged' | 'deadlinesChanged') => impacts.reduce((n, c) => n + c[k], 0);
    return {
      rivalId: payload.rivalId,
      distressEventId: payload.distressEventId,
      rivalHealth: rival?.health ?? null,
      campaigns: impacts.length,
      accountsRecomputed: sum('accountsRecomputed'),
      urgencyChanged: sum('urgencyChanged'),
      dealsRescheduled: sum('deadlinesChanged'),
    };
  }
}
