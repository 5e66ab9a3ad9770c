import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { APPROVAL_LEVELS, PROPOSAL_STATUSES, type ApprovalLevel, type ProposalStatus, type ServiceKind } from '@lifeboat/domain';
import { Node } from '../common/graphql/node.model';
import { ConnectionType } from '../common/graphql/connection';
import { Money } from '../common/graphql/money';
import { enumFrom, ServiceKindEnum } from '../common/graphql/scalars';

export const ProposalStatusEnum = enumFrom(PROPOSAL_STATUSES);
registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description:
    'A proposal’s life: draft → pending_approval (discount beyond the rep’s limit) → approved → sent (the acceptance link is live until validUntil) → accepted | expired; any live one becomes superseded when a revised draft is made for the deal. A rejected proposal goes back to draft with its rejectionReason.',
});

export const ApprovalLevelEnum = enumFrom(APPROVAL_LEVELS);
registerEnumType(ApprovalLevelEnum, {
  name: 'ApprovalLevel',
  description: 'Who must approve a discount: rep (within the rep’s limit: no approval), manager (up to the manager’s limit), admin (beyond).',
});

@ObjectType('ProposalLine', { description: 'One line of a proposal.' })
export class ProposalLineModel {
  @Field(() => ServiceKindEnum, { description: 'The kind of service.' })
  serviceKind!: ServiceKind;

  @Field(() => String, { nullable: true, description: 'What it is, in words the customer reads.' })
  description!: string | null;

  @Field(() => Int, { description: 'Whole units.' })
  quantity!: number;

  @Field(() => Money, { description: 'Our monthly price per unit, before the discount.' })
  monthlyUnitPrice!: Money;

  @Field(() => Money, { description: 'Quantity × monthly unit price, before the discount.' })
  monthlyAmount!: Money;

  @Field(() => Money, { description: 'A one-time fee for the whole line (never discounted).' })
  oneTimeFee!: Money;
}

@ObjectType('ProposalTotals', { description: 'What the offer costs (libs/domain `proposalTotals`): the discount applies to monthly charges only.' })
export class ProposalTotalsModel {
  @Field(() => Money, { description: 'Σ quantity × monthly unit price.' })
  monthlySubtotal!: Money;

  @Field(() => Money, { description: 'The discount on the monthly subtotal (rounded once, half away from zero).' })
  monthlyDiscount!: Money;

  @Field(() => Money, { description: 'What the customer pays each month.' })
  monthlyTotal!: Money;

  @Field(() => Money, { description: 'The one-time fees.' })
  oneTimeTotal!: Money;

  @Field(() => Money, { description: 'The switch credit deducted.' })
  switchCredit!: Money;

  @Field(() => Money, { description: 'Monthly total × term + one-time fees − switch credit, never below 0.' })
  totalOverTerm!: Money;
}

@ObjectType('SwitchCredit', {
  description:
    'The credit for what the customer prepaid to the rival past the planned cutover: remaining days / 30 × its monthly spend with the rival × the campaign’s credit rate, capped at the campaign’s cap in months of the proposal’s monthly total.',
})
export class SwitchCreditModel {
  @Field(() => Money, { description: 'The credit.' })
  amount!: Money;

  @Field(() => Int, { description: 'Whole calendar days of prepaid rival service past the planned cutover.' })
  prepaidDaysRemaining!: number;

  @Field(() => Float, { description: 'The same in months of 30 days, two decimals (for display).' })
  prepaidMonthsRemaining!: number;

  @Field({ description: 'Whether the cap reduced the credit.' })
  capped!: boolean;
}

@ObjectType('ProposalSigner', { description: 'Who accepted the offer for the customer.' })
export class ProposalSignerModel {
  @Field({ description: 'Their full name.' })
  name!: string;

  @Field({ description: 'Their job title.' })
  title!: string;

  @Field({ description: 'Their email address.' })
  email!: string;
}

/** Fields shared by the internal Proposal and the customer's view of it. */
export interface OfferTerms {
  currency: string;
  lines: ProposalLineModel[];
  termMonths: number;
  discountPercent: number;
  plannedCutoverAt: Date;
  switchCredit: SwitchCreditModel;
  totals: ProposalTotalsModel;
}

