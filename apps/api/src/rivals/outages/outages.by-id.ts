import { Injectable, OnModuleInit } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { listsById, LoadersFactory } from '../../common/graphql/loaders';
import { lookupByIds, NodeRegistry } from '../../common/graphql/node.resolver';
import type { OutageEntity } from './outage.entity';
import { toOutageModel } from './outage.mapper';
import { OutagesRepository } from './outages.repository';

declare module '../../common/graphql/loaders' {
  interface Loaders {
    recentOutages: DataLoader<string, OutageEntity[]>;
  }
}

const RECENT_OUTAGES = 200;

/** How the graph reaches outages: a rival's recent ones in one query for many rivals, and `node(id)`. */
@Injectable()
export class OutagesById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly nodes: NodeRegistry,
    private readonly outages: OutagesRepository,
  ) {}

  onModuleInit(): void {
    // The parent rival was already checked against the caller's scope.
    this.loaders.register('recentOutages', () => listsById((ids) => this.outages.recentByRivalIds(ids, RECENT_OUTAGES)));
    this.nodes.register('Outage', lookupByIds((scope, ids) => this.outages.getByIds(scope, ids), toOutageModel));
  }
}
