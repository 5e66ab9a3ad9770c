import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canApprove, formatMoney, isProposalExpired, proposalValidUntil, requiredApproval, resolveCampaignSettings, type CampaignSettings } from '@lifeboat/domain';
import { proposalMail, type ProposalMailLanguage } from '@lifeboat/shared';
import { actorLabel, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import { assertCanChange, assertCanRead, assertCanWrite, assertDiscountApprover, effectiveRole, type AuthenticatedActor } from '../common/access/permissions';
import { BadInputError, ConflictError, MailDeliveryFailedError, MailNotConfiguredError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { Tx, UnitOfWork } from '../jobs/unit-of-work';
import { randomToken, sha256 } from '../identity/secrets';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { AccountRecord, AccountsRepository } from '../accounts/accounts.repository';
import { PipelineRepository } from '../pipeline/pipeline.repository';
import { defaultTargetCutover } from '../migrations/target-cutover';
import { DealStageMover } from '../pipeline/deal-stage.mover';
import { linesFromRivalServices, proposalTerms, ProposalTerms } from './proposal-terms';
import { NewProposalLine, ProposalLineRecord, ProposalRecord } from './proposal.record';
import { NewNotification, ProposalsRepository } from './proposals.repository';
import { DraftProposalInput, EmailProposalInput, ProposalLineInput, ProposalsArgs, ProposalVersionInput, RejectProposalInput, UpdateProposalInput } from './dto/proposal.inputs';
import { formatMoneyIn, texts, type Locale } from '../notifications/notification-texts';
import { Mailer } from '../notifications/mailer.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { ProposalSentDetails } from '../pipeline/opportunity.entity';

/** What the audit trail keeps of a proposal (never the token or its digest). */
export function proposalSnapshot(p: ProposalRecord, lines?: readonly NewProposalLine[]): Record<string, unknown> {
  return {
    status: p.status,
    termMonths: p.termMonths,
    discountPercent: p.discountPercent,
    plannedCutoverAt: p.plannedCutoverAt,
    requiredApproval: p.requiredApproval,
    monthlyTotal: p.monthlyTotal,
    oneTimeTotal: p.oneTimeTotal,
    switchCredit: p.switchCredit,
    totalOverTerm: p.totalOverTerm,
    attachOutageEvidence: p.attachOutageEvidence,
    rejectionReason: p.rejectionReason,
    sentAt: p.sentAt,
    validUntil: p.validUntil,
    acceptedAt: p.acceptedAt,
    signerName: p.signerName,
    ...(lines ? { lines: lines.map((l) => ({ serviceKind: l.serviceKind, description: l.description, quantity: l.quantity, monthlyUnitPrice: l.monthlyUnitPrice, oneTimeFee: l.oneTimeFee })) } : {}),
  };
}

const termsPatch = (t: ProposalTerms) => ({
  requiredApproval: t.approval,
  monthlySubtotal: t.totals.monthlySubtotal,
  monthlyDiscount: t.totals.monthlyDiscount,
  monthlyTotal: t.totals.monthlyTotal,
  oneTimeTotal: t.totals.oneTimeTotal,
  switchCredit: t.credit.amount,
  switchCreditDays: t.credit.prepaidDaysRemaining,
  switchCreditMonths: t.credit.prepaidMonthsRemaining,
  switchCreditCapped: t.credit.capped,
  totalOverTerm: t.totals.totalOverTerm,
});

const toNewLine = (l: ProposalLineInput): NewProposalLine => ({
  serviceKind: l.serviceKind,
  description: l.description?.trim() || null,
  quantity: l.quantity,
  monthlyUnitPrice: l.monthlyUnitPrice,
  oneTimeFee: l.oneTimeFee ?? 0,
});

interface Locked {
  proposal: ProposalRecord;
  account: AccountRecord;
  campaign: CampaignWithRival;
  settings: CampaignSettings;
}

/** A proposal emailed to a contact of its account. */
export interface EmailedProposal {
  proposal: ProposalRecord;
  recipient: { name: string; email: string };
  subject: string;
  resent: boolean;
}

/** Who sent a proposal by email, as the customer sees it: who signs it, whom replies reach. */
interface Sender {
  name: string;
  replyTo: { name: string; address: string } | null;
}

/**
 * Fast-track proposals (DESIGN.md §4): drafted by the deal's owner with prefilled lines and the
 * switch credit, approved when the discount is beyond the rep's limit, sent with a single-use
 * acceptance link. The domain decides the terms; this decides when.
 */
@Injectable()
export class ProposalsService {
  private readonly logger = new Logger(ProposalsService.name);

  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly accounts: AccountsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly pipeline: PipelineRepository,
    private readonly mover: DealStageMover,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Reads

  /** Whether proposals can leave by email, and the settings missing if not. */
  outgoingMail(): { enabled: boolean; missing: string[] } {
    const missing = [...(this.config.mail ? [] : ['SMTP_URL', 'MAIL_FROM']), ...(this.config.publicUrl ? [] : ['LIFEBOAT_PUBLIC_URL'])];
    return { enabled: missing.length === 0, missing };
  }

  async list(actor: Actor, scope: AccessScope, args: ProposalsArgs): Promise<Connection<ProposalRecord>> {
    assertCanRead(actor);
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const filter = {
      campaignId: args.campaignId ? expectGlobalId(args.campaignId, 'Campaign', 'campaignId') : undefined,
      opportunityId: args.opportunityId ? expectGlobalId(args.opportunityId, 'Opportunity', 'opportunityId') : undefined,
      status: args.status,
    };
    const [rows, total] = await Promise.all([
      this.proposals.findPage(scope, filter, { limit: size, after: after ? { createdAt: String(after[0]), id: String(after[1]) } : undefined }),
      this.proposals.count(scope, filter),
    ]);
    return toConnection(rows, size, total, (p) => encodeCursor([p.createdAt.toISOString(), p.id]));
  }

  async getById(scope: AccessScope, id: string): Promise<ProposalRecord | null> {
    return (await this.proposals.getByIds(scope, [id])).get(id) ?? null;
  }

  // Helpers

  private settingsOf(campaign: CampaignWithRival): CampaignSettings {
    return applyRule(() => resolveCampaignSettings(campaign.campaign.settings), 'campaign.settings');
  }

  private async campaignOf(manager: EntityManager, campaignId: string): Promise<CampaignWithRival> {
    return (await this.campaigns.getWithRivalByIds(manager, FULL_ACCESS, [campaignId])).get(campaignId) as CampaignWithRival;
  }

  /** Locks the proposal in the caller's scope (NOT_FOUND outside it) and checks the version the caller read. */
  private async lock(tx: Tx, scope: AccessScope, proposalGlobalId: string, expectedVersion: number): Promise<Locked> {
    const id = expectGlobalId(proposalGlobalId, 'Proposal', 'input.proposalId');
    const proposal = await this.proposals.lockById(tx.manager, scope, id);
    if (!proposal) throw new NotFoundError('The proposal');
    if (proposal.version !== expectedVersion) {
      throw new ConflictError(`The proposal changed since you read it (version ${proposal.version}, you had ${expectedVersion}): reload it and try again.`);
    }
    const account = (await this.accounts.getByIds(FULL_ACCESS, [proposal.accountId], tx.manager)).get(proposal.accountId) as AccountRecord;
    const campaign = await this.campaignOf(tx.manager, proposal.campaignId);
    return { proposal, account, campaign, settings: this.settingsOf(campaign) };
  }

  private async save(tx: Tx, current: ProposalRecord, patch: Partial<ProposalRecord>): Promise<ProposalRecord> {
    const updated = await this.proposals.update(tx.manager, current.id, current.version, patch);
    if (!updated) throw new ConflictError('The proposal changed meanwhile: reload it and try again.');
    return updated;
  }

  private requireStatus(p: ProposalRecord, allowed: ProposalRecord['status'][], doing: string): void {
    if (allowed.includes(p.status)) return;
    throw new BadInputError(`The proposal is ${p.status.replace('_', ' ')}: only a proposal that is ${allowed.join(' or ')} can be ${doing}.`, [
      { field: 'input.proposalId', reason: `status is ${p.status}` },
    ]);
  }

  /** The reps to tell about their proposal: its author and the account's owner. */
  private repsOf(p: ProposalRecord, account: AccountRecord): string[] {
    return [...new Set([p.createdByUserId, account.ownerId].filter((id): id is string => id !== null))];
  }

  private notify(userIds: readonly string[], p: ProposalRecord, n: Omit<NewNotification, 'userId' | 'campaignId' | 'entityId'>): NewNotification[] {
    return userIds.map((userId) => ({ ...n, userId, campaignId: p.campaignId, entityId: p.id }));
  }

  // Use cases

  /** A new draft for a deal, prefilled; the deal's live proposal, if any, is superseded (its link dies). */
  async draft(actor: Actor, scope: AccessScope, input: DraftProposalInput): Promise<{ proposal: ProposalRecord; superseded: ProposalRecord | null }> {
    const caller = assertCanWrite(actor);
    const opportunityId = expectGlobalId(input.opportunityId, 'Opportunity', 'input.opportunityId');
    return this.uow.run(async (tx) => {
      const deal = await this.pipeline.lockById(tx.manager, scope, opportunityId);
      if (!deal) throw new NotFoundError('The opportunity');
      const account = (await this.accounts.getByIds(scope, [deal.accountId], tx.manager)).get(deal.accountId);
      if (!account) throw new NotFoundError('The opportunity');
      assertCanChange(caller, scope, account, 'The opportunity');
      if (deal.stage === 'won' || deal.stage === 'lost') {
        throw new BadInputError(`The deal is ${deal.stage}: a proposal is for an open deal.`, [{ field: 'input.opportunityId', reason: `deal is ${deal.stage}` }]);
      }
      const campaign = await this.campaignOf(tx.manager, deal.campaignId);
      const settings = this.settingsOf(campaign);
      const now = new Date();
      const lines = input.lines
        ? input.lines.map(toNewLine)
        : linesFromRivalServices((await this.accounts.rivalServicesByAccountIds(FULL_ACCESS, [account.id], tx.manager)).get(account.id) ?? []);
      if (lines.length === 0) {
        throw new BadInputError('The account buys nothing recorded from the rival: give the proposal’s lines.', [{ field: 'input.lines', reason: 'required' }]);
      }
      const termMonths = input.termMonths ?? deal.termMonths;
      const discountPercent = input.discountPercent ?? 0;
      const plannedCutoverAt =
        input.plannedCutoverAt ?? defaultTargetCutover({ from: now, segment: account.segment, settings, shutdownExpectedAt: campaign.rival.shutdownExpectedAt });
      const terms = proposalTerms({ lines, discountPercent, termMonths, plannedCutoverAt, account, settings });

      let superseded: ProposalRecord | null = null;
      const live = await this.proposals.lockLiveByOpportunity(tx.manager, deal.id);
      if (live) {
        superseded = await this.save(tx, live, { status: 'superseded', supersededAt: now });
        await this.audit.record(tx.manager, caller, {
          action: 'proposal.superseded',
          entityType: 'Proposal',
          entityId: live.id,
          campaignId: live.campaignId,
          before: proposalSnapshot(live),
          after: proposalSnapshot(superseded),
        });
      }
      const proposal = await this.proposals.insert(tx.manager, {
        campaignId: deal.campaignId,
        accountId: account.id,
        opportunityId: deal.id,
        status: 'draft',
        currency: deal.currency,
        termMonths,
        discountPercent,
        plannedCutoverAt,
        ...termsPatch(terms),
        attachOutageEvidence: input.attachOutageEvidence ?? false,
        createdByUserId: caller.kind === 'user' ? caller.userId : null,
        createdByLabel: actorLabel(caller),
      });
      await this.proposals.replaceLines(tx.manager, proposal.id, lines);
      if (superseded) {
        superseded = (await this.proposals.update(tx.manager, superseded.id, superseded.version, { supersededBy: proposal.id })) ?? superseded;
      }
      await this.audit.record(tx.manager, caller, {
        action: 'proposal.drafted',
        entityType: 'Proposal',
        entityId: proposal.id,
        campaignId: proposal.campaignId,
        before: {},
        after: proposalSnapshot(proposal, lines),
      });
      return { proposal, superseded };
    });
  }

  /** Changes a draft's terms; the totals and the switch credit follow. */
  async update(actor: Actor, scope: AccessScope, input: UpdateProposalInput): Promise<ProposalRecord> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const { proposal, account, settings } = await this.lock(tx, scope, input.proposalId, input.expectedVersion);
      assertCanChange(caller, scope, account, 'The proposal');
      this.requireStatus(proposal, ['draft'], 'changed');
      const before = (await this.proposals.linesByProposalIds([proposal.id], tx.manager)).get(proposal.id) ?? [];
      const lines: NewProposalLine[] = input.lines ? input.lines.map(toNewLine) : before;
      const termMonths = input.termMonths ?? proposal.termMonths;
      const discountPercent = input.discountPercent ?? proposal.discountPercent;
      const plannedCutoverAt = input.plannedCutoverAt ?? proposal.plannedCutoverAt;
      const terms = proposalTerms({ lines, discountPercent, termMonths, plannedCutoverAt, account, settings });
      const attachOutageEvidence = input.attachOutageEvidence ?? proposal.attachOutageEvidence;
      const updated = await this.save(tx, proposal, { termMonths, discountPercent, plannedCutoverAt, ...termsPatch(terms), attachOutageEvidence });
      if (input.lines) await this.proposals.replaceLines(tx.manager, proposal.id, lines);
      await this.audit.record(tx.manager, caller, {
        action: 'proposal.updated',
        entityType: 'Proposal',
        entityId: proposal.id,
        campaignId: proposal.campaignId,
        before: proposalSnapshot(proposal, before),
        after: proposalSnapshot(updated, lines),
      });
      return updated;
    });
  }

  /**
   * Asks for approval. Within what the submitter may approve (a rep's own limit; a manager's up to
   * the manager limit; an admin's anything: `canApprove`), it is approved at once; otherwise it
   * waits for a manager of the campaign (or an admin beyond the manager limit), who is notified.
   */
  async submit(actor: Actor, scope: AccessScope, input: ProposalVersionInput): Promise<ProposalRecord> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const { proposal, account, settings } = await this.lock(tx, scope, input.proposalId, input.expectedVersion);
      assertCanChange(caller, scope, account, 'The proposal');
      this.requireStatus(proposal, ['draft'], 'submitted');
      const now = new Date();
      // The campaign's limits may have changed since the draft: the level is taken again.
      const level = applyRule(() => requiredApproval(proposal.discountPercent, settings.discountLimits));
      const selfApproved = canApprove(effectiveRole(caller, scope, proposal.campaignId), level);
      const updated = await this.save(tx, proposal, {
        status: selfApproved ? 'approved' : 'pending_approval',
        requiredApproval: level,
        rejectionReason: null,
        submittedAt: now,
        approvedAt: selfApproved ? now : null,
        approvedByLabel: selfApproved ? actorLabel(caller) : null,
      });
      if (!selfApproved) {
        const approvers = level === 'admin' ? await this.proposals.activeAdminIds(tx.manager) : await this.proposals.managerIdsOfCampaign(tx.manager, proposal.campaignId);
        await this.proposals.insertNotifications(
          tx.manager,
          this.notify(approvers, proposal, {
            kind: 'proposal_approval_requested',
            text: (l: Locale) =>
              texts.proposalApprovalRequested(l, {
                account: account.name,
                by: actorLabel(caller),
                percent: proposal.discountPercent,
                level: level === 'admin' ? 'admin' : 'manager',
                monthly: formatMoneyIn(updated.monthlyTotal, updated.currency, l),
                termMonths: updated.termMonths,
              }),
            dedupeKey: `proposal-approval:${proposal.id}:${now.toISOString()}`,
          }),
        );
      }
      await this.audit.record(tx.manager, caller, {
        action: selfApproved ? 'proposal.approved' : 'proposal.submitted',
        entityType: 'Proposal',
        entityId: proposal.id,
        campaignId: proposal.campaignId,
        before: proposalSnapshot(proposal),
        after: proposalSnapshot(updated),
      });
      return updated;
    });
  }

  async approve(actor: Actor, scope: AccessScope, input: ProposalVersionInput): Promise<ProposalRecord> {
    return this.decide(actor, scope, input, null);
  }

  /** A refusal sends the proposal back to draft with the reason (the domain has no `rejected` status). */
  async reject(actor: Actor, scope: AccessScope, input: RejectProposalInput): Promise<ProposalRecord> {
    return this.decide(actor, scope, input, input.reason.trim());
  }

  private async decide(actor: Actor, scope: AccessScope, input: ProposalVersionInput, rejection: string | null): Promise<ProposalRecord> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const { proposal, account } = await this.lock(tx, scope, input.proposalId, input.expectedVersion);
      this.requireStatus(proposal, ['pending_approval'], rejection === null ? 'approved' : 'rejected');
      assertDiscountApprover(caller, scope, proposal, 'this discount');
      const now = new Date();
      const updated = await this.save(
        tx,
        proposal,
        rejection === null
          ? { status: 'approved', approvedAt: now, approvedByLabel: actorLabel(caller) }
          : { status: 'draft', rejectionReason: rejection },
      );
      await this.proposals.insertNotifications(
        tx.manager,
        this.notify(this.repsOf(proposal, account), proposal, {
          kind: rejection === null ? 'proposal_approved' : 'proposal_rejected',
          text: (l: Locale) =>
            rejection === null
              ? texts.proposalApproved(l, { account: account.name, by: actorLabel(caller), percent: proposal.discountPercent })
              : texts.proposalRejected(l, { account: account.name, by: actorLabel(caller), why: rejection }),
          dedupeKey: `proposal-decision:${proposal.id}:${updated.version}`,
        }),
      );
      await this.audit.record(tx.manager, caller, {
        action: rejection === null ? 'proposal.approved' : 'proposal.rejected',
        entityType: 'Proposal',
        entityId: proposal.id,
        campaignId: proposal.campaignId,
        before: proposalSnapshot(proposal),
        after: proposalSnapshot(updated),
      });
      return updated;
    });
  }

  /** The refusals of a proposal that cannot be sent (yet): a draft, one awaiting approval, one past sending. */
  private requireSendable(proposal: ProposalRecord, allowed: ProposalRecord['status'][]): void {
    if (proposal.status === 'draft' || proposal.status === 'pending_approval') {
      throw new BadInputError(
        proposal.status === 'draft'
          ? 'The proposal is a draft: submit it first (a discount beyond your limit needs a manager’s approval).'
          : `The proposal waits for ${proposal.requiredApproval} approval of its ${proposal.discountPercent} % discount: it cannot be sent before.`,
        [{ field: 'input.proposalId', reason: `status is ${proposal.status}` }],
      );
    }
    this.requireStatus(proposal, allowed, 'sent');
  }

  /**
   * Marks an approved proposal sent, in the caller's transaction: valid `proposalValidUntil(now)`,
   * the token's digest, the deal moved to proposal_sent with the proposal_sent activity, the audit
   * entry and the `proposal.sent` event.
   */
  private async markSent(
    tx: Tx,
    locked: Locked,
    caller: AuthenticatedActor,
    scope: AccessScope,
    now: Date,
    token: string,
    emailedTo: { name: string; email: string; language: ProposalMailLanguage } | null,
  ): Promise<ProposalRecord> {
    const { proposal, account, campaign, settings } = locked;
    const deal = await this.pipeline.lockById(tx.manager, FULL_ACCESS, proposal.opportunityId);
    if (!deal) throw new NotFoundError('The opportunity');
    const validUntil = applyRule(() => proposalValidUntil(now, settings));
    const updated = await this.save(tx, proposal, { status: 'sent', sentAt: now, validUntil, tokenHash: sha256(token) });
    const offer = `${formatMoney(proposal.monthlyTotal, proposal.currency)} a month over ${proposal.termMonths} months, valid until ${validUntil.toISOString()}`;
    const details: ProposalSentDetails = { monthlyTotal: proposal.monthlyTotal, currency: proposal.currency, termMonths: proposal.termMonths, validUntil: validUntil.toISOString() };
    await this.mover.moveForProposal(tx, {
      actor: caller,
      actorRole: effectiveRole(caller, scope, proposal.campaignId),
      deal,
      account,
      campaign,
      to: 'proposal_sent',
      terms: { monthlyValue: proposal.monthlyTotal, oneTimeValue: proposal.oneTimeTotal, termMonths: proposal.termMonths },
      now,
      activity: emailedTo
        ? {
            kind: 'proposal_sent',
            body: `Proposal sent by email to ${emailedTo.name} <${emailedTo.email}>: ${offer}.`,
            metadata: { proposalId: proposal.id, validUntil: validUntil.toISOString(), monthlyTotal: proposal.monthlyTotal, recipientEmail: emailedTo.email },
            details: { ...details, recipientName: emailedTo.name, recipientEmail: emailedTo.email, language: emailedTo.language, resent: false },
          }
        : {
            kind: 'proposal_sent',
            body: `Proposal sent: ${offer}.`,
            metadata: { proposalId: proposal.id, validUntil: validUntil.toISOString(), monthlyTotal: proposal.monthlyTotal },
            details,
          },
    });
    await this.audit.record(tx.manager, caller, {
      action: 'proposal.sent',
      entityType: 'Proposal',
      entityId: proposal.id,
      campaignId: proposal.campaignId,
      before: proposalSnapshot(proposal),
      after: { ...proposalSnapshot(updated), ...(emailedTo ? { emailedTo: emailedTo.email, language: emailedTo.language } : {}) },
    });
    await tx.emit('proposal.sent', {
      proposalId: proposal.id,
      opportunityId: deal.id,
      accountId: account.id,
      campaignId: proposal.campaignId,
      validUntil: validUntil.toISOString(),
    });
    return updated;
  }

  /**
   * Sends an approved proposal: valid `proposalValidUntil(sentAt)`, a fresh single-use token
   * (only its digest is kept), the deal moved to proposal_sent, the `proposal.sent` event. The
   * token is returned this once (never in the event).
   */
  async send(actor: Actor, scope: AccessScope, input: ProposalVersionInput): Promise<{ proposal: ProposalRecord; token: string }> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const locked = await this.lock(tx, scope, input.proposalId, input.expectedVersion);
      assertCanChange(caller, scope, locked.account, 'The proposal');
      this.requireSendable(locked.proposal, ['approved']);
      const token = randomToken(32);
      const proposal = await this.markSent(tx, locked, caller, scope, new Date(), token, null);
      return { proposal, token };
    });
  }

  /**
   * A draft submitted and approved at once by its sender, on the way to being emailed (the rep's
   * short path): only within what the caller may approve (`canApprove`: a rep's own limit). A
   * discount beyond it needs a manager (or an admin) first, so it cannot go out directly.
   */
  private async approveOwnDraft(tx: Tx, locked: Locked, caller: AuthenticatedActor, scope: AccessScope): Promise<ProposalRecord> {
    const { proposal, settings } = locked;
    const level = applyRule(() => requiredApproval(proposal.discountPercent, settings.discountLimits));
    if (!canApprove(effectiveRole(caller, scope, proposal.campaignId), level)) {
      throw new BadInputError(
        `A ${proposal.discountPercent} % discount needs ${level} approval: submit the proposal for approval; it can be sent once approved.`,
        [{ field: 'input.submitDraft', reason: `needs ${level} approval` }],
      );
    }
    const now = new Date();
    const approved = await this.save(tx, proposal, {
      status: 'approved',
      requiredApproval: level,
      rejectionReason: null,
      submittedAt: now,
      approvedAt: now,
      approvedByLabel: actorLabel(caller),
    });
    await this.audit.record(tx.manager, caller, {
      action: 'proposal.approved',
      entityType: 'Proposal',
      entityId: proposal.id,
      campaignId: proposal.campaignId,
      before: proposalSnapshot(proposal),
      after: proposalSnapshot(approved),
    });
    return approved;
  }

  /** The contact a proposal is emailed to: one of its account's, with an email address. */
  private async recipientOf(tx: Tx, scope: AccessScope, proposal: ProposalRecord, contactGlobalId: string): Promise<{ name: string; email: string }> {
    const contactId = expectGlobalId(contactGlobalId, 'Contact', 'input.contactId');
    const contact = (await this.accounts.getContactsByIds(scope, [contactId], tx.manager)).get(contactId);
    if (!contact || contact.accountId !== proposal.accountId) {
      throw new BadInputError('This contact is not one of the proposal’s account: pick one of its contacts.', [
        { field: 'input.contactId', reason: 'not a contact of the account' },
      ]);
    }
    const email = contact.email?.trim();
    if (!email) {
      throw new BadInputError(`${contact.name} has no email address: add one to the contact, or pick another contact.`, [
        { field: 'input.contactId', reason: 'no email address' },
      ]);
    }
    return { name: contact.name, email };
  }

  /** The rep behind the email: the caller, or for an API key the account's owner (replies reach them). */
  private async senderOf(tx: Tx, caller: AuthenticatedActor, account: AccountRecord, campaignName: string): Promise<Sender> {
    if (caller.kind === 'user') return { name: caller.name, replyTo: { name: caller.name, address: caller.email } };
    if (account.ownerId) {
      const [owner]: Array<{ name: string; email: string }> = await tx.manager.query(`SELECT name, email FROM app_user WHERE id = $1 AND active`, [account.ownerId]);
      if (owner) return { name: owner.name, replyTo: { name: owner.name, address: owner.email } };
    }
    return { name: campaignName, replyTo: null };
  }

  /**
   * Sends a proposal to a contact of its account by email from Lifeboat, in English or French:
   * an approved one for the first time (as `send`, the deal moves to proposal_sent), or a sent one
   * again with a new link: a new token replaces the previous one, whose link stops opening (its
   * validity is unchanged). The activity on the account's timeline and the audit entry say who
   * sent it to whom.
   *
   * Nothing half-done: the message is handed to the mail server last, inside the transaction
   * that writes the token, the activity and the audit entry. If the server cannot be reached or
   * refuses the message, all of it rolls back and the caller gets MAIL_DELIVERY_FAILED: the
   * previous link still opens and the timeline shows no sending. The price is a transaction open
   * for one SMTP exchange, bounded by the mailer's interactive timeouts (5 s to connect, 10 s
   * idle); on the embedded database (one connection) other requests wait that long too. A queued
   * job was not chosen: it would need the token in clear in the queue (only its digest is ever
   * stored), and the rep would learn of a failure only later. Left: the mail server took the
   * message but the commit then failed (the database went away): the rep sees the error and sends
   * again (the link in that email does not open).
   */
  async email(actor: Actor, scope: AccessScope, input: EmailProposalInput): Promise<EmailedProposal> {
    const caller = assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      let locked = await this.lock(tx, scope, input.proposalId, input.expectedVersion);
      assertCanChange(caller, scope, locked.account, 'The proposal');
      if (input.submitDraft && locked.proposal.status === 'draft') locked = { ...locked, proposal: await this.approveOwnDraft(tx, locked, caller, scope) };
      const { proposal, account, campaign, settings } = locked;
      this.requireSendable(proposal, ['approved', 'sent']);
      const now = new Date();
      const resent = proposal.status === 'sent';
      if (resent && proposal.validUntil && isProposalExpired(proposal.validUntil, now)) {
        throw new BadInputError(`The proposal expired on ${proposal.validUntil.toISOString()}: draft a revised one to send a new offer.`, [
          { field: 'input.proposalId', reason: 'expired' },
        ]);
      }
      const recipient = await this.recipientOf(tx, scope, proposal, input.contactId);
      const outgoing = this.outgoingMail();
      if (!outgoing.enabled) {
        throw new MailNotConfiguredError(
          `Lifeboat sends no email here (${outgoing.missing.join(', ')} not set): send the proposal and copy its acceptance link instead, or ask an admin to set up email.`,
        );
      }
      const language = input.language;
      const token = randomToken(32);
      let updated: ProposalRecord;
      if (!resent) {
        updated = await this.markSent(tx, locked, caller, scope, now, token, { ...recipient, language });
      } else {
        updated = await this.save(tx, proposal, { tokenHash: sha256(token) });
        const validUntil = (proposal.validUntil as Date).toISOString();
        await this.pipeline.insertActivity(tx.manager, {
          campaignId: proposal.campaignId,
          accountId: proposal.accountId,
          opportunityId: proposal.opportunityId,
          kind: 'proposal_sent',
          occurredAt: now,
          authorUserId: caller.kind === 'user' ? caller.userId : null,
          authorLabel: actorLabel(caller),
          body: `Proposal re-sent by email to ${recipient.name} <${recipient.email}> with a new link (the previous one no longer opens): ${formatMoney(proposal.monthlyTotal, proposal.currency)} a month over ${proposal.termMonths} months, valid until ${validUntil}.`,
          outcome: null,
          nextStepAt: null,
          metadata: { proposalId: proposal.id, validUntil, monthlyTotal: proposal.monthlyTotal, recipientEmail: recipient.email, resent: true },
          details: {
            monthlyTotal: proposal.monthlyTotal,
            currency: proposal.currency,
            termMonths: proposal.termMonths,
            validUntil,
            recipientName: recipient.name,
            recipientEmail: recipient.email,
            language,
            resent: true,
          } satisfies ProposalSentDetails,
        });
        await this.audit.record(tx.manager, caller, {
          action: 'proposal.resent',
          entityType: 'Proposal',
          entityId: proposal.id,
          campaignId: proposal.campaignId,
          before: proposalSnapshot(proposal),
          after: { ...proposalSnapshot(updated), emailedTo: recipient.email, language, linkReplaced: true },
        });
      }

      const campaignName = campaign.campaign.name;
      const sender = await this.senderOf(tx, caller, account, campaignName);
      const mail = proposalMail(language, {
        customerName: account.name,
        contactName: recipient.name,
        campaignName,
        senderName: sender.name,
        monthlyTotal: updated.monthlyTotal,
        oneTimeTotal: updated.oneTimeTotal,
        switchCredit: updated.switchCredit,
        currency: updated.currency,
        termMonths: updated.termMonths,
        validUntil: updated.validUntil as Date,
        timeZone: settings.timeZone,
        link: `${this.config.publicUrl}/accept/${token}`,
      });
      try {
        const message = {
          to: { name: recipient.name, address: recipient.email },
          subject: mail.subject,
          text: mail.text,
          // The customer sees the campaign they are dealing with ("KPNQwest takeover via Lifeboat"),
          // but the address stays MAIL_FROM's: the mail server (and the domain's SPF, DKIM and DMARC)
          // vouches only for it, and a message "from" the rep's own address sent through it would be
          // flagged as forged or land in spam. Replies go to the rep (Reply-To), not to Lifeboat.
          fromName: `${campaignName} via Lifeboat`,
          replyTo: sender.replyTo,
        };
        await this.mailer.send(message, { interactive: true });
      } catch (error) {
        const reason = String((error as Error).message ?? error).split('\n')[0].slice(0, 300);
        this.logger.warn(`Proposal ${proposal.id} not emailed to ${recipient.email}: ${reason}`);
        throw new MailDeliveryFailedError(
          `The mail server did not take the email to ${recipient.email} (${reason}): nothing was sent or changed${resent ? ' and the previous link still opens' : ''}. Try again, or copy the link instead.`,
        );
      }
      return { proposal: updated, recipient, subject: mail.subject, resent };
    });
  }

  /** The lines of proposals the caller already read through their scope. */
  linesOf(ids: readonly string[]): Promise<Map<string, ProposalLineRecord[]>> {
    return this.proposals.linesByProposalIds(ids);
  }
}