@ObjectType('Proposal', { implements: () => [Node], description: 'A fast-track contract offer for a deal, with its approval and acceptance.' })
export class ProposalModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  accountDbId!: string;
  opportunityDbId!: string;
  campaignDbId!: string;
  createdByDbId!: string | null;

  @Field({ description: 'A short reference to quote to the customer (the first 8 characters of the proposal’s key, upper case).' })
  reference!: string;

  @Field(() => ProposalStatusEnum, { description: 'Where it stands.' })
  status!: ProposalStatus;

  @Field({ description: 'ISO 4217 currency of every amount (the campaign’s).' })
  currency!: string;

  @Field(() => Int, { description: 'Contract term in months.' })
  termMonths!: number;

  @Field(() => Float, { description: 'Discount on the monthly charges, in percent.' })
  discountPercent!: number;

  @Field(() => ApprovalLevelEnum, { description: 'Who must approve its discount, with the campaign’s limits when it was last changed or submitted.' })
  requiredApproval!: ApprovalLevel;

  @Field(() => GraphQLISODateTime, { description: 'The planned cutover the switch credit is reckoned from.' })
  plannedCutoverAt!: Date;

  @Field(() => SwitchCreditModel, { description: 'The credit for months prepaid to the rival.' })
  switchCredit!: SwitchCreditModel;

  @Field(() => ProposalTotalsModel, { description: 'What the offer costs.' })
  totals!: ProposalTotalsModel;

  @Field(() => String, { nullable: true, description: 'Why a manager refused its discount (the proposal went back to draft); null otherwise.' })
  rejectionReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last submitted for approval.' })
  submittedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was approved (at once when the discount is within the submitter’s limit).' })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved it.' })
  approvedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was sent to the customer.' })
  sentAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the customer may accept it (set when sent).' })
  validUntil!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer accepted it.' })
  acceptedAt!: Date | null;

  @Field(() => ProposalSignerModel, { nullable: true, description: 'Who accepted it for the customer.' })
  signer!: ProposalSignerModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it expired unaccepted.' })
  expiredAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a revised proposal replaced it.' })
  supersededAt!: Date | null;

  @Field({ description: 'Whether the account’s outage evidence goes with the offer (the customer sees it behind the acceptance link and on the printed copy).' })
  attachOutageEvidence!: boolean;

  @Field({ description: 'Who drafted it.' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was drafted.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

export const ProposalConnection = ConnectionType(ProposalModel, 'Proposal');

@ObjectType('ProposalOffer', {
  description:
    'A sent proposal as its customer sees it through the acceptance link: the parties, the lines, prices, credit, totals, term and validity. Nothing internal (approvals, reps, other deals).',
})
export class ProposalOfferModel implements OfferTerms {
  @Field({ description: 'A short reference to quote (same as Proposal.reference).' })
  reference!: string;

  @Field(() => ProposalStatusEnum, { description: 'sent while it can be accepted; accepted in the answer to acceptProposal.' })
  status!: ProposalStatus;

  @Field({ description: 'Who makes the offer: Lifeboat Networks.' })
  providerName!: string;

  @Field({ description: 'The customer the offer is for.' })
  customerName!: string;

  @Field({ description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field(() => [ProposalLineModel], { description: 'The services offered.' })
  lines!: ProposalLineModel[];

  @Field(() => Int, { description: 'Contract term in months.' })
  termMonths!: number;

  @Field(() => Float, { description: 'Discount on the monthly charges, in percent.' })
  discountPercent!: number;

  @Field(() => GraphQLISODateTime, { description: 'The planned cutover onto our network.' })
  plannedCutoverAt!: Date;

  @Field(() => SwitchCreditModel, { description: 'The credit for months prepaid to the current provider.' })
  switchCredit!: SwitchCreditModel;

  @Field(() => ProposalTotalsModel, { description: 'What the offer costs.' })
  totals!: ProposalTotalsModel;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  sentAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The offer may be accepted until then.' })
  validUntil!: Date;

  @Field(() => String, { nullable: true, description: 'The campaign’s IANA time zone, to show dates in.' })
  timeZone!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was accepted (only in the answer to acceptProposal).' })
  acceptedAt!: Date | null;

  // For the outage evidence (not fields): whose, and whether the rep attached it.
  accountDbId!: string;
  campaignDbId!: string;
  attachOutageEvidence!: boolean;
}
