import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MONTHS_OF_AVAILABILITY } from '@lifeboat/domain';
import type { AccessScope, Actor } from '../../common/access/actor';
import { CurrentActor, CurrentScope } from '../../common/access/current-actor.decorator';
import { expectGlobalId, toGlobalId } from '../../common/graphql/global-id';
import { GraphqlContext } from '../../common/graphql/loaders';
import { AccountModel } from '../../accounts/account.model';
import { CampaignModel } from '../../campaigns/campaign.model';
import { toCampaignModel } from '../../campaigns/campaign.mapper';
import { toRivalModel } from '../rival.mapper';
import { RivalModel } from '../rival.model';
import { RecordOutageInput, RemoveOutageInput, UpdateOutageInput } from './dto/outage.inputs';
import { toOutageModel } from './outage.mapper';
import { AvailabilityModel, OutageEvidenceModel, OutageModel, RecordOutagePayload, RemoveOutagePayload, UpdateOutagePayload } from './outage.model';
import { OutagesService, type Availability } from './outages.service';

@ArgsType()
export class AvailabilityArgs {
  @Field(() => Int, { defaultValue: 12, description: `How many calendar months, ending with the current one (1 to ${MONTHS_OF_AVAILABILITY}).` })
  @IsInt()
  @Min(1, { message: 'months must be at least 1' })
  @Max(MONTHS_OF_AVAILABILITY, { message: `months must be at most ${MONTHS_OF_AVAILABILITY}` })
  months!: number;

  @Field(() => ID, { nullable: true, description: 'The campaign whose time zone and weights to use; by default your first campaign against the rival.' })
  @IsOptional()
  @IsString()
  campaignId?: string | null;
}

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { defaultValue: 6, description: `How many calendar months, ending with the current one (1 to ${MONTHS_OF_AVAILABILITY}).` })
  @IsInt()
  @Min(1, { message: 'months must be at least 1' })
  @Max(MONTHS_OF_AVAILABILITY, { message: `months must be at most ${MONTHS_OF_AVAILABILITY}` })
  months!: number;
}

export const toAvailabilityModel = (a: Availability): AvailabilityModel => ({ ...a, campaignDbId: a.campaignId });

/** Outages of rivals: record, change, remove; the rival's list and availability; an account's evidence. */
@Resolver(() => RivalModel)
export class RivalOutagesResolver {
  constructor(private readonly service: OutagesService) {}

