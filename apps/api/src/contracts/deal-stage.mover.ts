import { Injectable } from '@nestjs/common';
import { checkTransition, nextStage, type Role, type Stage } from '@lifeboat/domain';
import { actorLabel, type Actor } from '../common/access/actor';
import { fromDomainRule } from '../common/errors/domain-rule';
import { BadInputError, ConflictError } from '../common/errors/lifeboat-error';
import type { Tx } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignWithRival } from '../campaigns/campaigns.repository';
import { AccountEntity } from '../accounts/account.entity';
import { AccountUrgencyService } from '../accounts/account-urgency.service';
import { OpportunityEntity } from '../pipeline/opportunity.entity';
import { PipelineRepository } from '../pipeline/pipeline.repository';

const snapshot = (o: OpportunityEntity) => ({
  stage: o.stage,
  stageEnteredAt: o.stageEnteredAt,
  dueAt: o.dueAt,
  monthlyValue: o.monthlyValue,
  oneTimeValue: o.oneTimeValue,
  termMonths: o.termMonths,
  probability: o.probability,
  firstContactAt: o.firstContactAt,
  closedAt: o.closedAt,
});

/** What a proposal changes on its deal besides the stage: the contract's value. */
export interface DealTerms {
  monthlyValue: number;
  oneTimeValue: number;
  termMonths: number;
}

/**
 * Moves a deal as a proposal requires, inside the proposal's transaction. PipelineService.move
 * is a use case of its own (its transaction, the caller's expectedVersion), so this does the same
 * writes it does for each step — the rules from `checkTransition`, the due time from the
 * campaign's rules, a stage_transition row, the audit entry, the `opportunity.moved` event, the
 * account's urgency — and the activity the proposal calls for (proposal_sent, signed).
 */
@Injectable()
export class DealStageMover {
  constructor(
    private readonly pipeline: PipelineRepository,
    private readonly urgency: AccountUrgencyService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The stages a deal goes through to reach `to`: proposal_sent is reached one step at a time
   * from identified or contacted (sending an offer is a contact), or back from negotiating (a
   * revised offer); won only from proposal_sent or negotiating, through an acceptance.
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

  async moveForProposal(
    tx: Tx,
    input: {
      actor: Actor;
      actorRole: Role;
      deal: OpportunityEntity;
      account: AccountEntity;
      campaign: CampaignWithRival;
      to: Stage;
      terms: DealTerms;
      viaProposalAcceptance?: boolean;
      now: Date;
      activity: { kind: 'proposal_sent' | 'signed'; body: string; metadata: Record<string, unknown> };
    },
  ): Promise<OpportunityEntity> {
    const { actor, deal, account, campaign, to, now } = input;
    const label = actorLabel(actor);
    let current = deal;
    const steps = this.path(deal.stage, to);
    for (const step of steps) {
      const check = checkTransition({ from: current.stage, to: step, actorRole: input.actorRole, viaProposalAcceptance: input.viaProposalAcceptance ?? false });
      if (!check.ok) throw fromDomainRule(check.error, 'deal');
      const dueAt = this.urgency.dueAtOf(step, now, account.segment, campaign);
      const closing = step === 'won' || step === 'lost';
      const patch: Partial<OpportunityEntity> = { stage: step, stageEnteredAt: now, dueAt, probability: null, closedAt: closing ? now : null };
      if (step === 'contacted' && current.firstContactAt === null) patch.firstContactAt = now;
      const updated = await this.pipeline.update(tx.manager, current.id, current.version, patch);
      if (!updated) throw new ConflictError('The deal changed meanwhile; try again.');
      await this.pipeline.insertTransition(tx.manager, {
        opportunityId: current.id,
        campaignId: current.campaignId,
        fromStage: current.stage,
        toStage: step,
        at: now,
        dueAt,
        actorLabel: label,
      });
      await this.audit.record(tx.manager, actor, {
        action: 'opportunity.moved',
        entityType: 'Opportunity',
        entityId: current.id,
        campaignId: current.campaignId,
        before: snapshot(current),
        after: snapshot(updated),
      });
      await tx.emit('opportunity.moved', { opportunityId: current.id, accountId: current.accountId, campaignId: current.campaignId, from: current.stage, to: step });
      current = updated;
    }
    if (current.stage !== to) throw new BadInputError(`The deal is ${current.stage}; it cannot reach ${to}.`, [{ field: 'deal.stage', reason: 'not allowed' }]);

    // The deal's value is the offer's.
    const { terms } = input;
    if (current.monthlyValue !== terms.monthlyValue || current.oneTimeValue !== terms.oneTimeValue || current.termMonths !== terms.termMonths) {
      const valued = await this.pipeline.update(tx.manager, current.id, current.version, terms);
      if (!valued) throw new ConflictError('The deal changed meanwhile; try again.');
      await this.audit.record(tx.manager, actor, {
        action: 'opportunity.updated',
        entityType: 'Opportunity',
        entityId: current.id,
        campaignId: current.campaignId,
        before: snapshot(current),
        after: snapshot(valued),
      });
      current = valued;
    }
    await this.pipeline.insertActivity(tx.manager, {
      campaignId: current.campaignId,
      accountId: current.accountId,
      opportunityId: current.id,
      kind: input.activity.kind,
      occurredAt: now,
      authorUserId: actor.kind === 'user' ? actor.userId : null,
      authorLabel: label,
      body: input.activity.body,
      outcome: null,
      nextStepAt: null,
      metadata: input.activity.metadata,
    });
    // Sending an offer or signing is a contact with the customer.
    await this.urgency.refresh(tx.manager, account, campaign, now, now);
    return current;
  }
}
