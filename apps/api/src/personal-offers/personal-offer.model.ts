import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsDate, IsEmail, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { AccountListFilterInput } from '../distribution/dto/bulk-assignment.inputs';
import { ProposalLineModel, ProposalTotalsModel, SwitchCreditModel } from '../contracts/proposal.model';
import { Money } from '../common/graphql/money';
import { ConnectionType, PageArgs } from '../common/graphql/connection';

@InputType({ description: 'Personal offers for a filtered list of a campaign’s accounts, or for a collective’s members, from pre-approved terms.' })
export class GeneratePersonalOffersInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => AccountListFilterInput, { nullable: true, description: 'Which accounts (the accounts list’s filters). Not with collectiveId.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountListFilterInput)
  filter?: AccountListFilterInput | null;

  @Field(() => ID, { nullable: true, description: 'A collective of the campaign: its members. Not with filter.' })
  @IsOptional()
  @IsString()
  collectiveId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The discount on the monthly charges, in percent: within what you may approve (a manager: the campaign’s manager limit). For a collective whose terms are signed, defaults to their discount, which is approved up to that figure; beyond it the usual rule applies. Required otherwise (BAD_USER_INPUT).',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  discountPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Contract term in months (1 to 120). Defaults to a collective’s signed term, else 12.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number | null;

  @Field(() => Int, { defaultValue: 7, description: 'Days each link stays valid (1 to 90).' })
  @IsInt()
  @Min(1)
  @Max(90)
  validityDays!: number;

  @Field({ defaultValue: false, description: 'Only count the accounts that would get an offer; nothing is written.' })
  @IsBoolean()
  dryRun!: boolean;
}

@ObjectType('PersonalOfferProgress', { description: 'Where a batch’s offers stand.' })
export class PersonalOfferProgressModel {
  @Field(() => Int, { description: 'Offers written.' })
  generated!: number;

  @Field(() => Int, { description: 'Offers whose link was opened at least once.' })
  opened!: number;

  @Field(() => Int, { description: 'Offers accepted.' })
  accepted!: number;

  @Field(() => Int, { description: 'Offers past their validity, not accepted.' })
  expired!: number;
}

@ObjectType('PersonalOfferBatch', { description: 'Personal offers generated at once from one set of pre-approved terms.' })
export class PersonalOfferBatchModel {
  @Field(() => ID, { description: 'The batch’s id.' })
  id!: string;

  @Field({ description: 'queued while its offers are being written, then completed.' })
  status!: string;

  @Field(() => Float, { description: 'The discount on the monthly charges, in percent.' })
  discountPercent!: number;

  @Field({ description: 'The approval level the discount needed (the batch is that approval).' })
  approvalLevel!: string;

  @Field(() => Int, { description: 'Contract term in months.' })
  termMonths!: number;

  @Field(() => GraphQLISODateTime, { description: 'When its links expire.' })
  expiresAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The collective it was generated for; null for a filtered list.' })
  collectiveId!: string | null;

