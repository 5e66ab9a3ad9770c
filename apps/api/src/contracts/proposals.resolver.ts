import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import type { GraphqlContext } from '../common/graphql/loaders';
import { Connection } from '../common/graphql/connection';
import { AccountModel } from '../accounts/account.model';
import { toAccountModel } from '../accounts/account.mapper';
import { OpportunityModel } from '../pipeline/opportunity.model';
import { toOpportunityModel } from '../pipeline/opportunity.mapper';
import { MigrationModel } from '../migrations/migration.model';
import { ProposalLineRecord, ProposalRecord } from './proposal.record';
import { ProposalConnection, ProposalLineModel, ProposalModel } from './proposal.model';
import { toProposalLineModel, toProposalModel } from './proposal.mapper';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';
import { requestLoader } from './request-loaders';
import { DraftProposalInput, EmailProposalInput, ProposalsArgs, ProposalVersionInput, RejectProposalInput, UpdateProposalInput } from './dto/proposal.inputs';
import { DraftProposalPayload, EmailProposalPayload, OutgoingMailModel, ProposalPayload, SendProposalPayload } from './dto/proposal.payloads';
import { assertCanRead } from '../common/access/permissions';

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly repo: ProposalsRepository,
  ) {}

  @Query(() => ProposalConnection, { description: 'Proposals you may see, newest first; filter by campaign, deal or status (pending_approval: what awaits approval).' })
  async proposals(@Args() args: ProposalsArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<ProposalModel>> {
    const page = await this.service.list(actor, scope, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toProposalModel(e.node) })) };
  }

  @Mutation(() => DraftProposalPayload, {
    description:
      'Drafts a proposal for a deal you own (or manage): lines prefilled from what the account buys from the rival, the switch credit and totals computed. A live proposal of the deal is superseded.',
  })
  async draftProposal(
    @Args('input', { description: 'The deal, and any terms to set now.' }) input: DraftProposalInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<DraftProposalPayload> {
    const { proposal, superseded } = await this.service.draft(actor, scope, input);
    return { proposal: toProposalModel(proposal), supersededProposal: superseded ? toProposalModel(superseded) : null };
  }

  @Mutation(() => ProposalPayload, { description: 'Changes a draft proposal (term, discount, planned cutover, lines); totals and credit are recomputed.' })
  async updateProposal(
    @Args('input', { description: 'The draft, the version you read, and what changes.' }) input: UpdateProposalInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ProposalPayload> {
    return { proposal: toProposalModel(await this.service.update(actor, scope, input)) };
  }

  @Mutation(() => ProposalPayload, {
    description:
      'Submits a draft: approved at once when its discount is within what you may approve (a rep’s limit, 10 % by default), otherwise pending_approval and the campaign’s managers (admins beyond the manager limit) are notified.',
  })
  async submitProposal(
    @Args('input', { description: 'The draft and the version you read.' }) input: ProposalVersionInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ProposalPayload> {
    return { proposal: toProposalModel(await this.service.submit(actor, scope, input)) };
  }

  @Mutation(() => ProposalPayload, { description: 'Approves the discount of a pending proposal (a manager of its campaign up to the manager limit; an admin beyond). The rep is notified.' })
  async approveProposal(
    @Args('input', { description: 'The pending proposal and the version you read.' }) input: ProposalVersionInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ProposalPayload> {
    return { proposal: toProposalModel(await this.service.approve(actor, scope, input)) };
  }

  @Mutation(() => ProposalPayload, { description: 'Refuses the discount of a pending proposal: it goes back to draft with the reason (rejectionReason). The rep is notified.' })
  async rejectProposal(
    @Args('input', { description: 'The pending proposal, the version you read, and why.' }) input: RejectProposalInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ProposalPayload> {
    return { proposal: toProposalModel(await this.service.reject(actor, scope, input)) };
  }

  @Mutation(() => SendProposalPayload, {
    description:
      'Sends an approved proposal: valid 7 days (campaign setting), the deal moves to proposal_sent, and the single-use acceptance link’s path is returned this once.',
  })
  async sendProposal(
    @Args('input', { description: 'The approved proposal and the version you read.' }) input: ProposalVersionInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<SendProposalPayload> {
    const { proposal, token } = await this.service.send(actor, scope, input);
    return { proposal: toProposalModel(proposal), acceptancePath: `/accept/${token}` };
  }

  @Mutation(() => EmailProposalPayload, {
    description:
      'Sends a proposal by email from Lifeboat to a contact of its account, in English or French, with its essentials and the acceptance link: an approved one for the first time (as sendProposal: valid 7 days, the deal moves to proposal_sent), or a sent one again with a new link (the previous link stops opening; the validity is unchanged). Logged on the account’s timeline and audited, only once the mail server took the message. MAIL_NOT_CONFIGURED when Lifeboat sends no email (use sendProposal and copy the link); MAIL_DELIVERY_FAILED when the mail server could not be reached or refused it (nothing changed).',
  })
  async emailProposal(
    @Args('input', { description: 'The proposal, the version you read, the contact and the language.' }) input: EmailProposalInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<EmailProposalPayload> {
    const { proposal, recipient, subject, resent } = await this.service.email(actor, scope, input);
    return { proposal: toProposalModel(proposal), recipient, subject, resent };
  }

  @Query(() => OutgoingMailModel, { description: 'Whether proposals can be sent by email from Lifeboat (else the acceptance link is copied by hand), and what is missing.' })
  outgoingMail(@CurrentActor() actor: Actor): OutgoingMailModel {
    assertCanRead(actor);
    return this.service.outgoingMail();
  }

  @ResolveField(() => [ProposalLineModel], { description: 'The services offered, in order.' })
  async lines(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<ProposalLineModel[]> {
    // The proposal itself was read through the caller's scope.
    const lines = await requestLoader<ProposalLineRecord[]>(ctx, 'proposalLines', (ids) => this.repo.linesByProposalIds(ids), []).load(p.dbId);
    return lines.map((l) => toProposalLineModel(l, p.currency));
  }

  @ResolveField(() => OpportunityModel, { description: 'The deal it is for.' })
  async opportunity(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<OpportunityModel> {
    const deal = await ctx.loaders.opportunity.load(p.opportunityDbId);
    if (!deal) throw new Error(`Deal ${p.opportunityDbId} of proposal ${p.dbId} is missing`);
    return toOpportunityModel(deal);
  }

  @ResolveField(() => AccountModel, { description: 'The customer it is for.' })
  async account(@Parent() p: ProposalModel, @Context() ctx: GraphqlContext): Promise<AccountModel> {
    const account = await ctx.loaders.account.load(p.accountDbId);
    if (!account) throw new Error(`Account ${p.accountDbId} of proposal ${p.dbId} is missing`);
    return toAccountModel(account);
  }
}

/** A deal's proposals, on the Opportunity type. */
@Resolver(() => OpportunityModel)
export class OpportunityProposalsResolver {
  constructor(private readonly repo: ProposalsRepository) {}

  @ResolveField(() => [ProposalModel], { description: 'Its proposals, newest first (at most one is live: draft, pending_approval, approved or sent).' })
  async proposals(@Parent() deal: OpportunityModel, @Context() ctx: GraphqlContext): Promise<ProposalModel[]> {
    const rows = await requestLoader<ProposalRecord[]>(ctx, 'proposalsByOpportunity', (ids) => this.repo.byOpportunityIds(ctx.scope, ids), []).load(deal.dbId);
    return rows.map(toProposalModel);
  }
}

/** The proposal a migration comes from, on the Migration type. */
@Resolver(() => MigrationModel)
export class MigrationProposalResolver {
  constructor(private readonly repo: ProposalsRepository) {}

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The accepted proposal it comes from.' })
  async proposal(@Parent() m: MigrationModel, @Context() ctx: GraphqlContext): Promise<ProposalModel | null> {
    if (!m.proposalDbId) return null;
    const found = await requestLoader<ProposalRecord | null>(ctx, 'proposal', (ids) => this.repo.getByIds(ctx.scope, ids), null).load(m.proposalDbId);
    return found ? toProposalModel(found) : null;
  }
}
