import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { UserModel } from '../identity/user.model';
import { toUserModel } from '../identity/user.mapper';
import { GraphqlContext } from '../common/graphql/loaders';
import { BulkAssignmentModel, BulkAssignmentPreviewModel, BulkAssignmentShareModel, StartBulkAssignmentPayload } from './bulk-assignment.model';
import { toBulkAssignmentModel, toShareModel } from './bulk-assignment.mapper';
import { BulkAssignmentService } from './bulk-assignment.service';
import { BulkAssignmentInput } from './dto/bulk-assignment.inputs';

@Resolver(() => BulkAssignmentModel)
export class BulkAssignmentResolver {
  constructor(private readonly assignments: BulkAssignmentService) {}

  @Query(() => BulkAssignmentPreviewModel, {
    description: 'How many accounts a hand-out would give to whom (managers of the campaign, admins): the same plan startBulkAssignment carries out if nothing changes meanwhile.',
  })
  async bulkAssignmentPreview(
    @Args('input', { description: 'The campaign, the filter, the reps and the strategy.' }) input: BulkAssignmentInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<BulkAssignmentPreviewModel> {
    const preview = await this.assignments.preview(actor, scope, input);
    return { total: preview.total, strategy: preview.strategy, shares: preview.shares.map(toShareModel) };
  }

  @Mutation(() => StartBulkAssignmentPayload, {
    description:
      'Hands a filtered list of a campaign’s accounts out to reps of its team, round_robin or by_load (managers, admins, write keys). The plan is frozen at once (no account matching: BAD_USER_INPUT; a rep outside the team: BAD_USER_INPUT), then carried out by a job in batches, each account audited, each rep notified once; follow it with bulkAssignment(id).',
  })
  async startBulkAssignment(
    @Args('input', { description: 'The campaign, the filter, the reps and the strategy.' }) input: BulkAssignmentInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<StartBulkAssignmentPayload> {
    return { bulkAssignment: toBulkAssignmentModel(await this.assignments.start(actor, scope, input)) };
  }

  @Query(() => BulkAssignmentModel, { nullable: true, description: 'A hand-out and its progress; null if it is not in your campaigns.' })
  async bulkAssignment(@Args('id', { type: () => ID, description: 'The hand-out’s id.' }) id: string, @CurrentScope() scope: AccessScope): Promise<BulkAssignmentModel | null> {
    const found = await this.assignments.get(scope, id);
    return found ? toBulkAssignmentModel(found) : null;
  }
}

@Resolver(() => BulkAssignmentShareModel)
export class BulkAssignmentShareResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'The rep.' })
  async rep(@Parent() share: BulkAssignmentShareModel, @Context() ctx: GraphqlContext): Promise<UserModel | null> {
    const user = await ctx.loaders.user.load(share.userDbId);
    return user ? toUserModel(user) : null;
  }
}
