import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
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

const toOffer = (o: Offer) => toProposalOfferModel(o.proposal, o.lines, o.customerName, o.timeZone);

/** The customer's acceptance page speaks to these two operations, without signing in. */
@Resolver(() => ProposalOfferModel)
export class ProposalAcceptanceResolver {
  constructor(private readonly acceptance: ProposalAcceptanceService) {}

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
