import { Injectable } from '@nestjs/common';
import { canApprove, requiredApproval, resolveCampaignSettings, type CampaignSettings } from '@lifeboat/domain';
import { actorLabel, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import { actsAsManager, assertCanWrite, assertDiscountApprover, effectiveRole, type AuthenticatedActor } from '../common/access/permissions';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { Tx, UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { ProposalsRepository, type NewNotification } from '../contracts/proposals.repository';
import { texts, type Locale } from '../notifications/notification-texts';
import { expectCollectiveId } from './collective-id';
import { CollectiveTermsVersionInput, ProposeCollectiveTermsInput, RecordCollectiveTermsSignedInput, RejectCollectiveTermsInput } from './collective-agreement.model';
import { AgreementFields, AgreementRecord, AgreementStatus, CollectiveAgreementsRepository, CollectiveRecord, CollectivesRepository } from './collectives.repository';

/** What the audit trail keeps of a collective's deal. */
const snapshot = (a: AgreementRecord | null): Record<string, unknown> =>
  a
    ? {
        status: a.status,
        discountPercent: a.discountPercent,
        termMonths: a.termMonths,
        conditions: a.conditions,
        requiredApproval: a.requiredApproval,
        rejectionReason: a.rejectionReason,
        approvedBy: a.approvedByLabel,
        signedByName: a.signedByName,
      }
    : {};

interface Locked {
  collective: CollectiveRecord;
  agreement: AgreementRecord | null;
  settings: CampaignSettings;
}

/**
 * A collective's own deal (issue #21): negotiated once with its spokesperson, approved by the same
 * rule as a proposal (`requiredApproval` with the campaign's discount limits, `canApprove` with the
 * caller's role in the campaign: within the proposer's own level it is approved at once; otherwise a
 * manager of the campaign, or an admin beyond the manager limit, decides and is notified), then
 * recorded as signed. Any writer of the campaign may propose terms; a manager records the signature
 * or withdraws them. Every change is audited in its own transaction, with the agreement's version.
 */
@Injectable()
export class CollectiveAgreementsService {
  constructor(
    private readonly collectives: CollectivesRepository,
    private readonly agreements: CollectiveAgreementsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly proposals: ProposalsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async lock(tx: Tx, scope: AccessScope, collectiveGlobalId: string, expectedVersion: number | null): Promise<Locked> {
    const id = expectCollectiveId(collectiveGlobalId, 'input.collectiveId');
    const collective = await this.collectives.lockById(tx.manager, scope, id);
    if (!collective) throw new NotFoundError('The collective');
    const agreement = await this.agreements.lock(tx.manager, id);
    const have = agreement?.version ?? null;
    if (have !== expectedVersion) {
      throw new ConflictError(
        have === null
          ? 'The collective has no terms yet: propose them without expectedVersion.'
          : `The collective’s terms changed since you read them (version ${have}, you had ${expectedVersion ?? 'none'}): reload them and try again.`,
      );
    }
    const campaign = (await this.campaigns.getWithRivalByIds(tx.manager, FULL_ACCESS, [collective.campaignId])).get(collective.campaignId);
    if (!campaign) throw new NotFoundError('The collective');
    const settings = applyRule(() => resolveCampaignSettings(campaign.campaign.settings), 'campaign.settings');
    return { collective, agreement, settings };
  }

  private requireStatus(agreement: AgreementRecord | null, allowed: AgreementStatus[], doing: string): AgreementRecord {
    if (agreement && allowed.includes(agreement.status)) return agreement;
    const status = agreement?.status ?? 'none';
    throw new BadInputError(`The collective’s terms are ${status.replace('_', ' ')}: only terms that are ${allowed.join(' or ').replace('_', ' ')} can be ${doing}.`, [
      { field: 'input.collectiveId', reason: `terms status is ${status}` },
    ]);
  }

  private async save(tx: Tx, current: AgreementRecord, patch: Partial<AgreementFields>): Promise<AgreementRecord> {
    const saved = await this.agreements.update(tx.manager, current.collectiveId, current.version, patch);
    if (!saved) throw new ConflictError('The collective’s terms changed meanwhile: reload them and try again.');
    return saved;
  }

  private async record(tx: Tx, caller: AuthenticatedActor, action: string, collective: CollectiveRecord, before: AgreementRecord | null, after: AgreementRecord): Promise<void> {
    await this.audit.record(tx.manager, caller, {
      action,
      entityType: 'Collective',
      entityId: collective.id,
      campaignId: collective.campaignId,
      before: snapshot(before),
      after: snapshot(after),
    });
  }

  private notify(userIds: readonly string[], collective: CollectiveRecord, n: Omit<NewNotification, 'userId' | 'campaignId' | 'entityId'>): NewNotification[] {
    return userIds.map((userId) => ({ ...n, userId, campaignId: collective.campaignId, entityId: collective.id }));
  }

  /**
   * Proposes the collective's terms (new, or again from draft, pending, approved or withdrawn; never
   * once signed). The approval level is taken with the campaign's limits now; within the proposer's
   * own level (`canApprove`) they are approved at once, otherwise they wait for an approver, notified.
   */
  async propose(actor: Actor, scope: AccessScope, input: ProposeCollectiveTermsInput): Promise<CollectiveRecord> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const { collective, agreement, settings } = await this.lock(tx, scope, input.collectiveId, input.expectedVersion ?? null);
      if (agreement) this.requireStatus(agreement, ['draft', 'pending_approval', 'approved', 'withdrawn'], 'changed');
      const level = applyRule(() => requiredApproval(input.discountPercent, settings.discountLimits));
      const selfApproved = canApprove(effectiveRole(caller, scope, collective.campaignId), level);
      const now = new Date();
      const fields: AgreementFields = {
        status: selfApproved ? 'approved' : 'pending_approval',
        discountPercent: input.discountPercent,
        termMonths: input.termMonths,
        conditions: input.conditions?.trim() || null,
        requiredApproval: level,
        rejectionReason: null,
        proposedByUserId: caller.kind === 'user' ? caller.userId : null,
        proposedByLabel: actorLabel(caller),
        submittedAt: now,
        approvedAt: selfApproved ? now : null,
        approvedByLabel: selfApproved ? actorLabel(caller) : null,
        signedAt: null,
        signedByName: null,
        recordedSignedByLabel: null,
        withdrawnAt: null,
      };
      const saved = agreement ? await this.save(tx, agreement, fields) : await this.agreements.insert(tx.manager, collective, fields);
      if (!selfApproved) {
        const approvers =
          level === 'admin' ? await this.proposals.activeAdminIds(tx.manager) : await this.proposals.managerIdsOfCampaign(tx.manager, collective.campaignId);
        await this.proposals.insertNotifications(
          tx.manager,
          this.notify(approvers, collective, {
            kind: 'collective_terms_approval_requested',
            text: (l: Locale) =>
              texts.collectiveTermsApprovalRequested(l, {
                collective: collective.name,
                by: actorLabel(caller),
                percent: input.discountPercent,
                level: level === 'admin' ? 'admin' : 'manager',
                termMonths: input.termMonths,
              }),
            dedupeKey: `collective-terms-approval:${collective.id}:${saved.version}`,
          }),
        );
      }
      await this.record(tx, caller, selfApproved ? 'collective.terms_approved' : 'collective.terms_submitted', collective, agreement, saved);
      return collective;
    });
  }

  async approve(actor: Actor, scope: AccessScope, input: CollectiveTermsVersionInput): Promise<CollectiveRecord> {
    return this.decide(actor, scope, input, null);
  }

  /** A rejection sends the terms back to draft with the reason. */
  async reject(actor: Actor, scope: AccessScope, input: RejectCollectiveTermsInput): Promise<CollectiveRecord> {
    const reason = input.reason.trim();
    if (!reason) throw new BadInputError('Say why the terms are sent back.', [{ field: 'input.reason', reason: 'reason must be 1 to 2000 characters' }]);
    return this.decide(actor, scope, input, reason);
  }

  private async decide(actor: Actor, scope: AccessScope, input: CollectiveTermsVersionInput, rejection: string | null): Promise<CollectiveRecord> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const locked = await this.lock(tx, scope, input.collectiveId, input.expectedVersion);
      const agreement = this.requireStatus(locked.agreement, ['pending_approval'], rejection === null ? 'approved' : 'rejected');
      assertDiscountApprover(caller, scope, agreement, 'these terms');
      const now = new Date();
      const saved = await this.save(
        tx,
        agreement,
        rejection === null ? { status: 'approved', approvedAt: now, approvedByLabel: actorLabel(caller) } : { status: 'draft', rejectionReason: rejection },
      );
      if (agreement.proposedByUserId) {
        await this.proposals.insertNotifications(
          tx.manager,
          this.notify([agreement.proposedByUserId], locked.collective, {
            kind: rejection === null ? 'collective_terms_approved' : 'collective_terms_rejected',
            text: (l: Locale) => texts.collectiveTermsDecided(l, { collective: locked.collective.name, by: actorLabel(caller), why: rejection }),
            dedupeKey: `collective-terms-decision:${agreement.collectiveId}:${saved.version}`,
          }),
        );
      }
      await this.record(tx, caller, rejection === null ? 'collective.terms_approved' : 'collective.terms_rejected', locked.collective, agreement, saved);
      return locked.collective;
    });
  }

  private assertManager(caller: AuthenticatedActor, scope: AccessScope, campaignId: string, doing: string): void {
    if (!actsAsManager(caller, scope, campaignId)) throw new ForbiddenError(`Only a manager of the campaign can ${doing} a collective’s terms.`);
  }

  /** The spokesperson agreed to the approved terms: recorded by a manager; from then on they are kept as they are. */
  async recordSigned(actor: Actor, scope: AccessScope, input: RecordCollectiveTermsSignedInput): Promise<CollectiveRecord> {
    const caller = assertCanWrite(actor);
    const signer = input.signedByName.trim();
    if (!signer) throw new BadInputError('Say who signed for the collective.', [{ field: 'input.signedByName', reason: 'signedByName must be 1 to 200 characters' }]);
    return this.uow.run(async (tx) => {
      const locked = await this.lock(tx, scope, input.collectiveId, input.expectedVersion);
      this.assertManager(caller, scope, locked.collective.campaignId, 'record the signature of');
      const agreement = this.requireStatus(locked.agreement, ['approved'], 'signed');
      const saved = await this.save(tx, agreement, { status: 'signed', signedAt: new Date(), signedByName: signer, recordedSignedByLabel: actorLabel(caller) });
      await this.record(tx, caller, 'collective.terms_signed', locked.collective, agreement, saved);
      return locked.collective;
    });
  }

  /** Withdraws terms not yet signed (a draft, pending or approved): a manager of the campaign. */
  async withdraw(actor: Actor, scope: AccessScope, input: CollectiveTermsVersionInput): Promise<CollectiveRecord> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const locked = await this.lock(tx, scope, input.collectiveId, input.expectedVersion);
      this.assertManager(caller, scope, locked.collective.campaignId, 'withdraw');
      const agreement = this.requireStatus(locked.agreement, ['draft', 'pending_approval', 'approved'], 'withdrawn');
      const saved = await this.save(tx, agreement, { status: 'withdrawn', withdrawnAt: new Date() });
      await this.record(tx, caller, 'collective.terms_withdrawn', locked.collective, agreement, saved);
      return locked.collective;
    });
  }

  /** Collectives whose terms wait for approval, in the campaigns the scope sees. */
  async awaitingApproval(scope: AccessScope, campaignId: string | null, limit: number): Promise<CollectiveRecord[]> {
    const pending = await this.agreements.pending(scope, campaignId, limit);
    const found = await this.collectives.getByIds(scope, pending.map((a) => a.collectiveId));
    return pending.map((a) => found.get(a.collectiveId)).filter((c): c is CollectiveRecord => c !== undefined);
  }
}
