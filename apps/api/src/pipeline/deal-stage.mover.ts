import { Injectable } from '@nestjs/common';
import { checkTransition, nextStage, type LostReason, type Role, type Stage } from '@lifeboat/domain';
import { actorLabel, type Actor } from '../common/access/actor';
import { fromDomainRule } from '../common/errors/domain-rule';
import { BadInputError, ConflictError } from '../common/errors/lifeboat-error';
import type { Tx } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignWithRival } from '../campaigns/campaigns.repository';
import { AccountEntity } from '../accounts/account.entity';
import { UrgencyService } from '../urgency/urgency.service';
import { ActivityEntity, OpportunityEntity, type ProposalSentDetails, type SignedDetails, type StageChangeDetails } from './opportunity.entity';
import { NewOpportunity, PipelineRepository } from './pipeline.repository';

/** A deal as every audit entry of it records it: one shape, whoever changes it. */
export function opportunitySnapshot(o: OpportunityEntity): Record<string, unknown> {
  return {
    stage: o.stage,
    stageEnteredAt: o.stageEnteredAt,
    dueAt: o.dueAt,
    monthlyValue: o.monthlyValue,
    oneTimeValue: o.oneTimeValue,
    termMonths: o.termMonths,
    probability: o.probability,
    expectedCloseAt: o.expectedCloseAt,
    lostReason: o.lostReason,
    lostToBidder: o.lostToBidder,
    note: o.note,
    firstContactAt: o.firstContactAt,
    closedAt: o.closedAt,
  };
}

/** What a proposal changes on its deal besides the stage: the contract's value. */
export interface DealTerms {
  monthlyValue: number;
  oneTimeValue: number;
  termMonths: number;
}

/** Who moves which deal of which account, in which campaign, when. */
interface MoveContext {
  actor: Actor;
  actorRole: Role;
  deal: OpportunityEntity;
  account: AccountEntity;
  campaign: CampaignWithRival;
  now: Date;
}

/** How a refusal reads: the field prefix of a broken rule and the message of a lost race. */
interface MoveWording {
  fieldPrefix: string;
  conflict: string;
}

/**
 * The one writer of a deal's stage: it opens a deal (its first stage) and moves it, for
 * `moveOpportunity` and for proposals (sent, accepted). Each step is checked by the domain
 * (`checkTransition`) and writes, in the caller's transaction: the deal (stage, due time from
 * the campaign's rules, version), its stage_transition row, the `opportunity.moved` audit entry
 * (one snapshot shape), the `opportunity.moved` event (and `opportunity.lost`); then the activity
 * the move calls for and the account's urgency.
 */
@Injectable()
export class DealStageMover {
  constructor(
    private readonly pipeline: PipelineRepository,
    private readonly urgency: UrgencyService,
    private readonly audit: AuditService,
  ) {}

  /** A new deal in its first stage, with its stage_transition row (from no stage). */
  async open(tx: Tx, input: { actor: Actor; deal: Omit<NewOpportunity, 'dueAt' | 'stageEnteredAt'>; segment: AccountEntity['segment']; campaign: CampaignWithRival; now: Date }): Promise<OpportunityEntity> {
    const { deal, now } = input;
    const dueAt = this.urgency.dueAtOf(deal.stage, now, input.segment, input.campaign);
    const opened = await this.pipeline.insert(tx.manager, { ...deal, stageEnteredAt: now, dueAt });
    await this.pipeline.insertTransition(tx.manager, {
      opportunityId: opened.id,
      campaignId: opened.campaignId,
      fromStage: null,
      toStage: opened.stage,
      at: now,
      dueAt,
      actorLabel: actorLabel(input.actor),
    });
    return opened;
  }

  /** One step `deal.stage` → `to`, with the version the caller read. */
  private async step(
    tx: Tx,
    ctx: MoveContext,
    to: Stage,
    options: { expectedVersion: number; lostReason?: LostReason | null; lostToBidder?: string | null; viaProposalAcceptance?: boolean },
    wording: MoveWording,
  ): Promise<OpportunityEntity> {
    const { actor, deal, account, campaign, now } = ctx;
    const check = checkTransition({
      from: deal.stage,
      to,
      actorRole: ctx.actorRole,
      lostReason: options.lostReason ?? null,
      viaProposalAcceptance: options.viaProposalAcceptance ?? false,
    });
    if (!check.ok) throw fromDomainRule(check.error, wording.fieldPrefix);
    const dueAt = this.urgency.dueAtOf(to, now, account.segment, campaign);
    const closing = to === 'won' || to === 'lost';
    const patch: Partial<OpportunityEntity> = {
      stage: to,
      stageEnteredAt: now,
      dueAt,
      probability: null,
      lostReason: to === 'lost' ? (options.lostReason ?? null) : null,
      lostToBidder: to === 'lost' ? (options.lostToBidder ?? null) : null,
      closedAt: closing ? now : null,
    };
    if (to === 'contacted' && deal.firstContactAt === null) patch.firstContactAt = now;
    const updated = await this.pipeline.update(tx.manager, deal.id, options.expectedVersion, patch);
    if (!updated) throw new ConflictError(wording.conflict);
    await this.pipeline.insertTransition(tx.manager, {
      opportunityId: deal.id,
      campaignId: deal.campaignId,
      fromStage: deal.stage,
      toStage: to,
      at: now,
      dueAt,
      actorLabel: actorLabel(actor),
    });
    await this.audit.record(tx.manager, actor, {
      action: 'opportunity.moved',
      entityType: 'Opportunity',
      entityId: deal.id,
      campaignId: deal.campaignId,
      before: opportunitySnapshot(deal),
      after: opportunitySnapshot(updated),
    });
    await tx.emit('opportunity.moved', { opportunityId: deal.id, accountId: deal.accountId, campaignId: deal.campaignId, from: deal.stage, to });
    if (to === 'lost') {
      // checkTransition refuses a move to lost without a reason.
      await tx.emit('opportunity.lost', {
        opportunityId: deal.id,
        accountId: deal.accountId,
        campaignId: deal.campaignId,
        lostReason: updated.lostReason as string,
        lostToBidder: updated.lostToBidder,
      });
    }
    return updated;
  }

