import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AccessScope, Actor } from '../common/access/actor';
import { Public } from '../common/access/auth.guard';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import type { GraphqlContext } from '../common/graphql/loaders';
import { BadInputError } from '../common/errors/lifeboat-error';
import { clientIp } from '../identity/request-context.factory';
import type { ProposalTotals } from '@lifeboat/domain';
import {
  AcceptPersonalOfferInput,
  AcceptPersonalOfferPayload,
  GeneratePersonalOffersInput,
  GeneratePersonalOffersPayload,
  AccountPersonalOfferConnection,
  AccountPersonalOfferModel,
  PersonalOfferBatchConnection,
  PersonalOfferBatchesArgs,
  PersonalOfferBatchModel,
  PersonalOfferModel,
} from './personal-offer.model';
import { PageArgs, type Connection } from '../common/graphql/connection';
import { AccountModel } from '../accounts/account.model';
import type { BatchRecord } from './personal-offers.repository';
import { OfferView, PersonalOffersService } from './personal-offers.service';

const money = (amount: number, currency: string) => ({ amount, currency });
const totals = (t: ProposalTotals, currency: string) => ({
  monthlySubtotal: money(t.monthlySubtotal, currency),
  monthlyDiscount: money(t.monthlyDiscount, currency),
  monthlyTotal: money(t.monthlyTotal, currency),
  oneTimeTotal: money(t.oneTimeTotal, currency),
  switchCredit: money(t.switchCredit, currency),
  totalOverTerm: money(t.totalOverTerm, currency),
});

export function toBatchModel(b: BatchRecord): PersonalOfferBatchModel {
  const p = b.progress ?? { generated: 0, opened: 0, accepted: 0, expired: 0 };
  return {
    id: b.id,
    status: b.status,
    discountPercent: Number(b.discountPercent),
    approvalLevel: b.approvalLevel,
    termMonths: b.termMonths,
    expiresAt: new Date(b.expiresAt),
    collectiveId: b.collectiveId,
    createdBy: b.createdBy,
    createdAt: new Date(b.createdAt),
    finishedAt: b.finishedAt ? new Date(b.finishedAt) : null,
    progress: { generated: Number(p.generated), opened: Number(p.opened), accepted: Number(p.accepted), expired: Number(p.expired) },
  };
}

function toOfferModel(v: OfferView, service: PersonalOffersService): PersonalOfferModel {
  const { offer, settings } = v;
  const currency = offer.currency.trim();
  const base = service.terms(offer, settings, offer.cutoverAt ? new Date(offer.cutoverAt) : new Date(offer.expiresAt));
  const accepted = offer.cutoverAt ? service.terms(offer, settings, new Date(offer.cutoverAt)) : null;
  return {
    status: offer.status,
    customerName: offer.accountName,
    currency,
    lines: base.lines.map((l) => ({
      serviceKind: l.serviceKind,
      description: null,
      quantity: l.quantity,
      monthlyUnitPrice: money(l.monthlyUnitPrice, currency),
      monthlyAmount: money(l.quantity * l.monthlyUnitPrice, currency),
      oneTimeFee: money(l.oneTimeFee, currency),
    })),
    termMonths: offer.termMonths,
    discountPercent: Number(offer.discountPercent),
    monthlyTotal: money(base.totals.monthlyTotal, currency),
    expiresAt: new Date(offer.expiresAt),
    timeZone: settings.timeZone,
    shutdownAt: v.shutdownAt,
    weeks: v.weeks.map((w) => ({
      weekStart: w.weekStart,
      cutoverAt: w.cutoverAt,
      switchCredit: { ...w.terms.credit, amount: money(w.terms.credit.amount, currency) },
      totals: totals(w.terms.totals, currency),
    })),
    cutoverAt: offer.cutoverAt ? new Date(offer.cutoverAt) : null,
    acceptedTotals: accepted ? totals(accepted.totals, currency) : null,
  } as PersonalOfferModel;
}

const checkToken = (token: string) => {
  if (token.length === 0 || token.length > 200) throw new BadInputError('This is not an offer link.', [{ field: 'token', reason: 'malformed' }]);
};

