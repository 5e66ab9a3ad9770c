import DataLoader from 'dataloader';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { byId, LoadersFactory, type GraphqlContext } from '../common/graphql/loaders';
import { NodeRegistry } from '../common/graphql/node.resolver';
import { Connection, PageArgs } from '../common/graphql/connection';
import { AccountModel, ContactModel } from '../accounts/account.model';
import { toAccountModel, toContactModel } from '../accounts/account.mapper';
import { AccountsRepository } from '../accounts/accounts.repository';
import { CampaignModel } from '../campaigns/campaign.model';
import { toCampaignModel } from '../campaigns/campaign.mapper';
import { toCollectiveGlobalId } from './collective-id';
import {
  CollectiveConnection,
  CollectiveMemberConnection,
  CollectiveMemberModel,
  CollectiveMembersInput,
  CollectiveModel,
  CollectiveNameMatchPayload,
  CollectivePayload,
  CollectiveProgressModel,
  CollectivesArgs,
  CreateCollectiveInput,
  LinkCollectiveMembersByNameInput,
  UpdateCollectiveInput,
} from './collective.model';
import { AgreementRecord, CollectiveAgreementsRepository, CollectiveRecord, CollectivesRepository, MemberCounts } from './collectives.repository';
import { CollectiveAgreementsService } from './collective-agreements.service';
import {
  CollectiveAgreementModel,
  CollectiveTermsVersionInput,
  DeleteCollectiveInput,
  DeleteCollectivePayload,
  ProposeCollectiveTermsInput,
  RecordCollectiveTermsSignedInput,
  RejectCollectiveTermsInput,
} from './collective-agreement.model';
import { expectGlobalId } from '../common/graphql/global-id';
import { assertCanRead } from '../common/access/permissions';
import { CollectivesService } from './collectives.service';

declare module '../common/graphql/loaders' {
  interface Loaders {
    /** The collective an account is in, keyed by account id. */
    collectiveByAccount: DataLoader<string, CollectiveRecord | null>;
    collectiveCounts: DataLoader<string, MemberCounts | null>;
    collectiveAgreement: DataLoader<string, AgreementRecord | null>;
  }
}

export function toAgreementModel(a: AgreementRecord): CollectiveAgreementModel {
  return {
    collectiveDbId: a.collectiveId,
    campaignDbId: a.campaignId,
    status: a.status,
    discountPercent: a.discountPercent,
    termMonths: a.termMonths,
    conditions: a.conditions,
    requiredApproval: a.requiredApproval,
    rejectionReason: a.rejectionReason,
    proposedBy: a.proposedByLabel,
    submittedAt: a.submittedAt,
    approvedAt: a.approvedAt,
    approvedBy: a.approvedByLabel,
    signedAt: a.signedAt,
    signedByName: a.signedByName,
    signatureRecordedBy: a.recordedSignedByLabel,
    withdrawnAt: a.withdrawnAt,
    version: a.version,
  };
}

export function toCollectiveModel(c: CollectiveRecord): CollectiveModel & { __typename: 'Collective' } {
  return {
    __typename: 'Collective',
    id: toCollectiveGlobalId(c.id),
    dbId: c.id,
    campaignDbId: c.campaignId,
    spokespersonDbId: c.spokespersonContactId,
    name: c.name,
    forumUrl: c.forumUrl,
    claimedMembers: c.claimedMembers,
    announcedCancellationAt: c.announcedCancellationAt,
    notes: c.notes,
    version: c.version,
    createdAt: c.createdAt,
  };
}

/** How the graph reaches collectives: the request's loaders, bound to the caller's scope. */
@Injectable()
export class CollectivesById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly collectives: CollectivesRepository,
    private readonly agreements: CollectiveAgreementsRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.loaders.register('collectiveByAccount', (scope) => byId((ids) => this.collectives.byAccountIds(scope, ids)));
    // Reached only through a collective the caller already sees.
    this.loaders.register('collectiveCounts', () => byId((ids) => this.collectives.countsByIds(ids)));
    this.loaders.register('collectiveAgreement', () => byId((ids) => this.agreements.byCollectiveIds(ids)));
    this.nodes.register('Collective', async (id, ctx) => {
      const found = (await this.collectives.getByIds(ctx.scope, [id])).get(id);
      return found ? toCollectiveModel(found) : null;
    });
  }
}

const record = (c: CollectiveModel): CollectiveRecord => ({
  id: c.dbId,
  campaignId: c.campaignDbId,
  name: c.name,
  forumUrl: c.forumUrl,
  claimedMembers: c.claimedMembers,
  announcedCancellationAt: c.announcedCancellationAt,
  spokespersonContactId: c.spokespersonDbId,
  notes: c.notes,
  version: c.version,
  createdAt: c.createdAt,
});

@Resolver(() => CollectiveModel)
export class CollectivesResolver {
  constructor(
    private readonly service: CollectivesService,
    private readonly terms: CollectiveAgreementsService,
    private readonly accounts: AccountsRepository,
  ) {}

