import { Injectable } from '@nestjs/common';
import { assertTakesNewAccounts } from '../campaigns/campaign-status';
import { EntityManager } from 'typeorm';
import { actorLabel, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import {
  actsAsManager,
  assertCanAssign,
  assertCanChange,
  assertCanClaim,
  assertCanCreateIn,
  assertCanRead,
  assertCanWrite,
} from '../common/access/permissions';
import { ForbiddenError } from '../common/errors/lifeboat-error';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/lifeboat-error';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { OpportunityRecord, PipelineRepository } from '../pipeline/pipeline.repository';
import { DealStageMover } from '../pipeline/deal-stage.mover';
import { UrgencyService } from '../urgency/urgency.service';
import { AccountEntity } from './account.entity';
import { DEFAULT_LAWFUL_BASIS } from '@lifeboat/domain';
import { LeadSourcesRepository } from '../lead-sources/lead-sources.repository';
import { accountSnapshot } from './account-snapshot';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { normalizeAccountName } from './normalize-account-name';
import { AccountFilter, AccountRecord, AccountsRepository } from './accounts.repository';
import { AccountsArgs } from './dto/accounts.args';
import { AssignAccountInput, ClaimAccountInput, ContactInput, CreateAccountInput, EraseContactInput, UpdateAccountInput } from './dto/account.inputs';
import { ContactErasure, type ErasureCounts } from './contact-erasure';

const contactFields = (c: ContactInput) => ({
  name: c.name.trim(),
  title: c.title ?? null,
  email: c.email ?? null,
  phone: c.phone ?? null,
  decisionMaker: c.decisionMaker ?? false,
});

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly pipeline: PipelineRepository,
    private readonly urgency: UrgencyService,
    private readonly mover: DealStageMover,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly sources: LeadSourcesRepository,
    private readonly erasure: ContactErasure,
  ) {}

  async list(actor: Actor, scope: AccessScope, args: AccountsArgs): Promise<Connection<AccountRecord>> {
    assertCanRead(actor);
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const filter = accountFilterOf(args);
    const orderBy = args.orderBy ?? 'URGENCY';
    const now = new Date();
    const { rows, total } = await this.accounts.findPageAndCount(scope, {
      filter,
      orderBy,
      limit: size,
      now,
      after: after ? { key: String(after[0]), id: String(after[1]) } : undefined,
    });
    const connection = toConnection(rows, size, total, (r) => encodeCursor([r.sortKey, r.account.id]));
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.account })) };
  }

  private async campaignContext(manager: EntityManager, scope: AccessScope, campaignId: string): Promise<CampaignWithRival> {
    const ctx = (await this.campaigns.getWithRivalByIds(manager, scope, [campaignId])).get(campaignId);
    if (!ctx) throw new NotFoundError('The campaign');
    return ctx;
  }

  private async assertTeamMember(manager: EntityManager, campaignId: string, userId: string, field: string): Promise<void> {
    if ((await this.campaigns.teamRoleOf(manager, campaignId, userId)) === null) {
      throw new BadInputError('The owner must be a member of the campaign team.', [{ field, reason: 'not in the campaign team' }]);
    }
  }

  /** A new account with its contacts and rival services, its deal at stage identified, its urgency and due time. */
  async create(actor: Actor, scope: AccessScope, input: CreateAccountInput): Promise<{ account: AccountRecord; opportunity: OpportunityRecord }> {
    const caller = assertCanWrite(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    const requestedOwner = input.ownerId ? expectGlobalId(input.ownerId, 'User', 'input.ownerId') : input.ownerId;
    const ids = await this.uow.run(async (tx) => {
      const ctx = await this.campaignContext(tx.manager, scope, campaignId);
      assertCanCreateIn(caller, scope, campaignId, 'The campaign');
      assertTakesNewAccounts(ctx.campaign);
      let ownerId: string | null;
      if (actsAsManager(caller, scope, campaignId)) {
        ownerId = requestedOwner ?? null;
      } else {
        // A rep creates accounts for themselves.
        const self = caller.kind === 'user' ? caller.userId : null;
        if (requestedOwner && requestedOwner !== self) throw new ForbiddenError('A rep can only create accounts they own; ask a manager to assign it.');
        ownerId = self;
      }
      if (ownerId) await this.assertTeamMember(tx.manager, campaignId, ownerId, 'input.ownerId');
      const now = new Date();
      const sourceId = await this.sources.create(tx.manager, { campaignId, kind: 'manual', actor: caller, lawfulBasis: input.lawfulBasis ?? DEFAULT_LAWFUL_BASIS });
      const draft = {
        campaignId,
        name: input.name.trim(),
        normalizedName: normalizeAccountName(input.name),
        segment: input.segment,
        countries: [...new Set((input.countries ?? []).map((c) => c.toUpperCase()))],
        monthlySpend: input.monthlySpend,
        contractEndsAt: input.contractEndsAt ?? null,
        prepaidUntil: input.prepaidUntil ?? null,
        hasBackupProvider: input.hasBackupProvider ?? false,
        rivalIsPrincipalOperator: input.rivalIsPrincipalOperator ?? false,
        ownerId,
        externalRef: input.externalRef ?? null,
        competingBidders: input.competingBidders ?? [],
        sourceId,
      };
      const urgency = this.urgency.urgencyOf({ ...draft, lastContactAt: null, createdAt: now }, ctx, 'identified', now);
      // Its deal opens below in identified, due as the stage's rules say (not overdue).
      const queuePriority = this.urgency.queuePriorityScorer(ctx, now)({ monthlySpend: draft.monthlySpend, segment: draft.segment, stage: 'identified', dueAt: null });
      let account: AccountEntity;
      try {
        account = await this.accounts.insert(tx.manager, { ...draft, urgency: urgency.score, urgencyFactors: urgency.factors, urgencyComputedAt: now, queuePriority });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new BadInputError('Another account of the campaign has this external reference.', [{ field: 'input.externalRef', reason: 'already used in the campaign' }]);
        }
        throw error;
      }
      await this.accounts.insertContacts(tx.manager, account.id, (input.contacts ?? []).map(contactFields), sourceId);
      await this.accounts.replaceRivalServices(tx.manager, account.id, input.rivalServices ?? []);
      const deal = await this.mover.open(tx, {
        actor: caller,
        deal: { accountId: account.id, campaignId, stage: 'identified', monthlyValue: input.monthlyValue ?? 0, oneTimeValue: 0, termMonths: 12 },
        segment: account.segment,
        campaign: ctx,
        now,
      });
      const [contacts, services] = await Promise.all([
        this.accounts.contactsByAccountIds(FULL_ACCESS, [account.id], tx.manager),
        this.accounts.rivalServicesByAccountIds(FULL_ACCESS, [account.id], tx.manager),
      ]);
      await this.audit.record(tx.manager, caller, {
        action: 'account.created',
        entityType: 'Account',
        entityId: account.id,
        campaignId,
        before: {},
        after: accountSnapshot(account, contacts.get(account.id) ?? [], services.get(account.id) ?? []),
      });
      await this.audit.record(tx.manager, caller, {
        action: 'opportunity.created',
        entityType: 'Opportunity',
        entityId: deal.id,
        campaignId,
        before: {},
        after: { stage: deal.stage, dueAt: deal.dueAt, monthlyValue: deal.monthlyValue, termMonths: deal.termMonths },
      });
      return { accountId: account.id, opportunityId: deal.id };
    });
    const [account, opportunity] = await Promise.all([this.accounts.getByIds(scope, [ids.accountId]), this.pipeline.getByIds(scope, [ids.opportunityId])]);
    return { account: account.get(ids.accountId) as AccountRecord, opportunity: opportunity.get(ids.opportunityId) as OpportunityRecord };
  }

  /** Changes the fields given; contacts are added, edited or removed; rival services replaced. Urgency follows. */
  async update(actor: Actor, scope: AccessScope, input: UpdateAccountInput): Promise<AccountRecord> {
    const caller = assertCanWrite(actor);
    const id = expectGlobalId(input.id, 'Account', 'input.id');
    const removeIds = (input.removeContactIds ?? []).map((c, i) => expectGlobalId(c, 'Contact', `input.removeContactIds[${i}]`));
    const contactChanges = (input.contacts ?? []).map((c, i) => ({ ...c, id: c.id ? expectGlobalId(c.id, 'Contact', `input.contacts[${i}].id`) : undefined }));
    await this.uow.run(async (tx) => {
      const current = await this.accounts.lockById(tx.manager, scope, id);
      if (!current) throw new NotFoundError('The account');
      assertCanChange(caller, scope, current, 'The account');
      this.assertVersion(current, input.expectedVersion);
      const [contactsBefore, servicesBefore] = await Promise.all([
        this.accounts.contactsByAccountIds(FULL_ACCESS, [id], tx.manager),
        this.accounts.rivalServicesByAccountIds(FULL_ACCESS, [id], tx.manager),
      ]);
      const patch: Partial<AccountEntity> = {};
      if (input.name !== undefined) Object.assign(patch, { name: input.name.trim(), normalizedName: normalizeAccountName(input.name) });
      if (input.segment !== undefined) patch.segment = input.segment;
      if (input.monthlySpend !== undefined) patch.monthlySpend = input.monthlySpend;
      if (input.countries !== undefined) patch.countries = [...new Set(input.countries.map((c) => c.toUpperCase()))];
      if (input.contractEndsAt !== undefined) patch.contractEndsAt = input.contractEndsAt;
      if (input.prepaidUntil !== undefined) patch.prepaidUntil = input.prepaidUntil;
      if (input.hasBackupProvider !== undefined) patch.hasBackupProvider = input.hasBackupProvider;
      if (input.rivalIsPrincipalOperator !== undefined) patch.rivalIsPrincipalOperator = input.rivalIsPrincipalOperator;
      if (input.externalRef !== undefined) patch.externalRef = input.externalRef;
      if (input.competingBidders !== undefined) patch.competingBidders = input.competingBidders;
      let updated: AccountEntity | null;
      try {
        updated = await this.accounts.update(tx.manager, id, input.expectedVersion, patch);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new BadInputError('Another account of the campaign has this external reference.', [{ field: 'input.externalRef', reason: 'already used in the campaign' }]);
        }
        throw error;
      }
      if (!updated) throw this.conflict();
      if (removeIds.length > 0) {
        const removed = await this.accounts.deleteContacts(tx.manager, id, removeIds);
        if (removed !== removeIds.length) throw new BadInputError('A contact to remove is not one of this account’s.', [{ field: 'input.removeContactIds', reason: 'unknown contact' }]);
      }
      const additions = [];
      for (const [i, change] of contactChanges.entries()) {
        if (change.id) {
          const ok = await this.accounts.updateContact(tx.manager, id, change.id, contactFields(change));
          if (!ok) throw new BadInputError('This contact is not one of the account’s.', [{ field: `input.contacts[${i}].id`, reason: 'unknown contact' }]);
        } else {
          additions.push(contactFields(change));
        }
      }
      if (additions.length > 0) {
        const sourceId = await this.sources.create(tx.manager, { campaignId: current.campaignId, kind: 'manual', actor: caller, lawfulBasis: input.lawfulBasis ?? DEFAULT_LAWFUL_BASIS });
        await this.accounts.insertContacts(tx.manager, id, additions, sourceId);
      }
      if (input.rivalServices !== undefined) await this.accounts.replaceRivalServices(tx.manager, id, input.rivalServices);

      const ctx = await this.campaignContext(tx.manager, FULL_ACCESS, current.campaignId);
      const now = new Date();
      // A new segment moves its deal's due time first: the queue priority reads it (overdue or not).
      if (patch.segment !== undefined && patch.segment !== current.segment) await this.urgency.rescheduleOpenDeal(tx.manager, id, ctx);
      await this.urgency.refresh(tx.manager, updated, ctx, now);
      const [contactsAfter, servicesAfter] = await Promise.all([
        this.accounts.contactsByAccountIds(FULL_ACCESS, [id], tx.manager),
        this.accounts.rivalServicesByAccountIds(FULL_ACCESS, [id], tx.manager),
      ]);
      await this.audit.record(tx.manager, caller, {
        action: 'account.updated',
        entityType: 'Account',
        entityId: id,
        campaignId: current.campaignId,
        before: accountSnapshot(current, contactsBefore.get(id) ?? [], servicesBefore.get(id) ?? []),
        after: accountSnapshot(updated, contactsAfter.get(id) ?? [], servicesAfter.get(id) ?? []),
      });
    });
    return this.reload(scope, id);
  }

  /** A member of the campaign takes an unassigned account. */
  async claim(actor: Actor, scope: AccessScope, input: ClaimAccountInput): Promise<AccountRecord> {
    const caller = assertCanWrite(actor);
    const id = expectGlobalId(input.accountId, 'Account', 'input.accountId');
    await this.uow.run(async (tx) => {
      const current = await this.accounts.lockById(tx.manager, scope, id);
      if (!current) throw new NotFoundError('The account');
      const userId = assertCanClaim(caller, scope, current, 'The account');
      this.assertVersion(current, input.expectedVersion);
      if (current.ownerId !== null) throw new ConflictError('Someone already owns this account: ask a manager to reassign it.');
      await this.assertTeamMember(tx.manager, current.campaignId, userId, 'input.accountId');
      await this.setOwner(tx.manager, caller, current, input.expectedVersion, userId, 'account.claimed');
      await tx.emit('account.owner_changed', { accountId: id, campaignId: current.campaignId, ownerId: userId });
    });
    return this.reload(scope, id);
  }

  /** A manager (or admin, or write key) gives the account to a team member, or unassigns it. */
  async assign(actor: Actor, scope: AccessScope, input: AssignAccountInput): Promise<AccountRecord> {
    const caller = assertCanWrite(actor);
    const id = expectGlobalId(input.accountId, 'Account', 'input.accountId');
    const ownerId = input.ownerId ? expectGlobalId(input.ownerId, 'User', 'input.ownerId') : null;
    await this.uow.run(async (tx) => {
      const current = await this.accounts.lockById(tx.manager, scope, id);
      if (!current) throw new NotFoundError('The account');
      assertCanAssign(caller, scope, current.campaignId, 'The account');
      this.assertVersion(current, input.expectedVersion);
      if (ownerId) await this.assertTeamMember(tx.manager, current.campaignId, ownerId, 'input.ownerId');
      await this.setOwner(tx.manager, caller, current, input.expectedVersion, ownerId, 'account.assigned');
      // The new owner hears of it (notifications/), unless they gave it to themselves.
      if (ownerId && ownerId !== current.ownerId && !(caller.kind === 'user' && caller.userId === ownerId)) {
        await tx.emit('account.assigned', { accountId: id, campaignId: current.campaignId, ownerId, assignedBy: actorLabel(caller) });
      } else if (ownerId !== current.ownerId) {
        await tx.emit('account.owner_changed', { accountId: id, campaignId: current.campaignId, ownerId });
      }
    });
    return this.reload(scope, id);
  }

  /**
   * Erases a contact on their request (GDPR art. 17): the contact goes, and every record that kept
   * their name, email or phone is rewritten without them (`ContactErasure`), in one transaction
   * with the audit entry that says an erasure happened — by whom, when, how many records — and
   * nothing of the person. Managers of the campaign and admins; the account's version moves on.
   */
  async eraseContact(actor: Actor, scope: AccessScope, input: EraseContactInput): Promise<{ account: AccountRecord; erasure: ErasureCounts & { contactId: string } }> {
    const caller = assertCanWrite(actor);
    const contactId = expectGlobalId(input.contactId, 'Contact', 'input.contactId');
    const { accountId, counts } = await this.uow.run(async (tx) => {
      const [contact]: Array<{ account_id: string; name: string; email: string | null; phone: string | null }> = await tx.manager.query(
        `SELECT account_id, name, email, phone FROM contact WHERE id = $1`,
        [contactId],
      );
      const current = contact ? await this.accounts.lockById(tx.manager, scope, contact.account_id) : null;
      if (!contact || !current) throw new NotFoundError('The contact');
      if (!actsAsManager(caller, scope, current.campaignId)) throw new ForbiddenError('Only a manager of the campaign or an admin can erase a contact.');
      this.assertVersion(current, input.expectedVersion);
      const counts = await this.erasure.erase(tx.manager, {
        contactId,
        accountId: current.id,
        campaignId: current.campaignId,
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
      });
      if (!(await this.accounts.update(tx.manager, current.id, input.expectedVersion, {}))) throw this.conflict();
      await this.audit.record(tx.manager, caller, {
        action: 'contact.erased',
        entityType: 'Contact',
        entityId: contactId,
        campaignId: current.campaignId,
        before: {},
        after: { accountId: current.id, request: 'GDPR art. 17', ...counts },
      });
      return { accountId: current.id, counts };
    });
    return { account: await this.reload(scope, accountId), erasure: { contactId: input.contactId, ...counts } };
  }

  private async setOwner(manager: EntityManager, caller: Actor, current: AccountEntity, expectedVersion: number, ownerId: string | null, action: string) {
    const updated = await this.accounts.update(manager, current.id, expectedVersion, { ownerId });
    if (!updated) throw this.conflict();
    await this.audit.record(manager, caller, {
      action,
      entityType: 'Account',
      entityId: current.id,
      campaignId: current.campaignId,
      before: { ownerId: current.ownerId },
      after: { ownerId },
    });
  }

  private assertVersion(current: { version: number }, expected: number): void {
    if (current.version !== expected) throw this.conflict(current.version, expected);
  }

  private conflict(actual?: number, expected?: number): ConflictError {
    return new ConflictError(
      actual === undefined
        ? 'The account changed since you read it: reload it and try again.'
        : `The account changed since you read it (version ${actual}, you had ${expected}): reload it and try again.`,
    );
  }

  private async reload(scope: AccessScope, id: string): Promise<AccountRecord> {
    const account = (await this.accounts.getByIds(scope, [id])).get(id);
    if (!account) throw new NotFoundError('The account');
    return account;
  }
}

/** The accounts list's arguments as a repository filter (global ids checked and decoded). */
export function accountFilterOf(args: Omit<AccountsArgs, 'first' | 'after' | 'orderBy'>): AccountFilter {
  return {
    campaignId: args.campaignId ? expectGlobalId(args.campaignId, 'Campaign', 'campaignId') : undefined,
    rivalId: args.rivalId ? expectGlobalId(args.rivalId, 'Rival', 'rivalId') : undefined,
    ownerId: args.ownerId ? expectGlobalId(args.ownerId, 'User', 'ownerId') : undefined,
    segment: args.segment,
    unassigned: args.unassigned,
    stage: args.stage,
    overdue: args.overdue,
    minUrgency: args.minUrgency,
    search: args.search,
    country: args.country,
  };
}
