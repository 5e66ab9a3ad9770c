import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { AccountUrgencyService } from '../accounts/account-urgency.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { FULL_ACCESS } from '../common/access/actor';
import { RivalEntity } from './rival.entity';
import { RivalsRepository } from './rivals.repository';

/** Rows per batch: one read and one write each (2,000 rows of text arrays stay far below the parameter limits). */
const BATCH = 2_000;

export interface CampaignImpact {
  campaignId: string;
  accountsRecomputed: number;
  urgencyChanged: number;
  deadlinesChanged: number;
}

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
    private readonly urgency: AccountUrgencyService,
    private readonly campaigns: CampaignsRepository,
    private readonly rivals: RivalsRepository,
  ) {}

  async handle(payload: JobPayload<'urgency.recompute-for-rival'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const now = new Date();
    const rival = await ctx.manager.getRepository(RivalEntity).findOneBy({ id: payload.rivalId });
    const impacts = rival ? await this.recompute(ctx, payload.rivalId, payload.campaignId ?? null, now) : [];
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

  /** Every campaign against the rival, or only `campaignId` (its settings changed). */
  private async recompute(ctx: JobContext, rivalId: string, campaignId: string | null, now: Date): Promise<CampaignImpact[]> {
    const campaigns = (await this.campaigns.findWithRivalByRivalId(ctx.manager, FULL_ACCESS, rivalId)).filter(
      (c) => campaignId === null || c.campaign.id === campaignId,
    );
    const impacts: CampaignImpact[] = [];
    for (const campaign of campaigns) {
      const impact: CampaignImpact = { campaignId: campaign.campaign.id, accountsRecomputed: 0, urgencyChanged: 0, deadlinesChanged: 0 };
      for (let after: string | null = null; ; ) {
        const batch = await this.rivals.accountsForRecompute(ctx.manager, impact.campaignId, after, BATCH);
        if (batch.length === 0) break;
        const rows = batch.map((account) => {
          const result = this.urgency.urgencyOf(account, campaign, account.openStage, now);
          if (result.score !== account.urgency) impact.urgencyChanged++;
          return { id: account.id, urgency: result.score, factors: result.factors };
        });
        await this.rivals.setUrgencies(ctx.manager, rows, now);
        impact.accountsRecomputed += rows.length;
        after = batch[batch.length - 1].id;
      }
      for (let after: string | null = null; ; ) {
        const batch = await this.rivals.openDealsForRecompute(ctx.manager, impact.campaignId, after, BATCH);
        if (batch.length === 0) break;
        const changed = batch
          .map((deal) => ({ id: deal.id, before: deal.dueAt, dueAt: this.urgency.dueAtOf(deal.stage, deal.stageEnteredAt, deal.segment, campaign) }))
          .filter((d) => (d.before?.getTime() ?? null) !== (d.dueAt?.getTime() ?? null));
        await this.rivals.setDueAts(ctx.manager, changed);
        impact.deadlinesChanged += changed.length;
        after = batch[batch.length - 1].id;
      }
      impacts.push(impact);
    }
    return impacts;
  }
}
