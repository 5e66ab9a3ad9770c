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

@ObjectType('ProposalRecipient', { description: 'Who a proposal was emailed to.' })
export class ProposalRecipientModel {
  @Field({ description: 'The contact’s name.' })
  name!: string;

  @Field({ description: 'The address the mail server accepted the message for.' })
  email!: string;
}

@ObjectType({ description: 'The proposal sent by email: the mail server took the message.' })
export class EmailProposalPayload {
  @Field(() => ProposalModel, { description: 'The proposal, now sent (validity unchanged on a re-send).' })
  proposal!: ProposalModel;

  @Field(() => ProposalRecipientModel, { description: 'Who it went to.' })
  recipient!: ProposalRecipientModel;

  @Field({ description: 'The subject of the email.' })
  subject!: string;

  @Field({ description: 'true when it replaced the link of an offer already sent (the previous link no longer opens).' })
  resent!: boolean;
}

@ObjectType('OutgoingMail', { description: 'Whether Lifeboat can send email to customers (a proposal’s acceptance link), and if not, what is missing.' })
export class OutgoingMailModel {
  @Field({ description: 'true when proposals can be sent by email; otherwise the web app offers to copy the acceptance link.' })
  enabled!: boolean;

  @Field(() => [String], { description: 'The settings to set for it (SMTP_URL, MAIL_FROM, LIFEBOAT_PUBLIC_URL); empty when enabled.' })
  missing!: string[];
}

@ObjectType({ description: 'The recorded acceptance.' })
export class AcceptProposalPayload {
  @Field(() => ProposalOfferModel, { description: 'The offer as accepted (status accepted, acceptedAt set).' })
  offer!: ProposalOfferModel;
}