  @Field({ description: 'Who generated it.' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked for.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its offers were written; null while queued.' })
  finishedAt!: Date | null;

  @Field(() => PersonalOfferProgressModel, { description: 'Its offers generated, opened, accepted and expired.' })
  progress!: PersonalOfferProgressModel;
}

export const PersonalOfferBatchConnection = ConnectionType(PersonalOfferBatchModel, 'PersonalOfferBatch');

@ArgsType()
export class PersonalOfferBatchesArgs extends PageArgs {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;
}

@ObjectType('GeneratePersonalOffersPayload', { description: 'How many accounts get an offer, and the batch queued.' })
export class GeneratePersonalOffersPayload {
  @Field(() => Int, { description: 'Accounts that get (or, with dryRun, would get) an offer: those of the list with services bought from the rival and no live or accepted offer.' })
  count!: number;

  @Field(() => PersonalOfferBatchModel, { nullable: true, description: 'The batch queued; null with dryRun.' })
  batch!: PersonalOfferBatchModel | null;
}

@ObjectType('CutoverWeekOption', { description: 'A week the customer may pick for its cutover: it has migration capacity left, before the shutdown.' })
export class CutoverWeekOptionModel {
  @Field(() => GraphQLISODateTime, { description: 'Monday 00:00 in the campaign’s time zone: the value to send as cutoverWeekStart.' })
  weekStart!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The planned cutover that week (Friday 17:00, or the shutdown if earlier).' })
  cutoverAt!: Date;

  @Field(() => SwitchCreditModel, { description: 'The switch credit with a cutover that week.' })
  switchCredit!: SwitchCreditModel;

  @Field(() => ProposalTotalsModel, { description: 'What the offer costs with a cutover that week.' })
  totals!: ProposalTotalsModel;
}

@ObjectType('PersonalOffer', { description: 'A customer’s personal offer, as its link shows it (public, no sign-in).' })
export class PersonalOfferModel {
  @Field({ description: 'open while it can be accepted; accepted in the answer to acceptPersonalOffer.' })
  status!: string;

  @Field({ description: 'The customer the offer is for.' })
  customerName!: string;

  @Field({ description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field(() => [ProposalLineModel], { description: 'The services offered: what the customer buys from its current provider.' })
  lines!: ProposalLineModel[];

  @Field(() => Int, { description: 'Contract term in months.' })
  termMonths!: number;

  @Field(() => Float, { description: 'Discount on the monthly charges, in percent.' })
  discountPercent!: number;

  @Field(() => Money, { description: 'What the customer pays each month, after the discount.' })
  monthlyTotal!: Money;

  @Field(() => GraphQLISODateTime, { description: 'The offer may be accepted until then.' })
  expiresAt!: Date;

  @Field({ description: 'The campaign’s IANA time zone, to show dates in.' })
  timeZone!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the current provider is expected to go dark.' })
  shutdownAt!: Date | null;

  @Field(() => [CutoverWeekOptionModel], { description: 'The weeks with migration capacity left before the shutdown (empty once accepted).' })
  weeks!: CutoverWeekOptionModel[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The cutover the customer picked (once accepted).' })
  cutoverAt!: Date | null;

  @Field(() => ProposalTotalsModel, { nullable: true, description: 'The accepted terms (once accepted).' })
  acceptedTotals!: ProposalTotalsModel | null;
}

@InputType({ description: 'Accepting a personal offer: the link’s token, the cutover week picked, who signs.' })
export class AcceptPersonalOfferInput {
  @Field({ description: 'The token of the link (the last segment of `/offer/<token>`).' })
  @IsString()
  @Length(1, 200)
  token!: string;

  @Field(() => GraphQLISODateTime, { description: 'The weekStart of one of the offer’s weeks.' })
  @IsDate()
  cutoverWeekStart!: Date;

  @Field({ description: 'Full name of the person signing (1 to 200 characters).' })
  @IsString()
  @Length(1, 200, { message: 'signerName must be 1 to 200 characters' })
  signerName!: string;

  @Field({ description: 'Their job title (1 to 200 characters).' })
  @IsString()
  @Length(1, 200, { message: 'signerTitle must be 1 to 200 characters' })
  signerTitle!: string;

  @Field({ description: 'Their email address.' })
  @IsEmail({}, { message: 'signerEmail must be an email address' })
  @Length(3, 320)
  signerEmail!: string;

  @Field({ description: 'Must be true: the signer accepts the offer and its terms on behalf of the customer.' })
  @IsBoolean()
  @Equals(true, { message: 'consent must be true to accept the offer' })
  consent!: boolean;
}

@ObjectType('AcceptPersonalOfferPayload', { description: 'The offer, accepted.' })
export class AcceptPersonalOfferPayload {
  @Field(() => PersonalOfferModel, { description: 'The offer as accepted: its cutover and its accepted terms.' })
  offer!: PersonalOfferModel;
}

@ObjectType('AccountPersonalOffer', { description: 'A personal offer made to an account, as its team sees it (issue #21).' })
export class AccountPersonalOfferModel {
  @Field(() => ID, { description: 'The offer’s id.' })
  id!: string;

  @Field({ description: 'open (its link works), accepted (the customer took it, with a cutover week) or expired (past its validity, never accepted).' })
  status!: string;

  @Field(() => Float, { description: 'The discount on the monthly charges, in percent.' })
  discountPercent!: number;

  @Field(() => Int, { description: 'Contract term in months.' })
  termMonths!: number;

  @Field(() => Money, { nullable: true, description: 'The monthly total offered, after the discount; null when not computed.' })
  monthlyTotal!: Money | null;

  @Field(() => GraphQLISODateTime, { description: 'When its link expires.' })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer first opened it; null while never opened.' })
  openedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer accepted it; null until then.' })
  acceptedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The start of the cutover week the customer picked; null until accepted.' })
  cutoverWeekStart!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was generated.' })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The customer’s link, to send it again: only while the offer is open, and only to whoever may change the account (its owner, a manager of its campaign, an admin); null otherwise.',
  })
  link!: string | null;
}

export const AccountPersonalOfferConnection = ConnectionType(AccountPersonalOfferModel, 'AccountPersonalOffer');
