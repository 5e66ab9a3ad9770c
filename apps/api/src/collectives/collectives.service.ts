import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canSeeCampaign, type AccessScope, type Actor } from '../common/access/actor';
import { actsAsManager, assertCanRead, assertCanWrite } from '../common/access/permissions';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { UrgencyService } from '../urgency/urgency.service';
import { expectCollectiveId } from './collective-id';
import { CollectiveMembersInput, CollectivesArgs, CreateCollectiveInput, LinkCollectiveMembersByNameInput, UpdateCollectiveInput } from './collective.model';
import { AccountMembership, CollectiveAgreementsRepository, CollectiveFields, CollectiveRecord, CollectivesRepository, MemberRow } from './collectives.repository';
import { DeleteCollectiveInput } from './collective-agreement.model';

const audited = (f: CollectiveFields): Record<string, unknown> => ({
  name: f.name,
  forumUrl: f.forumUrl,
  claimedMembers: f.claimedMembers,
  announcedCancellationAt: f.announcedCancellationAt,
  spokespersonContactId: f.spokespersonContactId,
  notes: f.notes,
});

const cursorPair = (after: string | undefined): [string, string] | null => {
  if (!after) return null;
  const [name, id] = decodeCursor(after, 2);
  if (typeof name !== 'string' || typeof id !== 'string') throw new BadInputError('The `after` cursor is not one this list gave out.', [{ field: 'after', reason: 'unknown cursor' }]);
  return [name, id];
};

export interface NameMatch {
  collective: CollectiveRecord;
  matched: string[];
  unmatched: string[];
  ambiguous: string[];
  inOtherCollective: string[];
}

/**
 * Customer collectives (issue #21): a campaign's collectives, their member accounts and how far
 * the team is with them. Everyone of the campaign reads them; its managers (and admins, write keys
 * bound to it) record and change them and link members. Every change is audited in its own
 * transaction; a refused one writes nothing.
 */
@Injectable()
export class CollectivesService {
  constructor(
    private readonly collectives: CollectivesRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly urgency: UrgencyService,
    private readonly agreements: CollectiveAgreementsRepository,
  ) {}

