import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byId, listsById, LoadersFactory } from '../common/graphql/loaders';
import { NodeRegistry } from '../common/graphql/node.resolver';
import type { UserEntity } from '../identity/user.entity';
import { toUserModel } from '../identity/user.mapper';
import type { CampaignEntity, CampaignMemberEntity } from './campaign.entity';
import { toCampaignModel } from './campaign.mapper';
import { CampaignCounts, CampaignsRepository, type CampaignRules } from './campaigns.repository';

declare module '../common/graphql/loaders' {
  interface Loaders {
    campaign: DataLoader<string, CampaignEntity | null>;
    campaignMembers: DataLoader<string, CampaignMemberEntity[]>;
    campaignCounts: DataLoader<string, CampaignCounts>;
    /** A campaign with its rival and its rival's shutdown scenarios, as the rules need them, and the rival's row. */
    campaignRules: DataLoader<string, CampaignRules | null>;
    /** Users the caller may see: those of its campaigns. */
    user: DataLoader<string, UserEntity | null>;
  }
}

/** How the graph reaches campaigns and their people by id: the request's loaders and `node(id)`. */
@Injectable()
export class CampaignsById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly nodes: NodeRegistry,
    private readonly campaigns: CampaignsRepository,
  ) {}

  onModuleInit(): void {
    this.loaders.register('campaign', (scope) => byId((ids) => this.campaigns.getByIds(scope, ids)));
    this.loaders.register('campaignMembers', (scope) => listsById((ids) => this.campaigns.membersByCampaignIds(scope, ids)));
    this.loaders.register(
      'campaignCounts',
      (scope, now) =>
        new DataLoader(async (ids) => {
          const found = await this.campaigns.countsByCampaignIds(scope, ids, now);
          return ids.map((id) => found.get(id) as CampaignCounts);
        }),
    );
    this.loaders.register('campaignRules', (scope) => byId((ids) => this.campaigns.rulesByIds(scope, ids)));
    this.loaders.register('user', (scope) => byId((ids) => this.campaigns.usersByIds(scope, ids)));
    this.nodes.register('Campaign', async (id, ctx) => {
      const campaign = await ctx.loaders.campaign.load(id);
      return campaign ? toCampaignModel(campaign) : null;
    });
    this.nodes.register('User', async (id, ctx) => {
      const user = await ctx.loaders.user.load(id);
      return user ? toUserModel(user) : null;
    });
  }
}