  @Query(() => [CollectiveModel], {
    description:
      'Collectives whose terms wait for approval (status pending_approval), oldest first, in the campaigns you are in (or in one of them): the approvals inbox’s second list, beside proposals.',
  })
  async collectivesAwaitingApproval(
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Only this campaign.' }) campaignId: string | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many at most (1 to 100, default 100).' }) first: number | null,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectiveModel[]> {
    assertCanRead(actor);
    const campaign = campaignId ? expectGlobalId(campaignId, 'Campaign', 'campaignId') : null;
    return (await this.terms.awaitingApproval(scope, campaign, Math.min(Math.max(first ?? 100, 1), 100))).map(toCollectiveModel);
  }

  @Mutation(() => CollectivePayload, {
    description:
      'Proposes a collective’s own deal (anyone of its campaign who may write; again after a rejection or a withdrawal, or to change terms not yet signed). The approval rule is the proposals’: within the proposer’s own level (rep limit for a rep, manager limit for a manager, anything for an admin) it is approved at once; beyond, it waits for a manager of the campaign (or an admin beyond the manager limit), who is notified. BAD_USER_INPUT naming the field for a bad discount or term; CONFLICT for a stale expectedVersion; signed terms cannot change. Audited.',
  })
  async proposeCollectiveTerms(
    @Args('input', { description: 'The collective and its terms.' }) input: ProposeCollectiveTermsInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.terms.propose(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, {
    description: 'Approves a collective’s pending terms: a manager of its campaign up to the manager limit, an admin beyond (FORBIDDEN otherwise). The proposer is notified. Audited.',
  })
  async approveCollectiveTerms(
    @Args('input', { description: 'The collective and the terms’ version you read.' }) input: CollectiveTermsVersionInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.terms.approve(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, {
    description: 'Sends a collective’s pending terms back to draft with the reason (same approvers as approveCollectiveTerms). The proposer is notified. Audited.',
  })
  async rejectCollectiveTerms(
    @Args('input', { description: 'The collective, the terms’ version you read and why.' }) input: RejectCollectiveTermsInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.terms.reject(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, {
    description:
      'Records that the spokesperson agreed to the approved terms (a manager of the campaign). Signed terms are kept as they are; the members’ personal offers then default to their discount and term. Audited.',
  })
  async recordCollectiveTermsSigned(
    @Args('input', { description: 'The collective, the terms’ version you read and who signed.' }) input: RecordCollectiveTermsSignedInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.terms.recordSigned(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, { description: 'Withdraws a collective’s terms not yet signed (a manager of the campaign). Audited.' })
  async withdrawCollectiveTerms(
    @Args('input', { description: 'The collective and the terms’ version you read.' }) input: CollectiveTermsVersionInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.terms.withdraw(actor, scope, input)) };
  }

  @Mutation(() => DeleteCollectivePayload, {
    description:
      'Deletes a collective (a manager of its campaign, an admin): its members are unlinked (the accounts stay) and their urgency recomputed. CONFLICT when its terms were signed (a record the team keeps) or for a stale expectedVersion. Audited.',
  })
  async deleteCollective(
    @Args('input', { description: 'The collective and the version you read.' }) input: DeleteCollectiveInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<DeleteCollectivePayload> {
    const deleted = await this.service.delete(actor, scope, input);
    return { deletedId: toCollectiveGlobalId(deleted.id), unlinked: deleted.unlinked };
  }

  @ResolveField(() => CollectiveAgreementModel, { nullable: true, description: 'Its own deal (terms, status, who approved); null before any terms were proposed.' })
  async agreement(@Parent() collective: CollectiveModel, @Context() ctx: GraphqlContext): Promise<CollectiveAgreementModel | null> {
    const found = await ctx.loaders.collectiveAgreement.load(collective.dbId);
    return found ? toAgreementModel(found) : null;
  }

  @Query(() => CollectiveConnection, { description: 'The customer collectives of a campaign, by name. NOT_FOUND for a campaign you are not in.' })
  async collectives(@Args() args: CollectivesArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<CollectiveModel>> {
    const page = await this.service.list(actor, scope, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCollectiveModel(e.node) })) };
  }

  @Query(() => CollectiveModel, { description: 'One collective, by id. NOT_FOUND when it does not exist or is of a campaign you are not in.' })
  async collective(
    @Args('id', { type: () => ID, description: 'The collective’s id.' }) id: string,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectiveModel> {
    return toCollectiveModel(await this.service.get(actor, scope, id));
  }

  @Mutation(() => CollectivePayload, {
    description:
      'Records a customer collective in a campaign (its managers, admins, write keys bound to it). BAD_USER_INPUT naming the field for a blank or taken name, a forum URL that is not http(s), a negative claimed count, or a spokesperson who is not a contact of the campaign. Audited.',
  })
  async createCollective(
    @Args('input', { description: 'The collective.' }) input: CreateCollectiveInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.service.create(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, {
    description: 'Changes a collective (same people and rules as createCollective; a stale expectedVersion is CONFLICT). Audited with before and after.',
  })
  async updateCollective(
    @Args('input', { description: 'The collective, the version you read, and what changes.' }) input: UpdateCollectiveInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.service.update(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, {
    description:
      'Links accounts to a collective by hand (same people as createCollective). Each must be an account of the collective’s campaign in no other collective, or nothing is linked (BAD_USER_INPUT naming input.accountIds). Audited.',
  })
  async addCollectiveMembers(
    @Args('input', { description: 'The collective and the accounts.' }) input: CollectiveMembersInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.service.addMembers(actor, scope, input)) };
  }

  @Mutation(() => CollectivePayload, { description: 'Unlinks accounts from a collective (accounts that are not members are ignored). Audited.' })
  async removeCollectiveMembers(
    @Args('input', { description: 'The collective and the accounts.' }) input: CollectiveMembersInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CollectivePayload> {
    return { collective: toCollectiveModel(await this.service.removeMembers(actor, scope, input)) };
  }

  @Mutation(() => CollectiveNameMatchPayload, {
    description:
      'Links the accounts named in a pasted list (e.g. the collective’s published member list), matched on the accounts’ normalized names (case, accents and punctuation ignored). Returns what matched, what did not, names matching several accounts, and accounts already in another collective (left there). With dryRun, nothing is linked. Audited.',
  })
  async linkCollectiveMembersByName(
    @Args('input', { description: 'The collective and the names.' }) input: LinkCollectiveMembersByNameInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<CollectiveNameMatchPayload> {
    const result = await this.service.linkByName(actor, scope, input);
    const load = async (ids: string[]) => (await Promise.all(ids.map((id) => ctx.loaders.account.load(id)))).filter((a) => a !== null).map(toAccountModel);
    return {
      collective: toCollectiveModel(result.collective),
      matched: await load(result.matched),
      unmatched: result.unmatched,
      ambiguous: result.ambiguous,
      inOtherCollective: await load(result.inOtherCollective),
    };
  }

  @ResolveField(() => CampaignModel, { description: 'The campaign it belongs to.' })
  async campaign(@Parent() collective: CollectiveModel, @Context() ctx: GraphqlContext): Promise<CampaignModel> {
    const campaign = await ctx.loaders.campaign.load(collective.campaignDbId);
    if (!campaign) throw new Error(`Campaign ${collective.campaignDbId} of collective ${collective.dbId} is missing`);
    return toCampaignModel(campaign);
  }

  @ResolveField(() => ContactModel, { nullable: true, description: 'Who speaks for it: a contact of the campaign; null when none is known.' })
  async spokesperson(@Parent() collective: CollectiveModel, @Context() ctx: GraphqlContext): Promise<ContactModel | null> {
    if (!collective.spokespersonDbId) return null;
    const contact = (await this.accounts.getContactsByIds(ctx.scope, [collective.spokespersonDbId])).get(collective.spokespersonDbId);
    return contact ? toContactModel(contact) : null;
  }

  @ResolveField(() => CollectiveProgressModel, { description: 'Its members won, pending, lost and untouched, against the count it claims.' })
  async progress(@Parent() collective: CollectiveModel, @Context() ctx: GraphqlContext): Promise<CollectiveProgressModel> {
    const counts = (await ctx.loaders.collectiveCounts.load(collective.dbId)) ?? { linked: 0, won: 0, pending: 0, lost: 0, untouched: 0 };
    return { claimed: collective.claimedMembers, ...counts };
  }

  @ResolveField(() => CollectiveMemberConnection, { description: 'Its member accounts, by name, each with where it stands.' })
  async members(@Parent() collective: CollectiveModel, @Args() page: PageArgs, @Context() ctx: GraphqlContext): Promise<Connection<CollectiveMemberModel>> {
    const found = await this.service.members(record(collective), page.first, page.after);
    const accounts = await Promise.all(found.edges.map((e) => ctx.loaders.account.load(e.node.accountId)));
    return {
      ...found,
      edges: found.edges.map((e, i) => {
        const account = accounts[i];
        if (!account) throw new Error(`Member account ${e.node.accountId} of collective ${collective.dbId} is missing`);
        return { cursor: e.cursor, node: { accountDbId: e.node.accountId, account: toAccountModel(account), state: e.node.state, addedAt: e.node.addedAt } };
      }),
    };
  }
}

@Resolver(() => AccountModel)
export class AccountCollectiveResolver {
  @ResolveField(() => CollectiveModel, { nullable: true, description: 'The customer collective it is a member of; null when none.' })
  async collective(@Parent() account: AccountModel, @Context() ctx: GraphqlContext): Promise<CollectiveModel | null> {
    const found = await ctx.loaders.collectiveByAccount.load(account.dbId);
    return found ? toCollectiveModel(found) : null;
  }
}
