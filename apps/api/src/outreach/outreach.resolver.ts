import { Injectable, OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId } from '../common/graphql/global-id';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import type { GraphqlContext } from '../common/graphql/loaders';
import { NodeRegistry } from '../common/graphql/node.resolver';
import type { Connection } from '../common/graphql/connection';
import { CampaignModel } from '../campaigns/campaign.model';
import { toCampaignModel } from '../campaigns/campaign.mapper';
import { CollectiveModel } from '../collectives/collective.model';
import { toCollectiveModel } from '../collectives/collectives.resolver';
import { CollectivesRepository } from '../collectives/collectives.repository';
import {
  CancelOutreachInput,
  OutreachConnection,
  OutreachesArgs,
  OutreachModel,
  OutreachPayload,
  OutreachProgressModel,
  QueueOutreachInput,
  QueueOutreachPayload,
  ReportEmailBouncesInput,
  ReportEmailBouncesPayload,
} from './outreach.model';
import { OutreachRecord, OutreachRepository } from './outreach.repository';
import { OutreachService } from './outreach.service';

export function toOutreachModel(o: OutreachRecord): OutreachModel & { __typename: 'Outreach' } {
  return {
    __typename: 'Outreach',
    id: toGlobalId('Outreach', o.id),
    dbId: o.id,
    campaignDbId: o.campaignId,
    collectiveDbId: o.collectiveId,
    language: o.language,
    subject: o.subject,
    body: o.body,
    status: o.status,
    filter: o.filter ? JSON.stringify(o.filter) : null,
    createdBy: o.actorLabel,
    createdAt: o.createdAt,
    finishedAt: o.finishedAt,
    version: o.version,
    recipients: o.recipients,
    skippedSuppressed: o.skippedSuppressed,
  } as OutreachModel & { __typename: 'Outreach' };
}

/** `node(id)` fetches an outreach of the caller's campaigns. */
@Injectable()
export class OutreachesById implements OnModuleInit {
  constructor(
    private readonly outreaches: OutreachRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Outreach', async (id, ctx) => {
      const found = (await this.outreaches.getByIds(ctx.scope, [id])).get(id);
      return found ? toOutreachModel(found) : null;
    });
  }
}

@Resolver(() => OutreachModel)
export class OutreachResolver {
  constructor(
    private readonly service: OutreachService,
    private readonly outreaches: OutreachRepository,
    private readonly collectives: CollectivesRepository,
  ) {}

  @Query(() => OutreachConnection, { name: 'outreaches', description: 'The outreaches of a campaign, newest first. NOT_FOUND for a campaign you are not in.' })
  async list(@Args() args: OutreachesArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<OutreachModel>> {
    const page = await this.service.list(actor, scope, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toOutreachModel(e.node) })) };
  }

  @Query(() => OutreachModel, { description: 'One outreach, with its progress. NOT_FOUND when it does not exist or is of a campaign you are not in.' })
  async outreach(@Args('id', { type: () => ID, description: 'The outreach’s id.' }) id: string, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<OutreachModel> {
    return toOutreachModel(await this.service.get(actor, scope, id));
  }

  @Mutation(() => QueueOutreachPayload, {
    description:
      'Mails a filtered list of a campaign’s accounts, or a collective’s members, from a template, once per contact (its managers, admins, write keys bound to it). With dryRun, only counts: recipients, suppressed addresses (skipped), unsourced contacts (listed), and with {{offerLink}} the accounts left out for want of a live personal offer. BAD_USER_INPUT naming the field for an unknown merge field (input.subject / input.body), a field with no value for some recipient (shutdownDate, switchCredit), contacts without a recorded source (input.filter / input.collectiveId, with the count), or no recipient; nothing is queued then. Audited.',
  })
  async queueOutreach(@Args('input', { description: 'The audience and the template.' }) input: QueueOutreachInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<QueueOutreachPayload> {
    const result = await this.service.queue(actor, scope, input);
    return {
      outreach: result.outreach ? toOutreachModel(result.outreach) : null,
      ...result.counts,
      unsourcedContacts: result.unsourcedContacts.map((c) => ({ id: toGlobalId('Contact', c.id), name: c.name, email: c.email, accountId: toGlobalId('Account', c.accountId), accountName: c.accountName })),
      mergeFields: result.mergeFields,
    };
  }

  @Mutation(() => OutreachPayload, { description: 'Stops an outreach: mails not handed to the mail server yet are not sent (same people as queueOutreach). CONFLICT when it already finished. Audited.' })
  async cancelOutreach(@Args('input', { description: 'The outreach.' }) input: CancelOutreachInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<OutreachPayload> {
    return { outreach: toOutreachModel(await this.service.cancel(actor, scope, input.id)) };
  }

  @Mutation(() => ReportEmailBouncesPayload, {
    description:
      'Reports addresses that bounce for good (an asynchronous bounce: the mail server’s report, a provider’s webhook): they join the suppression list every outreach honours, and their contacts are marked bounced. Admins and global write keys only. Audited.',
  })
  async reportEmailBounces(@Args('input', { description: 'The addresses.' }) input: ReportEmailBouncesInput, @CurrentActor() actor: Actor): Promise<ReportEmailBouncesPayload> {
    return this.service.reportBounces(actor, input);
  }

  @ResolveField(() => CampaignModel, { description: 'Its campaign.' })
  async campaign(@Parent() outreach: OutreachModel, @Context() ctx: GraphqlContext): Promise<CampaignModel> {
    const campaign = await ctx.loaders.campaign.load(outreach.campaignDbId);
    if (!campaign) throw new Error(`Campaign ${outreach.campaignDbId} of outreach ${outreach.dbId} is missing`);
    return toCampaignModel(campaign);
  }

  @ResolveField(() => CollectiveModel, { nullable: true, description: 'The collective it mails; null for a filtered list.' })
  async collective(@Parent() outreach: OutreachModel, @Context() ctx: GraphqlContext): Promise<CollectiveModel | null> {
    if (!outreach.collectiveDbId) return null;
    const found = (await this.collectives.getByIds(ctx.scope, [outreach.collectiveDbId])).get(outreach.collectiveDbId);
    return found ? toCollectiveModel(found) : null;
  }

  @ResolveField(() => OutreachProgressModel, { description: 'Its mails’ outcomes so far.' })
  async progress(@Parent() outreach: OutreachModel & { recipients?: number; skippedSuppressed?: number }): Promise<OutreachProgressModel> {
    const counts = (await this.outreaches.progress([outreach.dbId])).get(outreach.dbId);
    return {
      recipients: outreach.recipients ?? 0,
      skippedSuppressed: outreach.skippedSuppressed ?? 0,
      queued: counts?.queued ?? 0,
      sent: counts?.sent ?? 0,
      bounced: counts?.bounced ?? 0,
      failed: counts?.failed ?? 0,
      uncertain: counts?.uncertain ?? 0,
      suppressed: counts?.suppressed ?? 0,
      cancelled: counts?.cancelled ?? 0,
      unsubscribed: counts?.unsubscribed ?? 0,
      resentAfterInterruption: counts?.resent ?? 0,
      offerOpened: counts?.offerOpened ?? 0,
      offerAccepted: counts?.offerAccepted ?? 0,
    };
  }
}
