import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { UserModel } from '../identity/user.model';
import { Connection, PageArgs } from '../common/graphql/connection';
import { GraphqlContext } from '../common/graphql/loaders';
import { AccountModel } from '../accounts/account.model';
import { toAccountModel } from '../accounts/account.mapper';
import { CampaignModel } from '../campaigns/campaign.model';
import { toCampaignModel } from '../campaigns/campaign.mapper';
import { toUserModel } from '../identity/user.mapper';
import { toActivityModel, toOpportunityModel } from './opportunity.mapper';
import { ActivityModel, OpportunityConnection, OpportunityModel, QueueItemConnection, QueueItemModel, QueuePriorityModel } from './opportunity.model';
import { PipelineService } from './pipeline.service';
import type { QueuePriorityResult, QueueSubject } from '@lifeboat/domain';
import { UrgencyService } from '../urgency/urgency.service';
import { money } from '../common/graphql/money';
import { toGlobalId } from '../common/graphql/global-id';
import { queueReasonInEnglish } from './queue-reason-english';
import { OpportunitiesArgs } from './dto/opportunities.args';
import { LogActivityInput, MoveOpportunityInput, UpdateOpportunityInput } from './dto/pipeline.inputs';
import { LogActivityPayload, MoveOpportunityPayload, UpdateOpportunityPayload } from './dto/pipeline.payloads';

async function accountOf(ctx: GraphqlContext, accountDbId: string, of: string): Promise<AccountModel> {
  const account = await ctx.loaders.account.load(accountDbId);
  if (!account) throw new Error(`Account of ${of} is missing`);
  return toAccountModel(account);
}

@Resolver(() => OpportunityModel)
export class OpportunitiesResolver {
  constructor(private readonly pipelineService: PipelineService) {}

