import { Field, ObjectType } from '@nestjs/graphql';
import { ProposalModel, ProposalOfferModel } from '../proposal.model';

@ObjectType({ description: 'The proposal as it now stands.' })
export class ProposalPayload {
  @Field(() => ProposalModel, { description: 'The proposal after the change.' })
  proposal!: ProposalModel;
}

@ObjectType({ description: 'The new draft, and the proposal it superseded if the deal had a live one.' })
export class DraftProposalPayload {
  @Field(() => ProposalModel, { description: 'The new draft, with its prefilled lines and totals.' })
  proposal!: ProposalModel;

  @Field(() => ProposalModel, { nullable: true, description: 'The deal’s previous live proposal, now superseded (its acceptance link is dead).' })
  supersededProposal!: ProposalModel | null;
}

@ObjectType({ description: 'The sent proposal and its acceptance link, given this once.' })
export class SendProposalPayload {
  @Field(() => ProposalModel, { description: 'The proposal, now sent, with its validity.' })
  proposal!: ProposalModel;

  @Field({
    description:
      'The path of the customer’s acceptance page, `/accept/<token>`, to append to the web app’s origin. The token is single-use and shown only here: Lifeboat keeps only its digest.',
  })
  acceptancePath!: string;
}

@ObjectType({ description: 'The recorded acceptance.' })
export class AcceptProposalPayload {
  @Field(() => ProposalOfferModel, { description: 'The offer as accepted (status accepted, acceptedAt set).' })
  offer!: ProposalOfferModel;
}
