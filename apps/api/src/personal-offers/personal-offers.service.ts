import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  formatMoney,
  assertPreApprovedDiscount,
  cutoverWeeks,
  effectiveShutdownAt,
  offeredCutoverWeeks,
  personalOfferExpiresAt,
  personalOfferTerms,
  resolveCampaignSettings,
  type CampaignSettings,
  type CutoverWeek,
  type PersonalOfferTerms,
} from '@lifeboat/domain';
import { actorLabel, canSeeCampaign, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import { assertCanAssign, canChange, effectiveRole, requireAuthenticated } from '../common/access/permissions';
import { BadInputError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { expectGlobalId } from '../common/graphql/global-id';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { sha256 } from '../identity/secrets';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { CollectiveAgreementsRepository, CollectivesRepository, type AgreementRecord } from '../collectives/collectives.repository';
import { expectCollectiveId } from '../collectives/collective-id';
import type { AccountFilter } from '../accounts/accounts.repository';
import { AccountsRepository } from '../accounts/accounts.repository';
import { accountFilterOf } from '../distribution/dto/bulk-assignment.inputs';
import { PipelineRepository } from '../pipeline/pipeline.repository';
import { DealStageMover } from '../pipeline/deal-stage.mover';
import { MigrationsRepository } from '../migrations/migrations.repository';
import { offerLinkKey, offerLinkToken } from './offer-link';
import { AccountOfferRecord, BatchRecord, BatchSource, OfferRecord, PersonalOffersRepository } from './personal-offers.repository';
import type { AcceptPersonalOfferInput, GeneratePersonalOffersInput, PersonalOfferBatchesArgs } from './personal-offer.model';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';

/** What the customer's page shows: the offer, its terms at each week it may pick. */
export interface OfferView {
  offer: OfferRecord;
  settings: CampaignSettings;
  shutdownAt: Date | null;
  weeks: Array<CutoverWeek & { terms: PersonalOfferTerms }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An account's offer with its status as of now and, for whoever may send it again, its link. */
export type AccountOfferView = Omit<AccountOfferRecord, 'status'> & { status: 'open' | 'accepted' | 'expired'; link: string | null };

/** The [created_at to the microsecond, id] keyset of an `after` cursor given out by these lists. */
function keyset(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at)) || !UUID.test(id)) {
    throw new BadInputError('The `after` cursor is not one this list gave out.', [{ field: 'after', reason: 'unknown cursor' }]);
  }
  return [at, id];
}

/** What a customer's page needs of the campaign besides the offer (see cachedPageContext). */
interface PageContext {
  settings: CampaignSettings;
  shutdownAt: Date | null;
  loads: Array<{ at: Date; workload: number }>;
}

/** How long the public page reuses a campaign's context. */
const PAGE_CONTEXT_MS = 2_000;

/** A token that opens nothing: forged, or of an offer that is gone. */
const unknownLink = () => new NotFoundError('This offer link');

/**
 * Personal offers at scale (issue #21, part 2).
 *
 * Why a table of its own rather than proposals: a proposal is one deal's negotiated contract (an
 * open opportunity, lines a rep edits, a draft → approval → sent life, a migration created on
 * acceptance from the deal). A personal offer is written for 100,000 accounts at once, most of
 * which have no deal yet, from terms approved once for the batch; its lines are frozen from what
 * the account buys from the rival, and its acceptance reserves a cutover week. The terms are
 * computed by the same libs/domain rules as a proposal's (proposalTotals, switchCredit), through
 * `personalOfferTerms`.
 */
@Injectable()
export class PersonalOffersService {
  private linkKey: Promise<string> | null = null;
  private readonly pageContexts = new Map<string, { readAt: number; context: Promise<PageContext> }>();

  constructor(
    private readonly offers: PersonalOffersRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly collectives: CollectivesRepository,
    private readonly agreements: CollectiveAgreementsRepository,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsRepository,
    private readonly pipeline: PipelineRepository,
    private readonly mover: DealStageMover,
    private readonly migrations: MigrationsRepository,
  ) {}

