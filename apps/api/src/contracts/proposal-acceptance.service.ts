import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { checkTransition, formatMoney, isProposalExpired, resolveCampaignSettings } from '@lifeboat/domain';
import { FULL_ACCESS, type Actor } from '../common/access/actor';
import { sha256 } from '../identity/secrets';
import { BadInputError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { AccountRecord, AccountsRepository } from '../accounts/accounts.repository';
import { PipelineRepository } from '../pipeline/pipeline.repository';
import { MigrationsService } from '../migrations/migrations.service';
import { DealStageMover } from '../pipeline/deal-stage.mover';
import { ProposalLineRecord, ProposalRecord } from './proposal.record';
import { ProposalsRepository } from './proposals.repository';
import { proposalSnapshot } from './proposals.service';
import { AcceptProposalInput } from './dto/proposal.inputs';
import { texts, type Locale } from '../notifications/notification-texts';

export interface Offer {
  proposal: ProposalRecord;
  lines: ProposalLineRecord[];
  customerName: string;
  timeZone: string;
}

/** A token that opens nothing: forged, already used, superseded, or of a proposal never sent. */
const unknownLink = () => new NotFoundError('This acceptance link');

/**
 * The customer's side of a proposal, reached only by the token of its acceptance link (public,
 * no sign-in). A link works while its proposal is sent and valid; once the offer is accepted or
 * superseded the link answers NOT_FOUND, like a forged one; past its validity it answers
 * BAD_USER_INPUT with `{ field: 'token', reason: 'expired' }`, so the page can say so.
 */
@Injectable()
export class ProposalAcceptanceService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly accounts: AccountsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly pipeline: PipelineRepository,
    private readonly migrations: MigrationsService,
    private readonly mover: DealStageMover,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    /** Only to hand the repositories a manager for reads outside a transaction. */
    private readonly dataSource: DataSource,
  ) {}

  private assertOpen(proposal: ProposalRecord | null, now: Date): asserts proposal is ProposalRecord {
    if (!proposal || (proposal.status !== 'sent' && proposal.status !== 'expired')) throw unknownLink();
    if (proposal.status === 'expired' || isProposalExpired(proposal.validUntil as Date, now)) {
      throw new BadInputError(`This offer expired on ${(proposal.validUntil as Date).toISOString()}: ask your contact for a new one.`, [
        { field: 'token', reason: 'expired' },
      ]);
    }
  }

  private async parts(manager: EntityManager, p: ProposalRecord): Promise<{ account: AccountRecord; campaign: CampaignWithRival; lines: ProposalLineRecord[] }> {
    const [accounts, campaigns, lines] = await Promise.all([
      this.accounts.getByIds(FULL_ACCESS, [p.accountId], manager),
      this.campaigns.getWithRivalByIds(manager, FULL_ACCESS, [p.campaignId]),
      this.proposals.linesByProposalIds([p.id], manager),
    ]);
    return { account: accounts.get(p.accountId) as AccountRecord, campaign: campaigns.get(p.campaignId) as CampaignWithRival, lines: lines.get(p.id) ?? [] };
  }

  private timeZoneOf(campaign: CampaignWithRival): string {
    return applyRule(() => resolveCampaignSettings(campaign.campaign.settings), 'campaign.settings').timeZone;
  }

  async byToken(token: string): Promise<Offer> {
    const proposal = await this.proposals.findByTokenHash(sha256(token));
    this.assertOpen(proposal, new Date());
    const { account, campaign, lines } = await this.parts(this.dataSource.manager, proposal);
    return { proposal, lines, customerName: account.name, timeZone: this.timeZoneOf(campaign) };
  }

  /**
   * Records the acceptance — signer, time, IP — marks the deal won, creates its migration, and
   * writes the audit (as the customer) and the `proposal.accepted` and `opportunity.won` events,
   * all in one transaction. The proposal row is locked first, so a second acceptance with the
   * same token waits, then finds it accepted: NOT_FOUND, nothing changed.
   */
  async accept(input: AcceptProposalInput, ip: string): Promise<Offer> {
    const hash = sha256(input.token);
    return this.uow.run(async (tx) => {
      const proposal = await this.proposals.findByTokenHash(hash, tx.manager);
      const now = new Date();
      this.assertOpen(proposal, now);
      const { account, campaign, lines } = await this.parts(tx.manager, proposal);
      const deal = await this.pipeline.lockById(tx.manager, FULL_ACCESS, proposal.opportunityId);
      if (!deal) throw unknownLink();
      const check = checkTransition({ from: deal.stage, to: 'won', actorRole: 'rep', viaProposalAcceptance: true });
      if (!check.ok) {
        throw new BadInputError('This offer can no longer be accepted: the deal was closed. Ask your contact for a new one.', [{ field: 'token', reason: 'closed' }]);
      }
      const signer = { name: input.signerName.trim(), title: input.signerTitle.trim(), email: input.signerEmail.trim().toLowerCase() };
      const customer: Actor = { kind: 'customer', label: `${signer.name} (${account.name})` };

      const accepted = await this.proposals.update(tx.manager, proposal.id, proposal.version, {
        status: 'accepted',
        acceptedAt: now,
        signerName: signer.name,
        signerTitle: signer.title,
        signerEmail: signer.email,
        signerIp: ip,
      });
      if (!accepted) throw unknownLink();
      await this.audit.record(tx.manager, customer, {
        action: 'proposal.accepted',
        entityType: 'Proposal',
        entityId: proposal.id,
        campaignId: proposal.campaignId,
        before: proposalSnapshot(proposal),
        after: { ...proposalSnapshot(accepted), signerTitle: signer.title, signerEmail: signer.email, signerIp: ip },
      });

      await this.mover.moveForProposal(tx, {
        actor: customer,
        actorRole: 'rep',
        deal,
        account,
        campaign,
        to: 'won',
        viaProposalAcceptance: true,
        terms: { monthlyValue: proposal.monthlyTotal, oneTimeValue: proposal.oneTimeTotal, termMonths: proposal.termMonths },
        now,
        activity: {
          kind: 'signed',
          body: `${signer.name}, ${signer.title}, accepted the proposal: ${formatMoney(proposal.monthlyTotal, proposal.currency)} a month over ${proposal.termMonths} months.`,
          metadata: { proposalId: proposal.id, signerName: signer.name, signerTitle: signer.title, signerEmail: signer.email },
          details: {
            signerName: signer.name,
            signerTitle: signer.title,
            monthlyTotal: proposal.monthlyTotal,
            currency: proposal.currency,
            termMonths: proposal.termMonths,
          },
        },
      });

      const migration = await this.migrations.createForAcceptedProposal(tx.manager, {
        campaign,
        accountId: account.id,
        segment: account.segment,
        opportunityId: deal.id,
        proposalId: proposal.id,
        lines,
        plannedCutoverAt: proposal.plannedCutoverAt,
        signedAt: now,
      });
      await this.audit.record(tx.manager, customer, {
        action: 'migration.created',
        entityType: 'Migration',
        entityId: migration.id,
        campaignId: proposal.campaignId,
        before: {},
        after: { workload: migration.workload, targetCutoverAt: migration.targetCutoverAt, status: migration.status },
      });

      const reps = [...new Set([proposal.createdByUserId, account.ownerId].filter((id): id is string => id !== null))];
      await this.proposals.insertNotifications(
        tx.manager,
        reps.map((userId) => ({
          userId,
          campaignId: proposal.campaignId,
          kind: 'proposal_accepted',
          text: (l: Locale) => texts.proposalAccepted(l, { account: account.name, signer: signer.name, signerTitle: signer.title }),
          entityId: proposal.id,
          dedupeKey: `proposal-accepted:${proposal.id}`,
        })),
      );
      await tx.emit('proposal.accepted', {
        proposalId: proposal.id,
        opportunityId: deal.id,
        accountId: account.id,
        campaignId: proposal.campaignId,
        migrationId: migration.id,
      });
      await tx.emit('opportunity.won', { opportunityId: deal.id, accountId: account.id, campaignId: proposal.campaignId, proposalId: proposal.id });
      return { proposal: accepted, lines, customerName: account.name, timeZone: this.timeZoneOf(campaign) };
    });
  }
}
