import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PROPOSAL_STATUSES, SERVICE_KINDS, type ProposalStatus, type ServiceKind } from '@lifeboat/domain';
import { ServiceKindEnum } from '../../common/graphql/scalars';
import { SafeIntScalar } from '../../common/graphql/money';
import { PageArgs } from '../../common/graphql/connection';
import { ProposalStatusEnum } from '../proposal.model';
import { PLANNING_DATE_RULE, PlanningDate } from '../../common/graphql/date-window';
import { LocaleEnum } from '../../identity/user.model';
import { PROPOSAL_MAIL_LANGUAGES, type ProposalMailLanguage } from '@lifeboat/shared';

const MAX_LINES = 50;

@InputType({ description: 'One line of a proposal: a service, how many units, the monthly price per unit and a one-time fee.' })
export class ProposalLineInput {
  @Field(() => ServiceKindEnum, { description: 'The kind of service.' })
  @IsIn(SERVICE_KINDS)
  serviceKind!: ServiceKind;

  @Field(() => String, { nullable: true, description: 'What it is, in words the customer reads (up to 500 characters).' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string | null;

  @Field(() => Int, { description: 'Whole units, 1 to 1,000,000.' })
  @IsInt()
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(1_000_000)
  quantity!: number;

  @Field(() => SafeIntScalar, { description: 'Our monthly price per unit, in minor units (0 or more).' })
  @IsInt()
  @Min(0, { message: 'monthlyUnitPrice must be 0 or more' })
  monthlyUnitPrice!: number;

  @Field(() => SafeIntScalar, { nullable: true, description: 'A one-time fee for the whole line, in minor units (default 0; never discounted).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'oneTimeFee must be 0 or more' })
  oneTimeFee?: number | null;
}

@InputType({ description: 'A new proposal for a deal; anything left out is prefilled (lines from what the account buys from the rival).' })
export class DraftProposalInput {
  @Field(() => ID, { description: 'The deal the proposal is for. A live proposal of the same deal is superseded.' })
  @IsString()
  opportunityId!: string;

  @Field(() => Int, { nullable: true, description: 'Contract term in months, 1 to 120 (default: the deal’s term).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'termMonths must be between 1 and 120' })
  @Max(120, { message: 'termMonths must be between 1 and 120' })
  termMonths?: number | null;

  @Field(() => Float, { nullable: true, description: 'Discount on the monthly charges, in percent with at most two decimals (default 0).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'discountPercent must have at most two decimals' })
  @Min(0, { message: 'discountPercent must be between 0 and 100' })
  @Max(100, { message: 'discountPercent must be between 0 and 100' })
  discountPercent?: number | null;

  @PlanningDate()
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: `The planned cutover the switch credit is reckoned from (default: now + the segment’s migration lead days, never after the rival’s expected shutdown). ${PLANNING_DATE_RULE}`,
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'plannedCutoverAt must be a date-time' })
  plannedCutoverAt?: Date | null;

  @Field(() => [ProposalLineInput], {
    nullable: true,
    description: `The lines (1 to ${MAX_LINES}). Default: one per service the account buys from the rival, at the rival’s unit price (its monthly cost / quantity).`,
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a proposal needs at least one line' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => ProposalLineInput)
  lines?: ProposalLineInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Attach the account’s outage evidence: the rival’s outages that touched what it buys and the availability they leave against the claimed SLA, shown to the customer with the offer and on its printed copy (default false).',
  })
  @IsOptional()
  @IsBoolean()
  attachOutageEvidence?: boolean | null;
}

@InputType({ description: 'A change to a draft proposal; totals and the switch credit are recomputed.' })
export class UpdateProposalInput {
  @Field(() => ID, { description: 'The proposal (it must be a draft).' })
  @IsString()
  proposalId!: string;

  @Field(() => Int, { description: 'The proposal’s version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: 'Contract term in months, 1 to 120.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'termMonths must be between 1 and 120' })
  @Max(120, { message: 'termMonths must be between 1 and 120' })
  termMonths?: number | null;

  @Field(() => Float, { nullable: true, description: 'Discount on the monthly charges, in percent with at most two decimals.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'discountPercent must have at most two decimals' })
  @Min(0, { message: 'discountPercent must be between 0 and 100' })
  @Max(100, { message: 'discountPercent must be between 0 and 100' })
  discountPercent?: number | null;

  @PlanningDate()
  @Field(() => GraphQLISODateTime, { nullable: true, description: `The planned cutover the switch credit is reckoned from. ${PLANNING_DATE_RULE}` })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'plannedCutoverAt must be a date-time' })
  plannedCutoverAt?: Date | null;

  @Field(() => [ProposalLineInput], { nullable: true, description: `The lines, replacing the current ones (1 to ${MAX_LINES}).` })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a proposal needs at least one line' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => ProposalLineInput)
  lines?: ProposalLineInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Attach the account’s outage evidence: the rival’s outages that touched what it buys and the availability they leave against the claimed SLA, shown to the customer with the offer and on its printed copy (default false).',
  })
  @IsOptional()
  @IsBoolean()
  attachOutageEvidence?: boolean | null;
}

@InputType({ description: 'A proposal and the version you read: submit, approve, send.' })
export class ProposalVersionInput {
  @Field(() => ID, { description: 'The proposal.' })
  @IsString()
  proposalId!: string;

  @Field(() => Int, { description: 'The proposal’s version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'A proposal to send by email from Lifeboat (approved: its first sending; sent: a new link, the previous one stops opening).' })
export class EmailProposalInput extends ProposalVersionInput {
  @Field(() => ID, { description: 'The contact of the proposal’s account to send it to; they need an email address.' })
  @IsString()
  contactId!: string;

  @Field(() => LocaleEnum, { description: 'The language of the email (en or fr).' })
  @IsIn(PROPOSAL_MAIL_LANGUAGES, { message: 'language must be en or fr' })
  language!: ProposalMailLanguage;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'For a draft: submit it, approve it and email it in one step, when its discount is within what you may approve yourself (a rep’s limit). A discount beyond it is refused (BAD_USER_INPUT on input.submitDraft): submit it for approval first; nothing is written.',
  })
  @IsOptional()
  @IsBoolean()
  submitDraft?: boolean | null;
}

@InputType({ description: 'A refused discount: the proposal goes back to draft with the reason.' })
export class RejectProposalInput extends ProposalVersionInput {
  @Field({ description: 'Why, for the rep (1 to 2,000 characters).' })
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}

@InputType({ description: 'The customer’s acceptance of a proposal, from its acceptance link.' })
export class AcceptProposalInput {
  @Field({ description: 'The token of the acceptance link (the last segment of `/accept/<token>`).' })
  @IsString()
  @Length(1, 200)
  token!: string;

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

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the proposals of this campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the proposals of this deal.' })
  @IsOptional()
  @IsString()
  opportunityId?: string;

  @Field(() => ProposalStatusEnum, { nullable: true, description: 'Only proposals in this status (e.g. pending_approval: what awaits a manager).' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}
