import DataLoader from 'dataloader';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { listsById, LoadersFactory, type GraphqlContext } from '../common/graphql/loaders';
import { toGlobalId } from '../common/graphql/global-id';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
import { money } from '../common/graphql/money';
import { MigrationPlanModel } from '../migrations/migration.model';
import { toRivalModel } from './rival.mapper';
import { RivalModel } from './rival.model';
import {
  AddShutdownScenarioInput,
  RemoveShutdownScenarioInput,
  ShutdownScenarioImpactModel,
  ShutdownScenarioModel,
  ShutdownScenarioPayload,
  UpdateShutdownScenarioInput,
} from './shutdown-scenario.model';
import { ShutdownScenarioRecord, ShutdownScenariosRepository } from './shutdown-scenarios.repository';
import { ScenarioChange, ShutdownScenariosService } from './shutdown-scenarios.service';

declare module '../common/graphql/loaders' {
  interface Loaders {
    shutdownScenarios: DataLoader<string, ShutdownScenarioRecord[]>;
  }
}

export function toShutdownScenarioModel(s: ShutdownScenarioRecord): ShutdownScenarioModel & { __typename: 'ShutdownScenario' } {
  return {
    __typename: 'ShutdownScenario',
    id: toGlobalId('ShutdownScenario', s.id),
    dbId: s.id,
    rivalDbId: s.rivalId,
    label: s.label,
    goesDarkAt: s.goesDarkAt,
    probabilityPercent: s.probabilityPercent,
    credible: s.credible,
    governing: s.governing,
    sourceUrl: s.sourceUrl,
    sourceNote: s.sourceNote,
    version: s.version,
  };
}

const toPayload = (change: ScenarioChange): ShutdownScenarioPayload => ({
  shutdownScenario: change.scenario ? toShutdownScenarioModel(change.scenario) : null,
  rival: toRivalModel(change.rival),
});

/** How the graph reaches shutdown scenarios: the request's loader (a rival's scenarios) and `node(id)`. */
@Injectable()
export class ShutdownScenariosById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly nodes: NodeRegistry,
    private readonly scenarios: ShutdownScenariosRepository,
  ) {}

  onModuleInit(): void {
    // Reached through a rival the caller already sees (Rival.shutdownScenarios).
    this.loaders.register('shutdownScenarios', () => listsById((ids) => this.scenarios.byRivalIds(ids)));
    this.nodes.register('ShutdownScenario', lookupByIds((scope, ids) => this.scenarios.getByIds(scope, ids), toShutdownScenarioModel));
  }
}

@Resolver(() => ShutdownScenarioModel)
export class ShutdownScenariosResolver {
  constructor(private readonly service: ShutdownScenariosService) {}

  @Mutation(() => ShutdownScenarioPayload, {
    description:
      'Adds a shutdown scenario to a rival (a manager of a campaign against it, or an admin). Refused with BAD_USER_INPUT naming the field for a blank label, a date not in the future, a probability outside 0–100, or the rival’s probabilities adding up above 100. Audited; when the governing scenario’s date differs from the rival’s shutdownExpectedAt, that follows it and its campaigns’ urgency and deadlines are recomputed.',
  })
  async addShutdownScenario(
    @Args('input', { description: 'The scenario and its rival.' }) input: AddShutdownScenarioInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ShutdownScenarioPayload> {
    return toPayload(await this.service.add(actor, scope, input));
  }

  @Mutation(() => ShutdownScenarioPayload, {
    description:
      'Changes a shutdown scenario (same people and rules as addShutdownScenario; a new date must be in the future; a stale expectedVersion is CONFLICT). Audited with before and after; the rival’s shutdown date follows the governing scenario.',
  })
  async updateShutdownScenario(
    @Args('input', { description: 'The scenario, the version you read, and what changes.' }) input: UpdateShutdownScenarioInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ShutdownScenarioPayload> {
    return toPayload(await this.service.update(actor, scope, input));
  }

  @Mutation(() => ShutdownScenarioPayload, {
    description:
      'Removes a shutdown scenario (same people as addShutdownScenario). Audited; the rival’s shutdown date follows the scenario that governs next, or stays as it is when no credible scenario remains.',
  })
  async removeShutdownScenario(
    @Args('input', { description: 'The scenario and the version you read.' }) input: RemoveShutdownScenarioInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ShutdownScenarioPayload> {
    return toPayload(await this.service.remove(actor, scope, input));
  }

  @ResolveField(() => RivalModel, { description: 'The rival it is a scenario of.' })
  async rival(@Parent() scenario: ShutdownScenarioModel, @Context() ctx: GraphqlContext): Promise<RivalModel> {
    const rival = await ctx.loaders.rival.load(scenario.rivalDbId);
    if (!rival) throw new Error(`Rival ${scenario.rivalDbId} of scenario ${scenario.dbId} is missing`);
    return toRivalModel(rival);
  }
}

@Resolver(() => RivalModel)
export class RivalScenariosResolver {
  @ResolveField(() => [ShutdownScenarioModel], {
    description: 'Its shutdown scenarios, by date. The earliest credible one (probability at least 20 %) governs its shutdownExpectedAt.',
  })
  async shutdownScenarios(@Parent() rival: RivalModel, @Context() ctx: GraphqlContext): Promise<ShutdownScenarioModel[]> {
    return (await ctx.loaders.shutdownScenarios.load(rival.dbId)).map(toShutdownScenarioModel);
  }
}

@Resolver(() => MigrationPlanModel)
export class ScenarioImpactsResolver {
  constructor(private readonly service: ShutdownScenariosService) {}

  @ResolveField(() => [ShutdownScenarioImpactModel], {
    description:
      'What goes dark in each shutdown scenario of the rival, by date, for this campaign: customers not cut over by its date (from this plan), their monthly spend, deals still open; and for scenarios later than the governing one, what the delay would save. Empty when the rival has no scenarios.',
  })
  async shutdownScenarios(@Parent() plan: MigrationPlanModel, @Context() ctx: GraphqlContext): Promise<ShutdownScenarioImpactModel[]> {
    const placements = plan.placements.map((p) => ({ id: p.migration.dbId, plannedCutoverAt: p.plannedCutoverAt }));
    const { currency, impacts } = await this.service.impacts(ctx.scope, plan.campaignDbId, placements);
    return impacts.map((i) => ({
      scenario: toShutdownScenarioModel(i.scenario),
      accountsGoingDark: i.accountsGoingDark,
      monthlySpendGoingDark: money(i.monthlySpendGoingDark, currency),
      migrationsTooLate: i.migrationsTooLate,
      openDeals: i.openDeals,
      outOfTime: i.outOfTime,
      savedByDelay: i.savedByDelay ? { accounts: i.savedByDelay.accounts, monthlySpend: money(i.savedByDelay.monthlySpend, currency) } : null,
    }));
  }
}