  /** A move by hand (`moveOpportunity`): one step, the caller's expectedVersion, a stage_change activity. */
  async move(
    tx: Tx,
    ctx: MoveContext & {
      to: Stage;
      expectedVersion: number;
      lostReason?: LostReason | null;
      lostToBidder?: string | null;
      note?: string | null;
      /** Where the move's fields sit in the caller's input, for the refusal's `fields` (default `input`). */
      fieldPrefix?: string;
    },
  ): Promise<{ opportunity: OpportunityEntity; activity: ActivityEntity }> {
    const { actor, deal, to } = ctx;
    const updated = await this.step(
      tx,
      ctx,
      to,
      { expectedVersion: ctx.expectedVersion, lostReason: ctx.lostReason, lostToBidder: ctx.lostToBidder },
      { fieldPrefix: ctx.fieldPrefix ?? 'input', conflict: 'The opportunity changed since you read it: reload it and try again.' },
    );
    const activity = await this.pipeline.insertActivity(tx.manager, {
      campaignId: deal.campaignId,
      accountId: deal.accountId,
      opportunityId: deal.id,
      kind: 'stage_change',
      occurredAt: ctx.now,
      authorUserId: actor.kind === 'user' ? actor.userId : null,
      authorLabel: actorLabel(actor),
      body: `Moved from ${deal.stage} to ${to}${ctx.lostReason && to === 'lost' ? ` (${ctx.lostReason})` : ''}.${ctx.note ? ` ${ctx.note}` : ''}`,
      outcome: null,
      nextStepAt: null,
      metadata: { from: deal.stage, to, ...(to === 'lost' ? { lostReason: ctx.lostReason } : {}) },
      details: { from: deal.stage, to, lostReason: to === 'lost' ? (ctx.lostReason ?? null) : null, note: ctx.note ?? null } satisfies StageChangeDetails,
    });
    await this.urgency.refresh(tx.manager, ctx.account, ctx.campaign, ctx.now);
    return { opportunity: updated, activity };
  }

  /**
   * The stages a deal goes through to reach `to` for a proposal: proposal_sent is reached one
   * step at a time from identified or contacted (sending an offer is a contact), or back from
   * negotiating (a revised offer); won only from proposal_sent or negotiating, through an acceptance.
   */
  private path(from: Stage, to: Stage): Stage[] {
    if (from === to) return [];
    if (to === 'proposal_sent' && (from === 'identified' || from === 'contacted')) {
      const steps: Stage[] = [];
      for (let s: Stage | null = nextStage(from); s !== null; s = nextStage(s)) {
        steps.push(s);
        if (s === to) break;
      }
      return steps;
    }
    return [to];
  }

  /** A move a proposal requires (sent, accepted): the steps to `to`, the offer's value on the deal, the proposal's activity. */
  async moveForProposal(
    tx: Tx,
    ctx: MoveContext & {
      to: Stage;
      terms: DealTerms;
      viaProposalAcceptance?: boolean;
      activity:
        | { kind: 'proposal_sent'; body: string; metadata: Record<string, unknown>; details: ProposalSentDetails }
        | { kind: 'signed'; body: string; metadata: Record<string, unknown>; details: SignedDetails };
    },
  ): Promise<OpportunityEntity> {
    const { actor, to, now } = ctx;
    const wording = { fieldPrefix: 'deal', conflict: 'The deal changed meanwhile; try again.' };
    let current = ctx.deal;
    for (const step of this.path(current.stage, to)) {
      current = await this.step(tx, { ...ctx, deal: current }, step, { expectedVersion: current.version, viaProposalAcceptance: ctx.viaProposalAcceptance }, wording);
    }
    if (current.stage !== to) throw new BadInputError(`The deal is ${current.stage}; it cannot reach ${to}.`, [{ field: 'deal.stage', reason: 'not allowed' }]);

    // The deal's value is the offer's.
    const { terms } = ctx;
    if (current.monthlyValue !== terms.monthlyValue || current.oneTimeValue !== terms.oneTimeValue || current.termMonths !== terms.termMonths) {
      const valued = await this.pipeline.update(tx.manager, current.id, current.version, terms);
      if (!valued) throw new ConflictError(wording.conflict);
      await this.audit.record(tx.manager, actor, {
        action: 'opportunity.updated',
        entityType: 'Opportunity',
        entityId: current.id,
        campaignId: current.campaignId,
        before: opportunitySnapshot(current),
        after: opportunitySnapshot(valued),
      });
      current = valued;
    }
    await this.pipeline.insertActivity(tx.manager, {
      campaignId: current.campaignId,
      accountId: current.accountId,
      opportunityId: current.id,
      kind: ctx.activity.kind,
      occurredAt: now,
      authorUserId: actor.kind === 'user' ? actor.userId : null,
      authorLabel: actorLabel(actor),
      body: ctx.activity.body,
      outcome: null,
      nextStepAt: null,
      metadata: ctx.activity.metadata,
      details: ctx.activity.details,
    });
    // Sending an offer or signing is a contact with the customer.
    await this.urgency.refresh(tx.manager, ctx.account, ctx.campaign, now, now);
    return current;
  }
}
