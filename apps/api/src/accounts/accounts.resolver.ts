import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { UserModel } from '../identity/user.model';
import { Connection } from '../common/graphql/connection';
import { GraphqlContext } from '../common/graphql/loaders';
import { RECENT_ACTIVITIES } from '../pipeline/recent-activities';
import { CampaignModel } from '../campaigns/campaign.model';
import { toCampaignModel } from '../campaigns/campaign.mapper';
import { toUserModel } from '../identity/user.mapper';
import { RivalModel } from '../rivals/rival.model';
import { toRivalModel } from '../rivals/rival.mapper';
import { ActivityModel, OpportunityModel } from '../pipeline/opportunity.model';
import { toActivityModel, toOpportunityModel } from '../pipeline/opportunity.mapper';
import { toAccountModel, toContactModel, toRivalServiceModel } from './account.mapper';
import { AccountConnection, AccountModel, ContactModel, RivalServiceModel } from './account.model';
import { AccountsService } from './accounts.service';
import { AccountsArgs } from './dto/accounts.args';
import { AssignAccountInput, ClaimAccountInput, CreateAccountInput, EraseContactInput, UpdateAccountInput } from './dto/account.inputs';
import { AssignAccountPayload, ClaimAccountPayload, CreateAccountPayload, EraseContactPayload, UpdateAccountPayload } from './dto/account.payloads';

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Query(() => AccountConnection, { description: 'Accounts of your campaigns, filtered and ordered (most urgent first by default).' })
  async accounts(@Args() args: AccountsArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<AccountModel>> {
    const connection = await this.accountsService.list(actor, scope, args);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toAccountModel(e.node) })) };
  }

  @Mutation(() => CreateAccountPayload, { description: 'Adds an account with its contacts and rival services; its deal opens at stage identified.' })
  async createAccount(
    @Args('input', { description: 'The account.' }) input: CreateAccountInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CreateAccountPayload> {
    const { account, opportunity } = await this.accountsService.create(actor, scope, input);
    return { account: toAccountModel(account), opportunity: toOpportunityModel(opportunity) };
  }

  @Mutation(() => UpdateAccountPayload, { description: 'Changes an account (only the fields given), its contacts and rival services.' })
  async updateAccount(
    @Args('input', { description: 'The changes and the version you read.' }) input: UpdateAccountInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<UpdateAccountPayload> {
    return { account: toAccountModel(await this.accountsService.update(actor, scope, input)) };
  }

  @Mutation(() => EraseContactPayload, {
    description:
      'Erases a contact on their request (GDPR art. 17): the contact and their name, email and phone wherever Lifeboat kept them (timeline, audit trail, events, notifications) — managers of the campaign and admins. The audit keeps that an erasure happened, not who was erased.',
  })
  async eraseContact(
    @Args('input', { description: 'The contact and the version of their account you read.' }) input: EraseContactInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<EraseContactPayload> {
    const { account, erasure } = await this.accountsService.eraseContact(actor, scope, input);
    return { account: toAccountModel(account), erasure };
  }

  @Mutation(() => ClaimAccountPayload, { description: 'Takes an unassigned account of your campaign: it becomes yours.' })
  async claimAccount(
    @Args('input', { description: 'The account and the version you read.' }) input: ClaimAccountInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ClaimAccountPayload> {
    return { account: toAccountModel(await this.accountsService.claim(actor, scope, input)) };
  }

  @Mutation(() => AssignAccountPayload, { description: 'Gives an account to a member of its campaign team, or unassigns it (managers and admins).' })
  async assignAccount(
    @Args('input', { description: 'The account, its new owner and the version you read.' }) input: AssignAccountInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<AssignAccountPayload> {
    return { account: toAccountModel(await this.accountsService.assign(actor, scope, input)) };
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The rep who owns it; null when unassigned.' })
  async owner(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<UserModel | null> {
    if (!account.ownerDbId) return null;
    const user = await ctx.loaders.user.load(account.ownerDbId);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => CampaignModel, { description: 'The campaign it belongs to.' })
  async campaign(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<CampaignModel> {
    const campaign = await ctx.loaders.campaign.load(account.campaignDbId);
    if (!campaign) throw new Error(`Campaign ${account.campaignDbId} of account ${account.dbId} is missing`);
    return toCampaignModel(campaign);
  }

  @ResolveField(() => RivalModel, { description: 'The rival it buys from (its campaign’s rival).' })
  async rival(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<RivalModel> {
    const rival = await ctx.loaders.rivalByCampaign.load(account.campaignDbId);
    if (!rival) throw new Error(`Rival of account ${account.dbId} is missing`);
    return toRivalModel(rival);
  }

  @ResolveField(() => [ContactModel], { description: 'People at the account, decision makers first.' })
  async contacts(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<ContactModel[]> {
    return (await ctx.loaders.contactsByAccount.load(account.dbId)).map(toContactModel);
  }

  @ResolveField(() => [RivalServiceModel], { description: 'What it buys from the rival.' })
  async rivalServices(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<RivalServiceModel[]> {
    return (await ctx.loaders.rivalServicesByAccount.load(account.dbId)).map((s) => toRivalServiceModel(s, account.currency));
  }

  @ResolveField(() => OpportunityModel, { nullable: true, description: 'Its open deal, or else its latest one.' })
  async currentOpportunity(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<OpportunityModel | null> {
    const [current] = await ctx.loaders.opportunitiesByAccount.load(account.dbId);
    return current ? toOpportunityModel(current) : null;
  }

  @ResolveField(() => [OpportunityModel], { description: 'All its deals: the open one first, then newest first.' })
  async opportunities(account: AccountModel, _args: unknown, ctx: GraphqlContext): Promise<OpportunityModel[]> {
    return (await ctx.loaders.opportunitiesByAccount.load(account.dbId)).map((o) => toOpportunityModel(o));
  }

  @ResolveField(() => [ActivityModel], { description: `Its most recent activities, newest first (at most ${RECENT_ACTIVITIES}).` })
  async activities(
    @Parent() account: AccountModel,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, description: `How many (1 to ${RECENT_ACTIVITIES}, default 20).` }) first?: number,
  ): Promise<ActivityModel[]> {
    const limit = Math.min(Math.max(first ?? 20, 1), RECENT_ACTIVITIES);
    return (await ctx.loaders.recentActivitiesByAccount.load(account.dbId)).slice(0, limit).map(toActivityModel);
  }
}

@Resolver(() => ContactModel)
export class ContactResolver {
  @ResolveField(() => AccountModel, { description: 'The account they work at.' })
  async account(contact: ContactModel, _args: unknown, ctx: GraphqlContext): Promise<AccountModel> {
    const account = await ctx.loaders.account.load(contact.accountDbId);
    if (!account) throw new Error(`Account of contact ${contact.dbId} is missing`);
    return toAccountModel(account);
  }
}
