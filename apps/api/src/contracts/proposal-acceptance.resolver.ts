import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphqlContext } from '../common/graphql/loaders';
import { Public } from '../common/access/auth.guard';
import { clientIp } from '../identity/request-context.factory';
import { BadInputError } from '../common/errors/lifeboat-error';
import { ProposalOfferModel } from './proposal.model';
import { toProposalOfferModel } from './proposal.mapper';
import { Offer, ProposalAcceptanceService } from './proposal-acceptance.service';
import { AcceptProposalInput } from './dto/proposal.inputs';
import { AcceptProposalPayload } from './dto/proposal.payloads';
import { FULL_ACCESS } from '../common/access/actor';
import { OutagesService } from '../rivals/outages/outages.service';
import { OfferOutageEvidenceModel } from './offer-evidence.model';

/** Months of outage evidence shown with an offer (as on the rep's evidence sheet). */
export const OFFER_EVIDENCE_MONTHS = 6;

const toOffer = (o: Offer) => toProposalOfferModel(o.proposal, o.lines, o.customerName, o.timeZone);

/** The customer's acceptance page speaks to these two operations, without signing in. */
@Resolver(() => ProposalOfferModel)
export class ProposalAcceptanceResolver {
  constructor(
    private readonly acceptance: ProposalAcceptanceService,
    private readonly outages: OutagesService,
  ) {}

  @ResolveField(() => OfferOutageEvidenceModel, {
    nullable: true,
    description: 'The outage evidence the rep attached to the offer (Proposal.attachOutageEvidence); null when none was attached.',
  })
  async outageEvidence(@Parent() offer: ProposalOfferModel): Promise<OfferOutageEvidenceModel | null> {
    if (!offer.attachOutageEvidence) return null;
    // The link is the customer's right to read the offer, and with it the evidence about their own services.
    const evidence = await this.outages.evidence(FULL_ACCESS, { id: offer.accountDbId, campaignId: offer.campaignDbId }, OFFER_EVIDENCE_MONTHS);
    if (!evidence) return null;
    const { rival, services, outages, availability } = evidence;
    return {
      providerName: rival.name,
      services,
      claimedAvailabilityPercent: availability.claimedAvailabilityPercent,
      timeZone: availability.timeZone,
      weights: availability.weights,
      months: availability.months,
      outages: outages.map((o) => ({ startedAt: o.startedAt, endedAt: o.endedAt, impact: o.impact, services: o.services, summary: o.summary, sourceUrl: o.sourceUrl })),
    };
  }

  @Public()
  @Query(() => ProposalOfferModel, {
    description:
      'The offer behind an acceptance link (public, no sign-in). NOT_FOUND for a forged, used or superseded link; BAD_USER_INPUT with fields [{ field: "token", reason: "expired" }] once past its validity.',
  })
  async proposalByToken(@Args('token', { description: 'The token of the link: the last segment of `/accept/<token>`.' }) token: string): Promise<ProposalOfferModel> {
    if (token.length === 0 || token.length > 200) throw new BadInputError('This is not an acceptance link.', [{ field: 'token', reason: 'malformed' }]);
    return toOffer(await this.acceptance.byToken(token));
  }

  @Public()
  @Mutation(() => AcceptProposalPayload, {
    description:
      'Accepts the offer behind an acceptance link (public, no sign-in): records the signer, the time and the IP address, marks the deal won and plans its migration. The link is single-use: a second acceptance answers NOT_FOUND. Expired: BAD_USER_INPUT with fields [{ field: "token", reason: "expired" }].',
  })
  async acceptProposal(
    @Args('input', { description: 'The token and who signs.' }) input: AcceptProposalInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AcceptProposalPayload> {
    const ip = ctx.req ? clientIp(ctx.req as Request) : 'unknown';
    return { offer: toOffer(await this.acceptance.accept(input, ip)) };
  }
}