@Resolver(() => PersonalOfferModel)
export class PersonalOffersResolver {
  constructor(private readonly offers: PersonalOffersService) {}

  @Mutation(() => GeneratePersonalOffersPayload, {
    description:
      'Generates a personal offer for each account of a filtered list, or each member of a collective, from pre-approved terms (managers of the campaign, admins, write keys bound to it). Accounts that buy nothing from the rival, or already have a live or accepted offer, get none. With dryRun: only the count. Otherwise the batch is queued and written by a job. BAD_USER_INPUT naming the field for a discount beyond what you may approve, both a filter and a collective, or an empty list. Audited.',
  })
  async generatePersonalOffers(
    @Args('input', { description: 'Who gets offers, and the terms.' }) input: GeneratePersonalOffersInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<GeneratePersonalOffersPayload> {
    const { count, batch } = await this.offers.generate(actor, scope, input);
    return { count, batch: batch ? toBatchModel(batch) : null };
  }

  @Query(() => PersonalOfferBatchConnection, {
    description:
      'A campaign’s batches of personal offers, newest first, a page at a time, with their progress (managers of the campaign, admins). NOT_FOUND for a campaign you are not in.',
  })
  async personalOfferBatches(
    @Args() args: PersonalOfferBatchesArgs,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<Connection<PersonalOfferBatchModel>> {
    const page = await this.offers.batches(actor, scope, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toBatchModel(e.node) })) };
  }

  @Public()
  @Query(() => PersonalOfferModel, {
    description:
      'The personal offer behind a link (public, no sign-in), with the cutover weeks it may pick. NOT_FOUND for a forged link; BAD_USER_INPUT with fields [{ field: "token", reason: "used" | "expired" }] once accepted or past its validity.',
  })
  async personalOfferByToken(@Args('token', { description: 'The token of the link: the last segment of `/offer/<token>`.' }) token: string): Promise<PersonalOfferModel> {
    checkToken(token);
    return toOfferModel(await this.offers.byToken(token), this.offers);
  }

  @Public()
  @Mutation(() => AcceptPersonalOfferPayload, {
    description:
      'Accepts a personal offer (public, no sign-in) and reserves the cutover week picked. Single use: a second acceptance is BAD_USER_INPUT { field: "token", reason: "used" }; expired: { field: "token", reason: "expired" }; a week that has filled up: { field: "input.cutoverWeekStart", reason: "full" } (ask personalOfferByToken again for the weeks still open). Nothing is written on an error.',
  })
  async acceptPersonalOffer(
    @Args('input', { description: 'The token, the week, who signs.' }) input: AcceptPersonalOfferInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AcceptPersonalOfferPayload> {
    checkToken(input.token);
    const ip = ctx.req ? clientIp(ctx.req as Request) : 'unknown';
    return { offer: toOfferModel(await this.offers.accept(input, ip), this.offers) };
  }
}

/** An account's personal offers on its page (issue #21): what was offered, where it stands, and for its owner and managers the link to send again. */
@Resolver(() => AccountModel)
export class AccountPersonalOffersResolver {
  constructor(private readonly offers: PersonalOffersService) {}

  @ResolveField(() => AccountPersonalOfferConnection, {
    description: 'Its personal offers, newest first; each one’s link only while open and only for its owner, a manager of its campaign or an admin.',
  })
  async personalOffers(
    @Parent() account: AccountModel,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<Connection<AccountPersonalOfferModel>> {
    const found = await this.offers.ofAccount(actor, scope, account, page);
    return {
      ...found,
      edges: found.edges.map(({ cursor, node: o }) => ({
        cursor,
        node: {
          id: o.id,
          status: o.status,
          discountPercent: o.discountPercent,
          termMonths: o.termMonths,
          monthlyTotal: o.monthlyTotal === null ? null : money(o.monthlyTotal, o.currency),
          expiresAt: o.expiresAt,
          openedAt: o.openedAt,
          acceptedAt: o.acceptedAt,
          cutoverWeekStart: o.cutoverWeekStart,
          createdAt: o.createdAt,
          link: o.link,
        },
      })),
    };
  }
}
