import { Args, ArgsType, Context, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { Connection, PageArgs } from '../common/graphql/connection';
import { GraphqlContext } from '../common/graphql/loaders';
import { RivalModel } from '../rivals/rival.model';
import { toRivalModel } from '../rivals/rival.mapper';
import { UserModel } from '../identity/user.model';
import { toCampaignModel, toTeamMemberModel } from './campaign.mapper';
import { toUserModel } from '../identity/user.mapper';
import { CampaignConnection, CampaignCountsModel, CampaignModel, TeamMemberModel } from './campaign.model';
import { CampaignsService } from './campaigns.service';

@ArgsType()
export class CampaignsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Also list archived campaigns (default false).' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean | null;
}

@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(private readonly campaignsService: CampaignsService) {}

  @Query(() => CampaignConnection, { description: 'The campaigns you work in (all of them for an admin), by name; archived ones only when asked for.' })
  async campaigns(@Args() page: CampaignsArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<CampaignModel>> {
    const connection = await this.campaignsService.list(actor, scope, page);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toCampaignModel(e.node) })) };
  }

  @ResolveField(() => RivalModel, { description: 'The rival whose customers it goes after.' })
  async rival(@Parent() campaign: CampaignModel, @Context() ctx: GraphqlContext): Promise<RivalModel> {
    const rival = await ctx.loaders.rival.load(campaign.rivalDbId);
    if (!rival) throw new Error(`Rival ${campaign.rivalDbId} of campaign ${campaign.dbId} is missing`);
    return toRivalModel(rival);
  }

  @ResolveField(() => [TeamMemberModel], { description: 'Its dedicated team: managers first, then reps, by name.' })
  async team(@Parent() campaign: CampaignModel, @Context() ctx: GraphqlContext): Promise<TeamMemberModel[]> {
    const members = await ctx.loaders.campaignMembers.load(campaign.dbId);
    return members.map(toTeamMemberModel);
  }

  @ResolveField(() => CampaignCountsModel, { description: 'How many accounts and deals it holds, by state.' })
  counts(@Parent() campaign: CampaignModel, @Context() ctx: GraphqlContext): Promise<CampaignCountsModel> {
    return ctx.loaders.campaignCounts.load(campaign.dbId);
  }
}

@Resolver(() => TeamMemberModel)
export class TeamMemberResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'The user.' })
  async user(@Parent() member: TeamMemberModel, @Context() ctx: GraphqlContext): Promise<UserModel | null> {
    const user = await ctx.loaders.user.load(member.userDbId);
    return user ? toUserModel(user) : null;
  }
}
