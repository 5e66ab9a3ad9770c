import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { computeUrgency, resolveCampaignSettings, stageDueAt, type Segment, type Stage, type UrgencyResult } from '@lifeboat/domain';
import { FULL_ACCESS } from '../common/access/actor';
import { applyRule } from '../common/errors/domain-rule';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { PipelineRepository } from '../pipeline/pipeline.repository';
import { AccountEntity } from './account.entity';
import { AccountsRepository } from './accounts.repository';

type UrgencyAccount = Pick<
  AccountEntity,
  'name' | 'monthlySpend' | 'countries' | 'hasBackupProvider' | 'rivalIsPrincipalOperator' | 'lastContactAt' | 'createdAt'
>;

const BATCH = 500;

/**
 * When an account's urgency and a deal's due time are computed: the service decides when,
 * libs/domain decides what (computeUrgency, stageDueAt) with the campaign's settings.
 */
@Injectable()
export class AccountUrgencyService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly accounts: AccountsRepository,
    private readonly pipeline: PipelineRepository,
  ) {}

  urgencyOf(account: UrgencyAccount, ctx: CampaignWithRival, stage: Stage | null, now: Date): UrgencyResult {
    const settings = applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
    return applyRule(() =>
      computeUrgency({
        now,
        timeZone: settings.timeZone,
        rival: { name: ctx.rival.name, health: ctx.rival.health, shutdownExpectedAt: ctx.rival.shutdownExpectedAt },
        account: {
          name: account.name,
          monthlySpend: account.monthlySpend,
          countries: account.countries,
          hasBackupProvider: account.hasBackupProvider,
          rivalIsPrincipalOperator: account.rivalIsPrincipalOperator,
        },
        stage,
        lastContactAt: account.lastContactAt,
        createdAt: account.createdAt,
        weights: settings.urgencyWeights,
        currency: ctx.campaign.currency.trim(),
      }),
    );
  }

  dueAtOf(stage: Stage, stageEnteredAt: Date, segment: Segment, ctx: CampaignWithRival): Date | null {
    const settings = applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
    return applyRule(() => stageDueAt({ stage, stageEnteredAt, segment, shutdownExpectedAt: ctx.rival.shutdownExpectedAt, settings }));
  }

  /** Recomputes and stores one account's urgency (after a change to it, its deal or its activities). */
  async refresh(manager: EntityManager, account: AccountEntity, ctx: CampaignWithRival, now: Date, lastContactAt?: Date | null): Promise<UrgencyResult> {
    const open = await this.pipeline.openByAccountId(manager, account.id);
    const contact = lastContactAt === undefined ? account.lastContactAt : lastContactAt;
    const result = this.urgencyOf({ ...account, lastContactAt: contact }, ctx, open?.stage ?? null, now);
    await this.accounts.setDerived(manager, account.id, {
      urgency: result.score,
      urgencyFactors: result.factors,
      urgencyComputedAt: now,
      ...(lastContactAt === undefined ? {} : { lastContactAt }),
    });
    return result;
  }

  /**
   * After the rival's fate changed: every account of its campaigns gets its urgency recomputed,
   * and every open deal its due time (the signing deadline caps it), in batches.
   */
  async recomputeForRival(manager: EntityManager, rivalId: string, now: Date): Promise<{ campaigns: number; accountsRecomputed: number; dealsRescheduled: number }> {
    const campaigns = await this.campaigns.findWithRivalByRivalId(manager, FULL_ACCESS, rivalId);
    let accountsRecomputed = 0;
    let dealsRescheduled = 0;
    for (const ctx of campaigns) {
      const ids = [ctx.campaign.id];
      for (let after: string | null = null; ; ) {
        const batch = await this.accounts.findBatchForRecompute(manager, ids, after, BATCH);
        if (batch.length === 0) break;
        const rows = batch.map(({ account, openStage }) => {
          const result = this.urgencyOf(account, ctx, openStage, now);
          return { id: account.id, urgency: result.score, factors: result.factors };
        });
        await this.accounts.setUrgencyBatch(manager, rows, now);
        accountsRecomputed += rows.length;
        after = batch[batch.length - 1].account.id;
      }
      for (let after: string | null = null; ; ) {
        const batch = await this.pipeline.findOpenBatch(manager, ids, after, BATCH);
        if (batch.length === 0) break;
        const changed = batch
          .map(({ opportunity, segment }) => ({ id: opportunity.id, before: opportunity.dueAt, dueAt: this.dueAtOf(opportunity.stage, opportunity.stageEnteredAt, segment, ctx) }))
          .filter((r) => (r.before?.getTime() ?? null) !== (r.dueAt?.getTime() ?? null));
        await this.pipeline.setDueAtBatch(manager, changed);
        dealsRescheduled += changed.length;
        after = batch[batch.length - 1].opportunity.id;
      }
    }
    return { campaigns: campaigns.length, accountsRecomputed, dealsRescheduled };
  }
}
