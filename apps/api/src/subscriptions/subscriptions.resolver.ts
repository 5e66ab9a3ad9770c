import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { canSeeCampaign, type AccessScope } from '../common/access/actor';
import { CurrentScope } from '../common/access/current-actor.decorator';
import { GraphQLError } from 'graphql';
import { LifeboatError, NotFoundError } from '../common/errors/lifeboat-error';
import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';
import type { GraphqlContext } from '../common/graphql/loaders';
import { ImportsService } from '../imports/imports.service';
import { BulkAssignmentService } from '../distribution/bulk-assignment.service';
import { BulkAssignmentProgressModel, DashboardRefreshModel, ImportProgressModel, OpportunityChangeModel } from './realtime.models';
import { BulkAssignmentProgressMessage, DashboardRefreshMessage, ImportProgressMessage, OpportunityChangedMessage, RealtimePubSub, TOPICS } from './realtime-pubsub';
import { callerStillValid } from './live-connections';

type Vars = { campaignId?: string; importId?: string; bulkAssignmentId?: string };

/**
 * Errors of a subscription reach the client through graphql-ws, which does not run the HTTP
 * error formatter: they carry their code (and fields) in `extensions` themselves.
 */
function wsError(error: unknown): unknown {
  if (!(error instanceof LifeboatError)) return error;
  return new GraphQLError(error.message, { extensions: { code: error.code, ...(error.fields.length > 0 ? { fields: error.fields } : {}) } });
}

/**
 * Every event is checked against the subscriber's scope as it is now: the connection's caller is
 * re-checked first (a sign-out, a deactivation or a removal from the team stops the deliveries).
 */
const visible = async (ctx: GraphqlContext, campaignId: string) => (await callerStillValid(ctx)) && canSeeCampaign(ctx.scope, campaignId);
const sameId = (globalId: string | undefined, type: 'Campaign' | 'AccountImport' | 'BulkAssignment', dbId: string) => globalId === toGlobalId(type, dbId);

@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly pubsub: RealtimePubSub,
    private readonly imports: ImportsService,
    private readonly bulkAssignments: BulkAssignmentService,
  ) {}

  @Subscription(() => OpportunityChangeModel, {
    description:
      'Deals of a campaign as they move or change: every change of a deal (stage, terms, owner), whoever makes it (over graphql-ws, authenticated with connectionParams.authorization).',
    filter: (m: OpportunityChangedMessage, vars: Vars, ctx: GraphqlContext) => sameId(vars.campaignId, 'Campaign', m.campaignId) && visible(ctx, m.campaignId),
    resolve: (m: OpportunityChangedMessage): OpportunityChangeModel => ({
      opportunityId: toGlobalId('Opportunity', m.opportunityId),
      accountId: m.accountId ? toGlobalId('Account', m.accountId) : null,
      campaignId: toGlobalId('Campaign', m.campaignId),
      stage: m.stage,
      previousStage: m.previousStage,
      event: m.event,
      at: new Date(m.at),
    }),
  })
  opportunityChanged(
    @Args('campaignId', { type: () => ID, description: 'The campaign to watch.' }) campaignId: string,
    @CurrentScope() scope: AccessScope,
  ): AsyncIterableIterator<OpportunityChangedMessage> {
    this.assertCampaign(scope, campaignId);
    return this.pubsub.iterator(TOPICS.opportunityChanged);
  }

  @Subscription(() => ImportProgressModel, {
    description: 'Progress of an import, after each committed chunk, until it completes or fails.',
    filter: (m: ImportProgressMessage, vars: Vars, ctx: GraphqlContext) => sameId(vars.importId, 'AccountImport', m.importId) && visible(ctx, m.campaignId),
    resolve: (m: ImportProgressMessage): ImportProgressModel => ({
      importId: toGlobalId('AccountImport', m.importId),
      status: m.status,
      rowsDone: m.rowsDone,
      totalRows: m.totalRows,
      at: new Date(m.at),
    }),
  })
  async importProgress(
    @Args('importId', { type: () => ID, description: 'The import to follow.' }) importId: string,
    @CurrentScope() scope: AccessScope,
  ): Promise<AsyncIterableIterator<ImportProgressMessage>> {
    // Subscribe first, so no progress committed meanwhile is missed.
    const iterator = this.pubsub.iterator<ImportProgressMessage>(TOPICS.importProgress);
    let found: unknown;
    try {
      found = await this.imports.get(scope, importId);
    } catch (error) {
      await iterator.return?.();
      throw wsError(error);
    }
    if (!found) {
      await iterator.return?.();
      throw wsError(new NotFoundError('The import'));
    }
    return iterator;
  }

  @Subscription(() => BulkAssignmentProgressModel, {
    description: 'Progress of a hand-out (startBulkAssignment), after each committed batch, until it completes.',
    filter: (m: BulkAssignmentProgressMessage, vars: Vars, ctx: GraphqlContext) =>
      sameId(vars.bulkAssignmentId, 'BulkAssignment', m.assignmentId) && visible(ctx, m.campaignId),
    resolve: (m: BulkAssignmentProgressMessage): BulkAssignmentProgressModel => ({
      bulkAssignmentId: toGlobalId('BulkAssignment', m.assignmentId),
      status: m.status,
      done: m.done,
      total: m.total,
      at: new Date(m.at),
    }),
  })
  async bulkAssignmentProgress(
    @Args('bulkAssignmentId', { type: () => ID, description: 'The hand-out to follow.' }) bulkAssignmentId: string,
    @CurrentScope() scope: AccessScope,
  ): Promise<AsyncIterableIterator<BulkAssignmentProgressMessage>> {
    // Subscribe first, so no progress committed meanwhile is missed.
    const iterator = this.pubsub.iterator<BulkAssignmentProgressMessage>(TOPICS.bulkAssignmentProgress);
    let found: unknown;
    try {
      found = await this.bulkAssignments.get(scope, bulkAssignmentId);
    } catch (error) {
      await iterator.return?.();
      throw wsError(error);
    }
    if (!found) {
      await iterator.return?.();
      throw wsError(new NotFoundError('The hand-out'));
    }
    return iterator;
  }

  @Subscription(() => DashboardRefreshModel, {
    description: 'A tick each time something changes in the campaign (deals, imports, the rival’s distress events): refetch the dashboard.',
    filter: (m: DashboardRefreshMessage, vars: Vars, ctx: GraphqlContext) => sameId(vars.campaignId, 'Campaign', m.campaignId) && visible(ctx, m.campaignId),
    resolve: (m: DashboardRefreshMessage): DashboardRefreshModel => ({ campaignId: toGlobalId('Campaign', m.campaignId), reason: m.reason, at: new Date(m.at) }),
  })
  dashboardRefresh(
    @Args('campaignId', { type: () => ID, description: 'The campaign to watch.' }) campaignId: string,
    @CurrentScope() scope: AccessScope,
  ): AsyncIterableIterator<DashboardRefreshMessage> {
    this.assertCampaign(scope, campaignId);
    return this.pubsub.iterator(TOPICS.dashboardRefresh);
  }

  private assertCampaign(scope: AccessScope, globalId: string): void {
    try {
      if (!canSeeCampaign(scope, expectGlobalId(globalId, 'Campaign', 'campaignId'))) throw new NotFoundError('The campaign');
    } catch (error) {
      throw wsError(error);
    }
  }
}