  /**
   * The installation's offer-link key (kept once known). `db`: where to read the signing secret
   * from — the caller's transaction when there is one: on the embedded database a read outside it
   * would wait for it to end (one connection), and it never would.
   */
  key(db: Pick<DataSource, 'query'> = this.dataSource): Promise<string> {
    this.linkKey ??= offerLinkKey(this.config, db).catch((error: unknown) => {
      this.linkKey = null;
      throw error;
    });
    return this.linkKey;
  }

  private async campaign(manager: EntityManager, scope: AccessScope, campaignId: string): Promise<CampaignWithRival> {
    const ctx = (await this.campaigns.getWithRivalByIds(manager, scope, [campaignId])).get(campaignId);
    if (!ctx) throw new NotFoundError('The campaign');
    return ctx;
  }

  private settingsOf(ctx: CampaignWithRival): CampaignSettings {
    return applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
  }

  /**
   * Checks who asks (a manager of the campaign, an admin, a write key), the source (a filter or a
   * collective of the campaign, not both) and the discount (within what the caller may approve),
   * then counts the accounts that get an offer. Without dryRun, records the batch and queues its
   * job (audited as `personal_offers.requested`); an empty list is BAD_USER_INPUT.
   */
  async generate(actor: Actor, scope: AccessScope, input: GeneratePersonalOffersInput, now = new Date()): Promise<{ count: number; batch: BatchRecord | null }> {
    const caller = requireAuthenticated(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    assertCanAssign(caller, scope, campaignId, 'The campaign');
    if (input.filter && input.collectiveId) {
      throw new BadInputError('Send offers either to a filtered list or to a collective, not both.', [{ field: 'input.collectiveId', reason: 'not with filter' }]);
    }
    const result = await this.uow.run(async (tx) => {
      const ctx = await this.campaign(tx.manager, scope, campaignId);
      const settings = this.settingsOf(ctx);
      const expiresAt = applyRule(() => personalOfferExpiresAt(now, input.validityDays, settings.timeZone));
      let source: BatchSource;
      let collectiveId: string | null = null;
      let filter: AccountFilter = {};
      let agreed: AgreementRecord | null = null;
      if (input.collectiveId) {
        collectiveId = expectCollectiveId(input.collectiveId, 'input.collectiveId');
        const collective = (await this.collectives.getByIds(scope, [collectiveId], tx.manager)).get(collectiveId);
        if (!collective || collective.campaignId !== campaignId) throw new NotFoundError('The collective');
        source = { collectiveId };
        const agreement = (await this.agreements.byCollectiveIds([collectiveId], tx.manager)).get(collectiveId);
        if (agreement?.status === 'signed') agreed = agreement;
      } else {
        filter = accountFilterOf(input.filter);
        source = { filter };
      }
      // A collective's signed terms are the defaults, and approved up to their discount; beyond it, or without them, the usual rule.
      const discountPercent = input.discountPercent ?? agreed?.discountPercent;
      if (discountPercent == null) {
        throw new BadInputError('Give the discount: only a collective with signed terms lends its own.', [{ field: 'input.discountPercent', reason: 'required without signed collective terms' }]);
      }
      const termMonths = input.termMonths ?? agreed?.termMonths ?? 12;
      const approvalLevel =
        agreed && discountPercent <= agreed.discountPercent
          ? agreed.requiredApproval
          : applyRule(() => assertPreApprovedDiscount(discountPercent, settings.discountLimits, effectiveRole(caller, scope, campaignId)));
      const count = await this.offers.countEligible(tx.manager, campaignId, source, now);
      if (input.dryRun) return { count, batchId: null };
      if (count === 0) {
        throw new BadInputError('No account of this list can get an offer: none buys from the rival without a live or accepted offer already.', [
          { field: input.collectiveId ? 'input.collectiveId' : 'input.filter', reason: 'no account to offer' },
        ]);
      }
      const batchId = await this.offers.insertBatch(tx.manager, {
        campaignId,
        collectiveId,
        filter,
        discountPercent,
        approvalLevel,
        termMonths,
        expiresAt,
        matched: count,
        userId: caller.kind === 'user' ? caller.userId : null,
        label: actorLabel(caller),
      });
      await this.audit.record(tx.manager, caller, {
        action: 'personal_offers.requested',
        entityType: 'PersonalOfferBatch',
        entityId: batchId,
        campaignId,
        before: {},
        after: { count, discountPercent, approvalLevel, termMonths, expiresAt, collectiveId, filter, collectiveTerms: agreed ? 'signed' : null },
      });
      await tx.emit('personal_offers.requested', { batchId, campaignId });
      return { count, batchId };
    });
    return { count: result.count, batch: result.batchId ? await this.offers.batchById(result.batchId, now) : null };
  }

  /** The job: writes a queued batch's offers in one statement, in the job's transaction; a batch already completed does nothing. */
  async runBatch(manager: EntityManager, batchId: string, now = new Date()): Promise<Record<string, unknown>> {
    const batch = await this.offers.lockQueued(manager, batchId);
    if (!batch) return { skipped: true };
    const generated = await this.offers.generate(manager, batch, await this.key(manager), now);
    await this.offers.complete(manager, batchId, generated);
    await this.audit.record(manager, { kind: 'system', job: 'personal-offers.generate' }, {
      action: 'personal_offers.generated',
      entityType: 'PersonalOfferBatch',
      entityId: batchId,
      campaignId: batch.campaignId,
      before: { status: 'queued' },
      after: { status: 'completed', generated },
    });
    return { generated };
  }

  /** A page of a campaign's batches, newest first (its managers, admins). */
  async batches(actor: Actor, scope: AccessScope, args: PersonalOfferBatchesArgs, now = new Date()): Promise<Connection<BatchRecord>> {
    const caller = requireAuthenticated(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    assertCanAssign(caller, scope, campaignId, 'The campaign');
    const size = pageSize(args.first);
    const after = args.after ? keyset(args.after) : null;
    const { rows, total } = await this.offers.batches(campaignId, now, size, after);
    return toConnection(rows, size, total, (b) => encodeCursor([b.cursorAt, b.id]));
  }

  /**
   * A page of an account's offers, newest first, for its page (the caller already reads the account).
   * The link is derived again from the offer id (only its hash is stored), only while the offer is
   * open, and only for whoever may change the account: its owner, a manager of its campaign, an admin.
   */
  async ofAccount(
    actor: Actor,
    scope: AccessScope,
    account: { dbId: string; campaignDbId: string; ownerDbId: string | null },
    page: { first?: number; after?: string },
    now = new Date(),
  ): Promise<Connection<AccountOfferView>> {
    requireAuthenticated(actor);
    if (!canSeeCampaign(scope, account.campaignDbId)) throw new NotFoundError('The account');
    const size = pageSize(page.first);
    const after = page.after ? keyset(page.after) : null;
    const { rows, total } = await this.offers.ofAccount(account.dbId, size, after);
    const mayLink = canChange(actor, scope, { campaignId: account.campaignDbId, ownerId: account.ownerDbId });
    const key = mayLink && rows.some((r) => r.status === 'open') ? await this.key() : null;
    const views = rows.map((r): AccountOfferView => {
      const status = r.status === 'accepted' ? 'accepted' : now.getTime() > new Date(r.expiresAt).getTime() ? 'expired' : 'open';
      return { ...r, status, link: key && status === 'open' ? `${this.config.publicUrl ?? ''}/offer/${offerLinkToken(key, r.id)}` : null };
    });
    return toConnection(views, size, total, (v) => encodeCursor([v.cursorAt, v.id]));
  }

  private assertOpen(offer: OfferRecord | null, now: Date): asserts offer is OfferRecord {
    if (!offer) throw unknownLink();
    if (offer.status === 'accepted') {
      throw new BadInputError('This offer was already accepted: its link works once.', [{ field: 'token', reason: 'used' }]);
    }
    if (now.getTime() > new Date(offer.expiresAt).getTime()) {
      throw new BadInputError(`This offer expired on ${new Date(offer.expiresAt).toISOString()}: ask your contact for a new one.`, [{ field: 'token', reason: 'expired' }]);
    }
  }

  /** The campaign's settings, its rival's expected shutdown and the migrations' loads from a week before now, read in `manager`'s transaction. */
  private async pageContext(manager: EntityManager, campaignId: string, now: Date): Promise<PageContext> {
    // The campaign and the loads are read side by side (on a server, two connections): the loads
    // from a week before now, a superset of the plannable weeks' (cutoverWeeks keeps its own).
    const [ctx, loads] = await Promise.all([this.campaign(manager, FULL_ACCESS, campaignId), this.offers.loads(manager, campaignId, new Date(now.getTime() - 7 * 86_400_000))]);
    return { settings: this.settingsOf(ctx), shutdownAt: effectiveShutdownAt(ctx.rival.scenarios, ctx.rival.shutdownExpectedAt), loads };
  }

  /**
   * The public page's context of a campaign, read at most once every PAGE_CONTEXT_MS: thousands of
   * customers open their offers at once after a mailing, and each would read the same campaign and
   * the same loads. A week filled meanwhile is still refused at acceptance (which reads them in its
   * own transaction, under the week's lock), and an acceptance here forgets the campaign's context.
   */
  private cachedPageContext(campaignId: string, now: Date): Promise<PageContext> {
    const kept = this.pageContexts.get(campaignId);
    if (kept && Math.abs(now.getTime() - kept.readAt) < PAGE_CONTEXT_MS) return kept.context;
    const context = this.pageContext(this.dataSource.manager, campaignId, now);
    this.pageContexts.set(campaignId, { readAt: now.getTime(), context });
    context.catch(() => {
      if (this.pageContexts.get(campaignId)?.context === context) this.pageContexts.delete(campaignId);
    });
    return context;
  }

  /** The weeks the offer may pick now, with its terms for each. */
  private view(offer: OfferRecord, context: PageContext, now: Date): OfferView {
    const { settings, shutdownAt, loads } = context;
    const weeks = applyRule(() => cutoverWeeks({ now, timeZone: settings.timeZone, weeklyCapacity: settings.weeklyMigrationCapacity, shutdownAt, loads }));
    const open = offer.status === 'open' ? offeredCutoverWeeks(weeks, offer.workload) : [];
    return {
      offer,
      settings,
      shutdownAt,
      weeks: open.map((w) => ({ ...w, terms: this.terms(offer, settings, w.cutoverAt) })),
    };
  }

  terms(offer: OfferRecord, settings: CampaignSettings, cutoverAt: Date): PersonalOfferTerms {
    return applyRule(() =>
      personalOfferTerms({
        services: offer.services,
        discountPercent: offer.discountPercent,
        termMonths: offer.termMonths,
        cutoverAt,
        prepaidUntil: offer.prepaidUntil ? new Date(offer.prepaidUntil) : null,
        rivalMonthlySpend: offer.monthlySpend,
        settings,
      }),
    );
  }

  /** The offer behind a link (public): NOT_FOUND for a forged one; BAD_USER_INPUT on `token` for a used (`used`) or expired (`expired`) one. */
  async byToken(token: string, now = new Date()): Promise<OfferView> {
    const offer = await this.offers.byTokenHash(this.dataSource.manager, sha256(token));
    this.assertOpen(offer, now);
    const [context] = await Promise.all([this.cachedPageContext(offer.campaignId, now), offer.openedAt ? null : this.offers.markOpened(offer.id)]);
    return this.view(offer, context, now);
  }

  /**
   * Accepts an offer and reserves its cutover week, in one transaction: the offer's row is
   * locked (a second acceptance with the same link waits, then finds it used), then the week's
   * slot row (acceptances of the same week queue there); the week's load is read after that lock,
   * so it counts every acceptance committed before — the last unit of capacity goes to one
   * customer only. A week that is full (or not offered) is BAD_USER_INPUT on `cutoverWeekStart`
   * naming the week; nothing is written, and the page reloads the weeks still open.
   */
  async accept(input: AcceptPersonalOfferInput, ip: string, now = new Date()): Promise<OfferView> {
    let campaignId: string | null = null;
    try {
      return await this.acceptIn(input, ip, now, (id) => (campaignId = id));
    } finally {
      // Taken or found full, the week's load is news for the next customer's page.
      if (campaignId) this.pageContexts.delete(campaignId);
    }
  }

  private acceptIn(input: AcceptPersonalOfferInput, ip: string, now: Date, ofCampaign: (id: string) => void): Promise<OfferView> {
    return this.uow.run(async (tx) => {
      const offer = await this.offers.byTokenHash(tx.manager, sha256(input.token), true);
      if (offer) ofCampaign(offer.campaignId);
      this.assertOpen(offer, now);
      const ctx = await this.campaign(tx.manager, FULL_ACCESS, offer.campaignId);
      const settings = this.settingsOf(ctx);
      const shutdownAt = effectiveShutdownAt(ctx.rival.scenarios, ctx.rival.shutdownExpectedAt);
      const plannable = cutoverWeeks({ now, timeZone: settings.timeZone, weeklyCapacity: settings.weeklyMigrationCapacity, shutdownAt, loads: [] });
      const picked = plannable.find((w) => w.weekStart.getTime() === input.cutoverWeekStart.getTime());
      const label = input.cutoverWeekStart.toISOString().slice(0, 10);
      if (!picked) {
        throw new BadInputError(`The week of ${label} is not one this offer can cut over in: pick one of the weeks offered.`, [
          { field: 'input.cutoverWeekStart', reason: 'not_offered' },
        ]);
      }
      await this.offers.lockWeek(tx.manager, offer.campaignId, picked.weekStart);
      const loads = await this.offers.loads(tx.manager, offer.campaignId, plannable[0].weekStart);
      const week = cutoverWeeks({ now, timeZone: settings.timeZone, weeklyCapacity: settings.weeklyMigrationCapacity, shutdownAt, loads }).find(
        (w) => w.weekStart.getTime() === picked.weekStart.getTime(),
      ) as CutoverWeek;
      if (week.capacityLeft < offer.workload) {
        throw new BadInputError(`The week of ${label} has just filled up: pick another week.`, [{ field: 'input.cutoverWeekStart', reason: 'full' }]);
      }
      const terms = this.terms(offer, settings, week.cutoverAt);
      const signer = { name: input.signerName.trim(), title: input.signerTitle.trim(), email: input.signerEmail.trim().toLowerCase() };
      const ok = await this.offers.accept(tx.manager, offer.id, {
        weekStart: week.weekStart,
        cutoverAt: week.cutoverAt,
        monthlyTotal: terms.totals.monthlyTotal,
        switchCredit: terms.credit.amount,
        totalOverTerm: terms.totals.totalOverTerm,
        signerName: signer.name,
        signerTitle: signer.title,
        signerEmail: signer.email,
        signerIp: ip,
      });
      if (!ok) throw unknownLink();
      const customer: Actor = { kind: 'customer', label: `${signer.name} (${offer.accountName})` };
      await this.audit.record(tx.manager, customer, {
        action: 'personal_offer.accepted',
        entityType: 'PersonalOffer',
        entityId: offer.id,
        campaignId: offer.campaignId,
        before: { status: 'open' },
        after: { status: 'accepted', cutoverAt: week.cutoverAt, monthlyTotal: terms.totals.monthlyTotal, switchCredit: terms.credit.amount, signerEmail: signer.email, signerIp: ip },
      });

      // The plan is honoured: the account's open deal is won at the offer's terms and its migration
      // is planned in the week picked, in this transaction (a deal closed meanwhile refuses it all).
      const [open]: Array<{ id: string }> = await tx.manager.query(
        `SELECT id FROM opportunity WHERE account_id = $1 AND stage NOT IN ('won', 'lost') ORDER BY created_at DESC, id DESC LIMIT 1`,
        [offer.accountId],
      );
      const deal = open ? await this.pipeline.lockById(tx.manager, FULL_ACCESS, open.id) : null;
      const account = await this.accounts.lockById(tx.manager, FULL_ACCESS, offer.accountId);
      if (!deal || !account) {
        throw new BadInputError('This offer can no longer be accepted: the deal was closed. Ask your contact for a new one.', [{ field: 'token', reason: 'closed' }]);
      }
      const monthlyTotal = terms.totals.monthlyTotal;
      const dealTerms = { monthlyValue: monthlyTotal, oneTimeValue: 0, termMonths: offer.termMonths };
      // The personal offer was the deal's proposal: a deal not yet at proposal_sent gets there first (a sent offer is a contact).
      const offered =
        deal.stage === 'identified' || deal.stage === 'contacted'
          ? await this.mover.moveForProposal(tx, {
              actor: customer,
              actorRole: 'rep',
              deal,
              account,
              campaign: ctx,
              to: 'proposal_sent',
              terms: dealTerms,
              now,
              activity: {
                kind: 'proposal_sent',
                body: `Personal offer: ${formatMoney(monthlyTotal, offer.currency)} a month over ${offer.termMonths} months, valid until ${offer.expiresAt.toISOString()}.`,
                metadata: { personalOfferId: offer.id, validUntil: offer.expiresAt.toISOString(), monthlyTotal },
                details: { monthlyTotal, currency: offer.currency, termMonths: offer.termMonths, validUntil: offer.expiresAt.toISOString() },
              },
            })
          : deal;
      await this.mover.moveForProposal(tx, {
        actor: customer,
        actorRole: 'rep',
        deal: offered,
        account,
        campaign: ctx,
        to: 'won',
        viaProposalAcceptance: true,
        terms: dealTerms,
        now,
        activity: {
          kind: 'signed',
          body: `${signer.name}, ${signer.title}, accepted the personal offer: ${formatMoney(monthlyTotal, offer.currency)} a month over ${offer.termMonths} months, cutover in the week of ${week.weekStart.toISOString().slice(0, 10)}.`,
          metadata: { personalOfferId: offer.id, signerName: signer.name, signerTitle: signer.title, signerEmail: signer.email },
          details: { signerName: signer.name, signerTitle: signer.title, monthlyTotal, currency: offer.currency, termMonths: offer.termMonths },
        },
      });
      const migration = await this.migrations.insert(tx.manager, {
        campaignId: offer.campaignId,
        accountId: offer.accountId,
        opportunityId: deal.id,
        proposalId: null,
        workload: offer.workload,
        targetCutoverAt: week.cutoverAt,
        status: 'planned',
      });
      await this.audit.record(tx.manager, customer, {
        action: 'migration.created',
        entityType: 'Migration',
        entityId: migration.id,
        campaignId: offer.campaignId,
        before: {},
        after: { workload: migration.workload, targetCutoverAt: migration.targetCutoverAt, status: migration.status, personalOfferId: offer.id },
      });
      await tx.emit('migration.plan_changed', { campaignId: offer.campaignId, migrationId: migration.id });
      await tx.emit('opportunity.won', { opportunityId: deal.id, accountId: offer.accountId, campaignId: offer.campaignId, proposalId: null });
      const accepted: OfferRecord = {
        ...offer,
        status: 'accepted',
        cutoverAt: week.cutoverAt,
        monthlyTotal: terms.totals.monthlyTotal,
        switchCredit: terms.credit.amount,
        totalOverTerm: terms.totals.totalOverTerm,
      };
      return { offer: accepted, settings, shutdownAt, weeks: [] };
    });
  }
}