  async list(actor: Actor, scope: AccessScope, args: CollectivesArgs): Promise<Connection<CollectiveRecord>> {
    assertCanRead(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    const size = pageSize(args.first);
    const { rows, total } = await this.collectives.pageOfCampaign(campaignId, size, cursorPair(args.after));
    return toConnection(rows, size, total, (c) => encodeCursor([c.name, c.id]));
  }

  async get(actor: Actor, scope: AccessScope, globalId: string): Promise<CollectiveRecord> {
    assertCanRead(actor);
    const id = expectCollectiveId(globalId, 'id');
    const found = (await this.collectives.getByIds(scope, [id])).get(id);
    if (!found) throw new NotFoundError('The collective');
    return found;
  }

  /** The members of a collective the caller already sees (reached through it). */
  async members(collective: CollectiveRecord, first: number | undefined, after: string | undefined): Promise<Connection<MemberRow>> {
    const size = pageSize(first);
    const { rows, total } = await this.collectives.membersPage(collective.id, size, cursorPair(after));
    return toConnection(rows, size, total, (m) => encodeCursor([m.accountName, m.accountId]));
  }

  private authorize(actor: Actor, scope: AccessScope, campaignId: string): void {
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    if (!actsAsManager(actor, scope, campaignId)) throw new ForbiddenError('Only a manager of the campaign can change its collectives.');
  }

  private async lockForChange(manager: EntityManager, actor: Actor, scope: AccessScope, globalId: string, field: string): Promise<CollectiveRecord> {
    const id = expectCollectiveId(globalId, field);
    const collective = await this.collectives.lockById(manager, scope, id);
    if (!collective) throw new NotFoundError('The collective');
    this.authorize(actor, scope, collective.campaignId);
    return collective;
  }

  private async spokesperson(manager: EntityManager, campaignId: string, globalId: string | null | undefined): Promise<string | null> {
    if (!globalId) return null;
    const contactId = expectGlobalId(globalId, 'Contact', 'input.spokespersonId');
    if ((await this.collectives.campaignOfContact(manager, contactId)) !== campaignId) {
      throw new BadInputError('The spokesperson must be a contact of an account of the collective’s campaign.', [
        { field: 'input.spokespersonId', reason: 'not a contact of this campaign' },
      ]);
    }
    return contactId;
  }

  private nameTakenError(name: string): BadInputError {
    return new BadInputError(`The campaign already has a collective named "${name}".`, [{ field: 'input.name', reason: 'already used in this campaign' }]);
  }

  private async assertNameFree(manager: EntityManager, campaignId: string, name: string, exceptId: string | null): Promise<void> {
    if (await this.collectives.nameTaken(manager, campaignId, name, exceptId)) throw this.nameTakenError(name);
  }

  /** A write that the name's unique index may refuse when another manager took the name since the check: the same clear error. */
  private async savingName<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTakenError(name);
      throw error;
    }
  }

  /**
   * The members' urgency follows their collective's announced cancellations (the
   * collective_cancellation factor): recomputed, in the change's transaction, for the accounts whose
   * collective or date changed.
   */
  private async refreshUrgency(manager: EntityManager, campaignId: string, accountIds: readonly string[]): Promise<void> {
    await this.urgency.recomputeAccountIds(manager, campaignId, accountIds, new Date());
  }

  async create(actor: Actor, scope: AccessScope, input: CreateCollectiveInput): Promise<CollectiveRecord> {
    assertCanWrite(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    this.authorize(actor, scope, campaignId);
    const name = input.name.trim();
    if (!name) throw new BadInputError('A collective needs a name.', [{ field: 'input.name', reason: 'name must be 1 to 200 characters' }]);
    return this.uow.run(async (tx) => {
      await this.assertNameFree(tx.manager, campaignId, name, null);
      const fields: CollectiveFields = {
        name,
        forumUrl: input.forumUrl ?? null,
        claimedMembers: input.claimedMembers ?? 0,
        announcedCancellationAt: input.announcedCancellationAt ?? null,
        spokespersonContactId: await this.spokesperson(tx.manager, campaignId, input.spokespersonId),
        notes: input.notes?.trim() || null,
      };
      const created = await this.savingName(name, () => this.collectives.insert(tx.manager, campaignId, fields));
      await this.audit.record(tx.manager, actor, { action: 'collective.created', entityType: 'Collective', entityId: created.id, campaignId, before: {}, after: audited(fields) });
      return created;
    });
  }

  async update(actor: Actor, scope: AccessScope, input: UpdateCollectiveInput): Promise<CollectiveRecord> {
    assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const current = await this.lockForChange(tx.manager, actor, scope, input.id, 'input.id');
      if (current.version !== input.expectedVersion) {
        throw new ConflictError(`The collective changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      }
      const name = input.name != null ? input.name.trim() : current.name;
      if (!name) throw new BadInputError('A collective needs a name.', [{ field: 'input.name', reason: 'name must be 1 to 200 characters' }]);
      if (name.toLowerCase() !== current.name.toLowerCase()) await this.assertNameFree(tx.manager, current.campaignId, name, current.id);
      const next: CollectiveFields = {
        name,
        forumUrl: input.forumUrl === undefined ? current.forumUrl : input.forumUrl,
        claimedMembers: input.claimedMembers ?? current.claimedMembers,
        announcedCancellationAt: input.announcedCancellationAt === undefined ? current.announcedCancellationAt : input.announcedCancellationAt,
        spokespersonContactId:
          input.spokespersonId === undefined ? current.spokespersonContactId : await this.spokesperson(tx.manager, current.campaignId, input.spokespersonId),
        notes: input.notes === undefined ? current.notes : input.notes?.trim() || null,
      };
      const before = audited(current);
      const after = audited(next);
      if (JSON.stringify(before) === JSON.stringify(after)) return current;
      const saved = await this.savingName(name, () => this.collectives.update(tx.manager, current.id, input.expectedVersion, next));
      if (!saved) throw new ConflictError('The collective changed while it was being saved; read it again.');
      if ((current.announcedCancellationAt?.getTime() ?? null) !== (next.announcedCancellationAt?.getTime() ?? null)) {
        await this.refreshUrgency(tx.manager, current.campaignId, await this.collectives.memberIds(tx.manager, current.id));
      }
      await this.audit.record(tx.manager, actor, { action: 'collective.updated', entityType: 'Collective', entityId: current.id, campaignId: current.campaignId, before, after });
      return saved;
    });
  }

  private accountIds(globalIds: readonly string[]): string[] {
    return [...new Set(globalIds.map((g) => expectGlobalId(g, 'Account', 'input.accountIds')))];
  }

  /**
   * Links accounts by hand. Every one must be an account of the collective's campaign and in no
   * other collective, or nothing is linked (BAD_USER_INPUT naming input.accountIds); members already
   * linked stay as they are.
   */
  async addMembers(actor: Actor, scope: AccessScope, input: CollectiveMembersInput): Promise<CollectiveRecord> {
    assertCanWrite(actor);
    const ids = this.accountIds(input.accountIds);
    return this.uow.run(async (tx) => {
      const collective = await this.lockForChange(tx.manager, actor, scope, input.collectiveId, 'input.collectiveId');
      const accounts = await this.collectives.accountsOfCampaign(tx.manager, collective.campaignId, ids);
      if (accounts.length !== ids.length) {
        throw new BadInputError(`${ids.length - accounts.length} of the accounts are not accounts of the collective’s campaign; nothing was linked.`, [
          { field: 'input.accountIds', reason: 'not an account of this campaign' },
        ]);
      }
      const elsewhere = accounts.filter((a) => a.collectiveId !== null && a.collectiveId !== collective.id);
      if (elsewhere.length > 0) {
        throw new BadInputError(`Already in another collective: ${elsewhere.map((a) => a.name).join(', ')}. Remove them there first; nothing was linked.`, [
          { field: 'input.accountIds', reason: 'already a member of another collective' },
        ]);
      }
      await this.link(tx.manager, actor, collective, accounts.map((a) => a.id));
      return collective;
    });
  }

  async removeMembers(actor: Actor, scope: AccessScope, input: CollectiveMembersInput): Promise<CollectiveRecord> {
    assertCanWrite(actor);
    const ids = this.accountIds(input.accountIds);
    return this.uow.run(async (tx) => {
      const collective = await this.lockForChange(tx.manager, actor, scope, input.collectiveId, 'input.collectiveId');
      const removed = await this.collectives.removeMembers(tx.manager, collective.id, ids);
      if (removed.length > 0 && collective.announcedCancellationAt) await this.refreshUrgency(tx.manager, collective.campaignId, removed);
      if (removed.length > 0) {
        await this.audit.record(tx.manager, actor, {
          action: 'collective.members_removed',
          entityType: 'Collective',
          entityId: collective.id,
          campaignId: collective.campaignId,
          before: { members: removed },
          after: {},
        });
      }
      return collective;
    });
  }

  /**
   * Matches a pasted member list on the accounts' normalized names (as imports do) and links the
   * accounts a name matches alone. A name matching several accounts is ambiguous (nothing linked for
   * it); an account already in another collective stays there. With dryRun nothing is written.
   */
  async linkByName(actor: Actor, scope: AccessScope, input: LinkCollectiveMembersByNameInput): Promise<NameMatch> {
    assertCanWrite(actor);
    const pasted = new Map<string, string>();
    for (const raw of input.names) {
      const key = normalizeAccountName(raw);
      if (key && !pasted.has(key)) pasted.set(key, raw.trim());
    }
    if (pasted.size === 0) throw new BadInputError('The list holds no name.', [{ field: 'input.names', reason: 'no name to match' }]);
    return this.uow.run(async (tx) => {
      const collective = await this.lockForChange(tx.manager, actor, scope, input.collectiveId, 'input.collectiveId');
      const found = await this.collectives.accountsByNormalizedNames(tx.manager, collective.campaignId, [...pasted.keys()]);
      const byName = new Map<string, AccountMembership[]>();
      for (const a of found) byName.set(a.normalizedName, [...(byName.get(a.normalizedName) ?? []), a]);
      const result: NameMatch = { collective, matched: [], unmatched: [], ambiguous: [], inOtherCollective: [] };
      for (const [key, raw] of pasted) {
        const accounts = byName.get(key) ?? [];
        if (accounts.length === 0) result.unmatched.push(raw);
        else if (accounts.length > 1) result.ambiguous.push(raw);
        else if (accounts[0].collectiveId !== null && accounts[0].collectiveId !== collective.id) result.inOtherCollective.push(accounts[0].id);
        else result.matched.push(accounts[0].id);
      }
      if (!input.dryRun) await this.link(tx.manager, actor, collective, result.matched);
      return result;
    });
  }

  private async link(manager: EntityManager, actor: Actor, collective: CollectiveRecord, accountIds: string[]): Promise<void> {
    const added = await this.collectives.addMembers(manager, collective, accountIds);
    if (added.length === 0) return;
    if (collective.announcedCancellationAt) await this.refreshUrgency(manager, collective.campaignId, added);
    await this.audit.record(manager, actor, {
      action: 'collective.members_added',
      entityType: 'Collective',
      entityId: collective.id,
      campaignId: collective.campaignId,
      before: {},
      after: { members: added },
    });
  }

  /**
   * Deletes a collective (a manager of its campaign): its members are unlinked (the accounts stay)
   * and their collective_cancellation urgency recomputed, in the same transaction; audited with what
   * it was. A collective whose terms were signed is a record the team keeps: refused (CONFLICT).
   */
  async delete(actor: Actor, scope: AccessScope, input: DeleteCollectiveInput): Promise<{ id: string; unlinked: number }> {
    assertCanWrite(actor);
    return this.uow.run(async (tx) => {
      const collective = await this.lockForChange(tx.manager, actor, scope, input.id, 'input.id');
      if (collective.version !== input.expectedVersion) {
        throw new ConflictError(`The collective changed since you read it (version ${collective.version}, you had ${input.expectedVersion}).`);
      }
      const agreement = (await this.agreements.byCollectiveIds([collective.id], tx.manager)).get(collective.id);
      if (agreement?.status === 'signed') {
        throw new ConflictError('The collective’s terms were signed by its spokesperson: a signed agreement is a record the team keeps, so the collective cannot be deleted.');
      }
      const members = await this.collectives.delete(tx.manager, collective.id);
      if (members.length > 0) await this.refreshUrgency(tx.manager, collective.campaignId, members);
      await this.audit.record(tx.manager, actor, {
        action: 'collective.deleted',
        entityType: 'Collective',
        entityId: collective.id,
        campaignId: collective.campaignId,
        before: { ...audited(collective), members, agreementStatus: agreement?.status ?? null },
        after: {},
      });
      return { id: collective.id, unlinked: members.length };
    });
  }

  /** Member counts by state, for the collectives (already visible to the caller). */
  counts(ids: readonly string[]) {
    return this.collectives.countsByIds(ids);
  }
}