  @Query(() => OpportunityConnection, { description: 'Deals of your campaigns, filtered and ordered (soonest due first by default).' })
  async opportunities(@Args() args: OpportunitiesArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<OpportunityModel>> {
    const connection = await this.pipelineService.list(actor, scope, args);
    const now = new Date();
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toOpportunityModel(e.node, now) })) };
  }

  @Query(() => QueueItemConnection, {
    description:
      'What to do next: your open deals and the claimable accounts of your campaigns, by queue priority (highest first: what working it today rather than tomorrow is worth; see `QueueItem.priority`).',
  })
  async myQueue(@Args() page: PageArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<QueueItemConnection> {
    const connection = await this.pipelineService.queue(actor, scope, page);
    const now = new Date();
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node }) => {
        const account = toAccountModel(node.account);
        return {
        cursor,
        node: {
          priorityInputs: {
            campaignId: node.account.campaignId,
            monthlySpend: node.account.monthlySpend,
            segment: node.account.segment,
            stage: node.opportunity?.stage ?? null,
            dueAt: node.opportunity?.dueAt ?? null,
          },
          reason: node.reason,
          reasonText: queueReasonInEnglish(node, now),
          account,
          opportunity: node.opportunity ? toOpportunityModel(node.opportunity, now) : null,
          dueAt: node.opportunity?.dueAt ?? null,
          urgency: node.account.urgency,
          // The account's own, mapped once (the same models as Account.urgencyFactors).
          urgencyFactors: account.urgencyFactors,
        },
        };
      }),
    };
  }

  @Mutation(() => MoveOpportunityPayload, {
    description: 'Moves a deal to another stage by the pipeline rules (lost needs a reason; reopening a lost deal is for managers).',
  })
  async moveOpportunity(
    @Args('input', { description: 'The deal, the stage and the version you read.' }) input: MoveOpportunityInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<MoveOpportunityPayload> {
    const { opportunity, activity } = await this.pipelineService.move(actor, scope, input);
    return { opportunity: toOpportunityModel(opportunity), activity: toActivityModel(activity) };
  }

  @Mutation(() => UpdateOpportunityPayload, { description: 'Changes a deal’s values, term, probability, expected close or note.' })
  async updateOpportunity(
    @Args('input', { description: 'The changes and the version you read.' }) input: UpdateOpportunityInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<UpdateOpportunityPayload> {
    return { opportunity: toOpportunityModel(await this.pipelineService.update(actor, scope, input)) };
  }

  @Mutation(() => LogActivityPayload, {
    description: 'Logs a call, email, meeting or note about an account, with how it went and the next step; with moveTo, moves its open deal in the same transaction (nothing is written if the move is refused).',
  })
  async logActivity(
    @Args('input', { description: 'The activity.' }) input: LogActivityInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<LogActivityPayload> {
    const { activity, account, opportunity, stageChange } = await this.pipelineService.logActivity(actor, scope, input);
    return {
      activity: toActivityModel(activity),
      account: toAccountModel(account),
      opportunity: opportunity ? toOpportunityModel(opportunity) : null,
      stageChange: stageChange ? toActivityModel(stageChange) : null,
    };
  }

  @ResolveField(() => AccountModel, { description: 'The account the deal is for.' })
  account(deal: OpportunityModel, _args: unknown, ctx: GraphqlContext): Promise<AccountModel> {
    return accountOf(ctx, deal.accountDbId, `opportunity ${deal.dbId}`);
  }

  @ResolveField(() => CampaignModel, { description: 'The campaign it belongs to.' })
  async campaign(deal: OpportunityModel, _args: unknown, ctx: GraphqlContext): Promise<CampaignModel> {
    const campaign = await ctx.loaders.campaign.load(deal.campaignDbId);
    if (!campaign) throw new Error(`Campaign of opportunity ${deal.dbId} is missing`);
    return toCampaignModel(campaign);
  }
}

@Resolver(() => QueueItemModel)
export class QueueItemResolver {
  /** Per request and campaign, one explainer: a page's entries share its chances per segment and stage, and its moment. */
  private readonly explainers = new WeakMap<GraphqlContext, Map<string, (subject: QueueSubject) => QueuePriorityResult>>();

  constructor(private readonly urgency: UrgencyService) {}

  @ResolveField(() => QueuePriorityModel, { description: 'Why it is where it is in your queue: the priority and the deadlines it comes from, as of now.' })
  async priority(item: QueueItemModel, _args: unknown, ctx: GraphqlContext): Promise<QueuePriorityModel> {
    const { campaignId, ...subject } = item.priorityInputs;
    const rules = await ctx.loaders.campaignRules.load(campaignId);
    if (!rules) throw new Error(`Campaign of a queue entry is missing: ${campaignId}`);
    const currency = rules.campaign.currency.trim();
    let byCampaign = this.explainers.get(ctx);
    if (!byCampaign) this.explainers.set(ctx, (byCampaign = new Map()));
    let explain = byCampaign.get(campaignId);
    if (!explain) byCampaign.set(campaignId, (explain = this.urgency.queuePriorityExplainer(rules, new Date())));
    const result = explain(subject);
    const factor = (key: string) => result.factors.find((f) => f.key === key);
    const waiting = factor('waiting_cost');
    const inTime = factor('expected_in_time');
    return {
      value: money(result.score, currency),
      waitingCost: money(waiting?.points ?? 0, currency),
      expectedInTime: money(inTime?.params.expectedMonthlySpend ?? 0, currency),
      inTimePercent: inTime?.params.inTimePercent ?? 0,
      overdueBonus: money(factor('overdue')?.points ?? 0, currency),
      deadlines: (waiting?.params.scenarios ?? []).map((s) => ({
        // The rival's own date stands in when no scenario is ahead ('expected').
        scenarioId: rules.rival.scenarios.some((x) => x.id === s.scenarioId) ? toGlobalId('ShutdownScenario', s.scenarioId) : null,
        goesDarkAt: s.goesDarkAt,
        weightPercent: s.weightPercent,
        migrationLeadDays: s.migrationLeadDays,
        signBy: s.signBy,
        daysToSign: s.daysToSign,
        nowPercent: s.nowPercent,
        laterPercent: s.laterPercent,
      })),
    };
  }
}

@Resolver(() => ActivityModel)
export class ActivityResolver {
  @ResolveField(() => AccountModel, { description: 'The account it is about.' })
  account(activity: ActivityModel, _args: unknown, ctx: GraphqlContext): Promise<AccountModel> {
    return accountOf(ctx, activity.accountDbId, `activity ${activity.dbId}`);
  }

  @ResolveField(() => OpportunityModel, { nullable: true, description: 'The deal it belongs to, if any.' })
  async opportunity(activity: ActivityModel, _args: unknown, ctx: GraphqlContext): Promise<OpportunityModel | null> {
    if (!activity.opportunityDbId) return null;
    const deal = await ctx.loaders.opportunity.load(activity.opportunityDbId);
    return deal ? toOpportunityModel(deal) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The user who logged it (null for API keys and Lifeboat).' })
  async author(activity: ActivityModel, _args: unknown, ctx: GraphqlContext): Promise<UserModel | null> {
    if (!activity.authorDbId) return null;
    const user = await ctx.loaders.user.load(activity.authorDbId);
    return user ? toUserModel(user) : null;
  }
}
