import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  DAY_MS,
  queuePriorityExplainer,
  queuePriorityScorer,
  resolveCampaignSettings,
  RIVAL_OUTAGES_WINDOW_DAYS,
  type CampaignSettings,
  type QueuePriorityResult,
  type QueueSubject,
  type Segment,
  type Stage,
} from '@lifeboat/domain';
import { FULL_ACCESS } from '../common/access/actor';
import { applyRule } from '../common/errors/domain-rule';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { accountUrgency, dealDueAt, type StoredUrgency, type UrgencySubject } from './urgency-rules';
import { UrgencyAccountRow, UrgencyRepository } from './urgency.repository';

/** Rows per batch: one read and one write each (2,000 rows of text arrays stay far below the parameter limits). */
const BATCH = 2_000;

/** What a recomputation changed in one campaign. */
export interface CampaignImpact {
  campaignId: string;
  accountsRecomputed: number;
  urgencyChanged: number;
  deadlinesChanged: number;
}

/**
 * Urgency and due times, every path: the service decides when, libs/domain decides what
 * (through `urgency-rules`), and `UrgencyRepository` writes them with one statement shape. Used
 * after a change to one account or its deal (accounts, pipeline, contracts), for a set of accounts
 * (imports), and for whole campaigns (a distress event, a rival's or a campaign's rules changed,
 * the campaign's day changed).
 */
