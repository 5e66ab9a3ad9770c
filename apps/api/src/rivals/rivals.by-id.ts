import { Injectable, OnModuleInit } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byId, listsById, LoadersFactory } from '../common/graphql/loaders';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
import type { DistressEventEntity } from './distress-event.entity';
import type { RivalEntity } from './rival.entity';
import { toDistressEventModel, toRivalModel } from './rival.mapper';
import { RivalsRepository } from './rivals.repository';

declare module '../common/graphql/loaders' {
  interface Loaders {
    rival: DataLoader<string, RivalEntity | null>;
    recentDistressEvents: DataLoader<string, DistressEventEntity[]>;
  }
}

const RECENT_EVENTS = 50;

/** How the graph reaches rivals and distress events by id: the request's loaders and `node(id)`. */
@Injectable()
export class RivalsById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly nodes: NodeRegistry,
    private readonly rivals: RivalsRepository,
  ) {}

  onModuleInit(): void {
    this.loaders.register('rival', (scope) => byId((ids) => this.rivals.getByIds(scope, ids)));
    this.loaders.register('recentDistressEvents', () => listsById((ids) => this.rivals.recentEventsByRivalIds(ids, RECENT_EVENTS)));
    this.nodes.register('Rival', lookupByIds((scope, ids) => this.rivals.getByIds(scope, ids), toRivalModel));
    this.nodes.register('DistressEvent', lookupByIds((scope, ids) => this.rivals.getEventsByIds(scope, ids), toDistressEventModel));
  }
}
