import { Args, Context, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import type { GraphqlContext } from '../common/graphql/loaders';
import { Connection } from '../common/graphql/connection';
import { AccountModel } from '../accounts/account.model';
import { toAccountModel } from '../accounts/account.mapper';
import { OpportunityModel } from '../pipeline/opportunity.model';
import { toOpportunityModel } from '../pipeline/opportunity.mapper';
import { requestLoader } from '../contracts/request-loaders';
import { MigrationRecord } from './migration.record';
import { MigrationConnection, MigrationModel, MigrationPlanModel } from './migration.model';
import { toMigrationModel, toMigrationPlanModel } from './migration.mapper';
import { MigrationsRepository } from './migrations.repository';
import { MigrationsService } from './migrations.service';
import { MigrationsArgs, SetMigrationCapacityInput, UpdateMigrationInput } from './dto/migration.inputs';

@ObjectType({ description: 'The migration as it now stands.' })
export class UpdateMigrationPayload {
  @Field(() => MigrationModel, { description: 'The migration after the change.' })
  migration!: MigrationModel;
}

@ObjectType({ description: 'The campaign’s new capacity and the plan it gives.' })
export class SetMigrationCapacityPayload {
  @Field(() => MigrationPlanModel, { description: 'The migration plan with the new capacity (its `campaign` has the new version).' })
  migrationPlan!: MigrationPlanModel;
}

@Resolver(() => MigrationModel)
export class MigrationsResolver {
  constructor(private readonly service: MigrationsService) {}

  @Query(() => MigrationPlanModel, {
    description: 'Whether migrations fit before the rival goes dark: the campaign’s migrations not yet done, laid into weeks within its weekly capacity.',
  })
  async migrationPlan(
    @Args('campaignId', { type: () => ID, description: 'The campaign.' }) campaignId: string,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<MigrationPlanModel> {
    return toMigrationPlanModel(await this.service.plan(actor, scope, campaignId));
  }

  @Query(() => MigrationConnection, { description: 'A campaign’s migrations, by target cutover (then id).' })
  async migrations(@Args() args: MigrationsArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<MigrationModel>> {
    const page = await this.service.list(actor, scope, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMigrationModel(e.node) })) };
  }

  @Mutation(() => UpdateMigrationPayload, { description: 'Reschedules a migration, changes its status or workload (a manager of its campaign, or an admin).' })
  async updateMigration(
    @Args('input', { description: 'The migration, the version you read, and what changes.' }) input: UpdateMigrationInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<UpdateMigrationPayload> {
    return { migration: toMigrationModel(await this.service.update(actor, scope, input)) };
  }

  @Mutation(() => SetMigrationCapacityPayload, {
    description: 'Sets how many workload units the campaign’s migration team cuts over in a week (a manager of the campaign, or an admin).',
  })
  async setMigrationCapacity(
    @Args('input', { description: 'The campaign, its version you read, and the capacity.' }) input: SetMigrationCapacityInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<SetMigrationCapacityPayload> {
    return { migrationPlan: toMigrationPlanModel(await this.service.setCapacity(actor, scope, input)) };
  }

  @ResolveField(() => AccountModel, { description: 'The customer being migrated.' })
  async account(@Parent() m: MigrationModel, @Context() ctx: GraphqlContext): Promise<AccountModel> {
    const account = await ctx.loaders.account.load(m.accountDbId);
    if (!account) throw new Error(`Account ${m.accountDbId} of migration ${m.dbId} is missing`);
    return toAccountModel(account);
  }

  @ResolveField(() => OpportunityModel, { description: 'The won deal it comes from.' })
  async opportunity(@Parent() m: MigrationModel, @Context() ctx: GraphqlContext): Promise<OpportunityModel> {
    const deal = await ctx.loaders.opportunity.load(m.opportunityDbId);
    if (!deal) throw new Error(`Deal ${m.opportunityDbId} of migration ${m.dbId} is missing`);
    return toOpportunityModel(deal);
  }
}

/** A deal's migration, on the Opportunity type. */
@Resolver(() => OpportunityModel)
export class OpportunityMigrationResolver {
  constructor(private readonly migrations: MigrationsRepository) {}

  @ResolveField(() => MigrationModel, { nullable: true, description: 'Its migration onto our network, once the deal is won.' })
  async migration(@Parent() deal: OpportunityModel, @Context() ctx: GraphqlContext): Promise<MigrationModel | null> {
    const found = await requestLoader<MigrationRecord | null>(ctx, 'migrationByOpportunity', (ids) => this.migrations.byOpportunityIds(ctx.scope, ids), null).load(
      deal.dbId,
    );
    return found ? toMigrationModel(found) : null;
  }
}
