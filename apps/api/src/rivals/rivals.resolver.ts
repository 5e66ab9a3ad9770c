import DataLoader from 'dataloader';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, PageArgs } from '../common/graphql/connection';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { GraphqlContext } from '../common/graphql/loaders';
import { RecordDistressEventInput } from './dto/record-distress-event.input';
import { RecordDistressEventPayload } from './dto/record-distress-event.payload';
import { toDistressEventModel, toRivalModel } from './rival.mapper';
import { DistressEventImpactModel, DistressEventModel, RivalConnection, RivalModel } from './rival.model';
import { RivalsRepository } from './rivals.repository';
import { RivalsService } from './rivals.service';

@Resolver(() => RivalModel)
export class RivalsResolver {
  constructor(private readonly rivalsService: RivalsService) {}

  @Query(() => RivalConnection, { description: 'The failing competitors Lifeboat tracks, by name.' })
  async rivals(@Args() page: PageArgs, @CurrentScope() scope: AccessScope): Promise<Connection<RivalModel>> {
    const connection = await this.rivalsService.list(scope, page);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toRivalModel(e.node) })) };
  }

  @Mutation(() => RecordDistressEventPayload, {
    description:
      'Records something that happened to a rival. Its health and expected shutdown change by the domain rules, and the urgency of its accounts and the deadlines of their open deals are recomputed by a job right after: `distressEvent.impact` says how many changed once it has run (poll it).',
  })
  async recordDistressEvent(
    @Args('input', { description: 'The event and the rival it happened to.' }) input: RecordDistressEventInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<RecordDistressEventPayload> {
    const { event, rival } = await this.rivalsService.recordDistressEvent(actor, scope, input);
    return { distressEvent: toDistressEventModel(event), rival: toRivalModel(rival) };
  }

  @ResolveField(() => [DistressEventModel], { description: 'Its most recent distress events (up to 50), newest first.' })
  async distressEvents(@Parent() rival: RivalModel, @Context() ctx: GraphqlContext): Promise<DistressEventModel[]> {
    const events = await ctx.loaders.recentDistressEvents.load(rival.dbId);
    return events.map(toDistressEventModel);
  }
}

type Impacts = DataLoader<string, DistressEventImpactModel>;
/** One loader per request (keyed by its context), bound to the caller's scope: the impacts of many events in one statement. */
const impactLoaders = new WeakMap<object, Impacts>();

@Resolver(() => DistressEventModel)
export class DistressEventResolver {
  constructor(private readonly rivals: RivalsRepository) {}

  @ResolveField(() => DistressEventImpactModel, {
    description:
      'What the event changed, in the campaigns against the rival that you can see: how many accounts’ urgency and open deals’ deadlines changed. Computed by a job right after the event is recorded: poll until `status` is `done`.',
  })
  async impact(@Parent() event: DistressEventModel, @Context() ctx: GraphqlContext): Promise<DistressEventImpactModel> {
    let loader = impactLoaders.get(ctx);
    if (!loader) {
      const scope = ctx.scope;
      loader = new DataLoader<string, DistressEventImpactModel>(async (ids) => {
        const found = await this.rivals.impactsByEventIds(scope, ids);
        return ids.map(
          (id) => found.get(id) ?? { status: 'unknown' as const, computedAt: null, accountsRecomputed: 0, urgencyChanged: 0, deadlinesChanged: 0 },
        );
      });
      impactLoaders.set(ctx, loader);
    }
    return loader.load(event.dbId);
  }

  @ResolveField(() => RivalModel, { description: 'The rival it happened to.' })
  async rival(@Parent() event: DistressEventModel, @Context() ctx: GraphqlContext): Promise<RivalModel> {
    const rival = await ctx.loaders.rival.load(event.rivalDbId);
    if (!rival) throw new Error(`Rival ${event.rivalDbId} of event ${event.dbId} is missing`);
    return toRivalModel(rival);
  }
}
