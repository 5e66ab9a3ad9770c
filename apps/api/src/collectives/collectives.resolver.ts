import DataLoader from 'dataloader';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
import { CollectiveRecord, CollectivesRepository, MemberCounts } from './collectives.repository';
import { CollectivesService } from './collectives.service';

declare module '../common/graphql/loaders' {
  interface Loaders {
    /** The collective an account is in, keyed by account id. */
    collectiveByAccount: DataLoader<string, CollectiveRecord | null>;
    collectiveCounts: DataLoader<string, MemberCounts | null>;
  }
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
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.loaders.register('collectiveByAccount', (scope) => byId((ids) => this.collectives.byAccountIds(scope, ids)));
    // Reached only through a collective the caller already sees.
    this.loaders.register('collectiveCounts', () => byId((ids) => this.collectives.countsByIds(ids)));
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
    private readonly accounts: AccountsRepository,
  ) {}

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