  @Mutation(() => RecordOutagePayload, {
    description:
      'Records an outage of a rival (managers of a campaign against it, admins, write keys of such a campaign). Checked: an end after the start, neither in the future (5 minutes of tolerance), at least one known service. With an `externalId` already recorded for the rival, that outage is updated instead (`created: false`). The urgency of the rival’s accounts is recomputed right after (repeated outages are a factor).',
  })
  async recordOutage(
    @Args('input', { description: 'The outage and its rival.' }) input: RecordOutageInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<RecordOutagePayload> {
    const rivalId = expectGlobalId(input.rivalId, 'Rival', 'input.rivalId');
    const { outage, created, rival } = await this.service.recordOutage(
      actor,
      scope,
      rivalId,
      { startedAt: input.startedAt, endedAt: input.endedAt ?? null, impact: input.impact, services: input.services, summary: input.summary, sourceUrl: input.sourceUrl ?? null },
      { externalId: input.externalId ?? null },
    );
    return { outage: toOutageModel(outage), created, rival: toRivalModel(rival) };
  }

  @Mutation(() => UpdateOutagePayload, { description: 'Changes an outage (e.g. sets its end once it is over): the same access and checks as recordOutage.' })
  async updateOutage(
    @Args('input', { description: 'The outage, the version you read and what changes.' }) input: UpdateOutageInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<UpdateOutagePayload> {
    const id = expectGlobalId(input.outageId, 'Outage', 'input.outageId');
    const { expectedVersion, ...rest } = input;
    const patch = {
      ...(rest.startedAt != null ? { startedAt: rest.startedAt } : {}),
      ...(rest.endedAt !== undefined ? { endedAt: rest.endedAt } : {}),
      ...(rest.impact != null ? { impact: rest.impact } : {}),
      ...(rest.services != null ? { services: rest.services } : {}),
      ...(rest.summary != null ? { summary: rest.summary } : {}),
      ...(rest.sourceUrl !== undefined ? { sourceUrl: rest.sourceUrl } : {}),
    };
    return { outage: toOutageModel(await this.service.updateOutage(actor, scope, id, expectedVersion, patch)) };
  }

  @Mutation(() => RemoveOutagePayload, { description: 'Removes an outage recorded by mistake: the same access as recordOutage.' })
  async removeOutage(
    @Args('input', { description: 'The outage and the version you read.' }) input: RemoveOutageInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<RemoveOutagePayload> {
    const id = expectGlobalId(input.outageId, 'Outage', 'input.outageId');
    const rival = await this.service.removeOutage(actor, scope, id, input.expectedVersion);
    return { removedOutageId: toGlobalId('Outage', id), rival: toRivalModel(rival) };
  }

  @ResolveField(() => [OutageModel], { description: 'Its most recent outages (up to 200), newest first by start.' })
  async outages(@Parent() rival: RivalModel, @Context() ctx: GraphqlContext): Promise<OutageModel[]> {
    return (await ctx.loaders.recentOutages.load(rival.dbId)).map(toOutageModel);
  }

  @ResolveField(() => AvailabilityModel, { description: 'Its availability per calendar month against the availability its SLA claims (see `Availability` for the rules).' })
  async availability(@Parent() rival: RivalModel, @Args() args: AvailabilityArgs, @Context() ctx: GraphqlContext): Promise<AvailabilityModel> {
    const campaignId = args.campaignId ? expectGlobalId(args.campaignId, 'Campaign', 'campaignId') : null;
    const entity = await ctx.loaders.rival.load(rival.dbId);
    if (!entity) throw new Error(`Rival ${rival.dbId} is missing`);
    return toAvailabilityModel(await this.service.availability(ctx.scope, entity, args.months, campaignId));
  }
}

@Resolver(() => AvailabilityModel)
export class AvailabilityResolver {
  @ResolveField(() => CampaignModel, { nullable: true, description: 'The campaign whose time zone and weights the figures use; null when you see none against the rival (the defaults apply).' })
  async campaign(@Parent() availability: AvailabilityModel, @Context() ctx: GraphqlContext): Promise<CampaignModel | null> {
    if (!availability.campaignDbId) return null;
    const campaign = await ctx.loaders.campaign.load(availability.campaignDbId);
    return campaign ? toCampaignModel(campaign) : null;
  }
}

@Resolver(() => OutageModel)
export class OutageResolver {
  @ResolveField(() => RivalModel, { description: 'The rival whose service was down.' })
  async rival(@Parent() outage: OutageModel, @Context() ctx: GraphqlContext): Promise<RivalModel> {
    const rival = await ctx.loaders.rival.load(outage.rivalDbId);
    if (!rival) throw new Error(`Rival ${outage.rivalDbId} of outage ${outage.dbId} is missing`);
    return toRivalModel(rival);
  }
}

@Resolver(() => AccountModel)
export class AccountOutageEvidenceResolver {
  constructor(private readonly outages: OutagesService) {}

  @ResolveField(() => OutageEvidenceModel, {
    nullable: true,
    description: 'The evidence sheet: the outages of its rival that touched a service it buys, and the availability per month they leave against the claimed SLA.',
  })
  async outageEvidence(@Parent() account: AccountModel, @Args() args: EvidenceArgs, @Context() ctx: GraphqlContext): Promise<OutageEvidenceModel | null> {
    const evidence = await this.outages.evidence(ctx.scope, { id: account.dbId, campaignId: account.campaignDbId }, args.months);
    if (!evidence) return null;
    return { services: evidence.services, outages: evidence.outages.map(toOutageModel), availability: toAvailabilityModel(evidence.availability) };
  }
}
