import { Injectable, OnModuleInit } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byId, listsById, LoadersFactory } from '../common/graphql/loaders';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
import type { ActivityEntity } from './opportunity.entity';
import { toActivityModel, toOpportunityModel } from './opportunity.mapper';
import { OpportunityRecord, PipelineRepository } from './pipeline.repository';
import { RECENT_ACTIVITIES } from './recent-activities';

declare module '../common/graphql/loaders' {
  interface Loaders {
    /** Every deal of an account: its open one first, then newest first (the first is its current deal). */
    opportunitiesByAccount: DataLoader<string, OpportunityRecord[]>;
    opportunity: DataLoader<string, OpportunityRecord | null>;
    recentActivitiesByAccount: DataLoader<string, ActivityEntity[]>;
  }
}

/** How the graph reaches deals and activities by id: the request's loaders and `node(id)`. */
@Injectable()
export class PipelineById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly nodes: NodeRegistry,
    private readonly pipeline: PipelineRepository,
  ) {}

  onModuleInit(): void {
    this.loaders.register('opportunitiesByAccount', (scope) => listsById((ids) => this.pipeline.byAccountIds(scope, ids)));
    this.loaders.register('opportunity', (scope) => byId((ids) => this.pipeline.getByIds(scope, ids)));
    this.loaders.register('recentActivitiesByAccount', (scope) =>
      listsById((ids) => this.pipeline.recentActivitiesByAccountIds(scope, ids, RECENT_ACTIVITIES)),
    );
    this.nodes.register('Opportunity', async (id, ctx) => {
      const deal = await ctx.loaders.opportunity.load(id);
      return deal ? toOpportunityModel(deal) : null;
    });
    this.nodes.register('Activity', lookupByIds((scope, ids) => this.pipeline.getActivitiesByIds(scope, ids), toActivityModel));
  }
}