@Injectable()
export class UrgencyService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly repository: UrgencyRepository,
  ) {}

  private settingsOf(ctx: CampaignWithRival): CampaignSettings {
    return applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
  }

  /**
   * `outages`: the rival's outages that touched the account's services lately (`outagesOf`); left
   * out, no outage factor. `collectiveCancellationAt`: its collective's announced cancellations
   * (`collectiveCancellationsOf`); left out, none.
   */
  urgencyOf(
    account: UrgencySubject,
    ctx: CampaignWithRival,
    stage: Stage | null,
    now: Date,
    outages?: ReadonlyArray<{ startedAt: Date; endedAt: Date | null }>,
    collectiveCancellationAt?: Date | null,
  ): StoredUrgency {
    const settings = this.settingsOf(ctx);
    return applyRule(() =>
      accountUrgency({ account, rival: ctx.rival, settings, currency: ctx.campaign.currency.trim(), stage, now, outages: outages ?? [], collectiveCancellationAt: collectiveCancellationAt ?? null }),
    );
  }

  /** For each of the accounts in a collective that announced its cancellations, that date. */
  collectiveCancellationsOf(manager: EntityManager, ctx: CampaignWithRival, accountIds: readonly string[]): Promise<Map<string, Date>> {
    return this.repository.collectiveCancellations(manager, ctx.campaign.id, accountIds);
  }

  /** For each account, the rival's outages that touched a service it buys within the factor's window. */
  outagesOf(manager: EntityManager, ctx: CampaignWithRival, accountIds: readonly string[], now: Date) {
    return this.repository.outagesTouchingAccounts(manager, ctx.campaign.rivalId, accountIds, new Date(now.getTime() - RIVAL_OUTAGES_WINDOW_DAYS * DAY_MS));
  }

  /**
   * The queue priority of accounts of one campaign at `now` (libs/domain `computeQueuePriority`),
   * one scorer for many: the chances in time are computed once per segment and stage.
   */
  queuePriorityScorer(ctx: CampaignWithRival, now: Date): (subject: QueueSubject) => number {
    const settings = this.settingsOf(ctx);
    const score = queuePriorityScorer(ctx.rival, settings, now);
    return (subject) => applyRule(() => score(subject));
  }

  /** Accounts' queue priorities with their reasons, as the queue shows them (a page: one explainer, the chances computed once per segment and stage). */
  queuePriorityExplainer(ctx: CampaignWithRival, now: Date): (subject: QueueSubject) => QueuePriorityResult {
    const settings = this.settingsOf(ctx);
    const explain = queuePriorityExplainer(ctx.rival, settings, now);
    return (subject) => applyRule(() => explain(subject));
  }

  dueAtOf(stage: Stage, stageEnteredAt: Date, segment: Segment, ctx: CampaignWithRival): Date | null {
    const settings = this.settingsOf(ctx);
    return applyRule(() => dealDueAt({ stage, stageEnteredAt, segment, rival: ctx.rival, settings }));
  }

  /**
   * Recomputes and stores one account's urgency and queue priority (after a change to it, its deal
   * or its activities); `lastContactAt`, when given, is stored with it.
   */
  async refresh(
    manager: EntityManager,
    account: UrgencySubject & { id: string; segment: Segment },
    ctx: CampaignWithRival,
    now: Date,
    lastContactAt?: Date | null,
  ): Promise<StoredUrgency> {
    const open = await this.repository.openDealOf(manager, account.id);
    const contact = lastContactAt === undefined ? account.lastContactAt : lastContactAt;
    const outages = (await this.outagesOf(manager, ctx, [account.id], now)).get(account.id);
    const cancels = (await this.collectiveCancellationsOf(manager, ctx, [account.id])).get(account.id);
    const result = this.urgencyOf({ ...account, lastContactAt: contact }, ctx, open?.stage ?? null, now, outages, cancels);
    const queuePriority = this.queuePriorityScorer(ctx, now)({ monthlySpend: account.monthlySpend, segment: account.segment, stage: open?.stage ?? null, dueAt: open?.dueAt ?? null });
    await this.repository.writeUrgencies(
      manager,
      [{ id: account.id, urgency: result.score, factors: result.factors, queuePriority, ...(lastContactAt === undefined ? {} : { lastContactAt }) }],
      now,
    );
    return result;
  }

  /** The account's open deal gets the due time its stage, its segment and the campaign's rules give (after a change of segment). */
  async rescheduleOpenDeal(manager: EntityManager, accountId: string, ctx: CampaignWithRival): Promise<void> {
    const open = await this.repository.openDealOf(manager, accountId);
    if (open) await this.repository.writeDueAts(manager, [{ id: open.id, dueAt: this.dueAtOf(open.stage, open.stageEnteredAt, open.segment, ctx) }]);
  }

  /** Recomputes and stores the urgency and queue priority of a set of accounts of one campaign; returns how many changed urgency. */
  async recomputeAccounts(manager: EntityManager, ctx: CampaignWithRival, accounts: ReadonlyArray<Omit<UrgencyAccountRow, 'urgency'> & { urgency?: number }>, now: Date): Promise<number> {
    let changed = 0;
    const ids = accounts.map((a) => a.id);
    const outages = await this.outagesOf(manager, ctx, ids, now);
    const cancels = await this.collectiveCancellationsOf(manager, ctx, ids);
    const priorityOf = this.queuePriorityScorer(ctx, now);
    const rows = accounts.map((account) => {
      const result = this.urgencyOf(account, ctx, account.openStage, now, outages.get(account.id), cancels.get(account.id));
      if (result.score !== account.urgency) changed++;
      const queuePriority = priorityOf({ monthlySpend: account.monthlySpend, segment: account.segment, stage: account.openStage, dueAt: account.openDueAt });
      return { id: account.id, urgency: result.score, factors: result.factors, queuePriority };
    });
    await this.repository.writeUrgencies(manager, rows, now);
    return changed;
  }

  /** Recomputes given accounts of one campaign (e.g. a collective's members after its date or its members changed); returns how many changed urgency. */
  async recomputeAccountIds(manager: EntityManager, campaignId: string, ids: readonly string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const ctx = (await this.campaigns.getWithRivalByIds(manager, FULL_ACCESS, [campaignId])).get(campaignId);
    if (!ctx) return 0;
    let changed = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      changed += await this.recomputeAccounts(manager, ctx, await this.repository.accountsByIds(manager, campaignId, ids.slice(i, i + BATCH)), now);
    }
    return changed;
  }

  /**
   * Every open deal of the campaigns gets its due time (the signing deadline caps it), then every
   * account its urgency and queue priority, in batches, in the caller's transaction.
   */
  async recomputeCampaigns(manager: EntityManager, campaigns: readonly CampaignWithRival[], now: Date): Promise<CampaignImpact[]> {
    const impacts: CampaignImpact[] = [];
    for (const ctx of campaigns) {
      const impact: CampaignImpact = { campaignId: ctx.campaign.id, accountsRecomputed: 0, urgencyChanged: 0, deadlinesChanged: 0 };
      for (let after: string | null = null; ; ) {
        const batch = await this.repository.openDealsBatch(manager, impact.campaignId, after, BATCH);
        if (batch.length === 0) break;
        const changed = batch
          .map((deal) => ({ id: deal.id, before: deal.dueAt, dueAt: this.dueAtOf(deal.stage, deal.stageEnteredAt, deal.segment, ctx) }))
          .filter((d) => (d.before?.getTime() ?? null) !== (d.dueAt?.getTime() ?? null));
        await this.repository.writeDueAts(manager, changed);
        impact.deadlinesChanged += changed.length;
        after = batch[batch.length - 1].id;
      }
      // Then the accounts, whose queue priority reads their deal's due time (overdue or not).
      for (let after: string | null = null; ; ) {
        const batch = await this.repository.accountsBatch(manager, impact.campaignId, after, BATCH);
        if (batch.length === 0) break;
        impact.urgencyChanged += await this.recomputeAccounts(manager, ctx, batch, now);
        impact.accountsRecomputed += batch.length;
        after = batch[batch.length - 1].id;
      }
      impacts.push(impact);
    }
    return impacts;
  }

  /** After the rival's fate changed: every campaign against it, or only `campaignId` (its rules changed). */
  async recomputeForRival(manager: EntityManager, rivalId: string, now: Date, campaignId: string | null = null): Promise<CampaignImpact[]> {
    const campaigns = (await this.campaigns.findWithRivalByRivalId(manager, FULL_ACCESS, rivalId)).filter((c) => campaignId === null || c.campaign.id === campaignId);
    return this.recomputeCampaigns(manager, campaigns, now);
  }
}
