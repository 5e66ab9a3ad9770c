import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LAWFUL_BASES, SEGMENTS, SERVICE_KINDS, type LawfulBasis, type Segment, type ServiceKind } from '@lifeboat/domain';
import { LawfulBasisEnum } from '../../lead-sources/lead-source.model';
import { SegmentEnum } from '../../common/graphql/domain-enums';
import { SafeIntScalar } from '../../common/graphql/money';
import { ServiceKindEnum } from '../../common/graphql/scalars';
import { IsDateTime, IsExpectedVersion, IsText } from '../../common/validation/input-rules';

@InputType({ description: 'A person at the account.' })
export class ContactInput {
  @Field({ description: 'Full name (1 to 200 characters).' })
  @IsText(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @IsString()
  @Length(3, 50)
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they decide on the switch (default false).' })
  @IsOptional()
  @IsBoolean()
  decisionMaker?: boolean;
}

@InputType({ description: 'A contact to add (no id) or to edit (with its id).' })
export class ContactChangeInput extends ContactInput {
  @Field(() => ID, { nullable: true, description: 'The contact to edit; leave out to add a new one.' })
  @IsOptional()
  @IsString()
  id?: string;
}

@InputType({ description: 'A service the account buys from the rival.' })
export class RivalServiceInput {
  @Field(() => ServiceKindEnum, { description: 'What kind.' })
  @IsIn(SERVICE_KINDS)
  kind!: ServiceKind;

  @Field(() => Int, { description: 'How many (at least 1).' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;

  @Field(() => SafeIntScalar, { description: 'Monthly cost in all, in minor units (0 or more).' })
  @IsInt()
  @Min(0, { message: 'monthlyCost must be 0 or more' })
  monthlyCost!: number;
}

/** Fields an account is created and edited with. */
@InputType({ isAbstract: true })
abstract class AccountFieldsInput {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes (e.g. FR, DE).' })
  @IsOptional()
  @ArrayMaxSize(250)
  @IsISO31661Alpha2({ each: true, message: 'countries must be ISO 3166-1 alpha-2 codes' })
  countries?: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its contract with the rival ends.' })
  @IsOptional()
  @IsDateTime()
  contractEndsAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when it prepaid the rival.' })
  @IsOptional()
  @IsDateTime()
  prepaidUntil?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it has another provider to fall back on (default false).' })
  @IsOptional()
  @IsBoolean()
  hasBackupProvider?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whether the rival is its principal operator (default false).' })
  @IsOptional()
  @IsBoolean()
  rivalIsPrincipalOperator?: boolean;

  @Field(() => String, { nullable: true, description: 'The key an import deduplicates on (unique in the campaign).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalRef?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other providers courting it.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  competingBidders?: string[];

  @Field(() => [RivalServiceInput], { nullable: true, description: 'What it buys from the rival (replaces the whole list on update).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RivalServiceInput)
  rivalServices?: RivalServiceInput[];
}

@InputType({ description: 'A new account, with its contacts and what it buys from the rival. Its deal opens at stage identified.' })
export class CreateAccountInput extends AccountFieldsInput {
  @Field(() => ID, { description: 'The campaign it belongs to.' })
  @IsString()
  campaignId!: string;

  @Field({ description: 'The customer’s name (1 to 200 characters).' })
  @IsText(1, 200)
  name!: string;

  @Field(() => SegmentEnum, { description: 'What kind of customer.' })
  @IsIn(SEGMENTS)
  segment!: Segment;

  @Field(() => SafeIntScalar, { description: 'What it spends a month with the rival, in minor units (0 or more).' })
  @IsInt()
  @Min(0, { message: 'monthlySpend must be 0 or more' })
  monthlySpend!: number;

  @Field(() => ID, { nullable: true, description: 'Its owner (a member of the campaign team). A rep’s new account is theirs; others leave it unassigned by default.' })
  @IsOptional()
  @IsString()
  ownerId?: string | null;

  @Field(() => [ContactInput], { nullable: true, description: 'People at the account.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ContactInput)
  contacts?: ContactInput[];

  @Field(() => SafeIntScalar, { nullable: true, description: 'Expected monthly value of the deal, in minor units (default 0).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'monthlyValue must be 0 or more' })
  monthlyValue?: number;

  @Field(() => LawfulBasisEnum, { nullable: true, description: 'The lawful basis the team relies on for this account and its contacts (default legitimate_interests); recorded with who entered it.' })
  @IsOptional()
  @IsIn(LAWFUL_BASES)
  lawfulBasis?: LawfulBasis;
}

@InputType({ description: 'Changes to an account: only the fields given change.' })
export class UpdateAccountInput extends AccountFieldsInput {
  @Field(() => ID, { description: 'The account.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => LawfulBasisEnum, { nullable: true, description: 'The lawful basis relied on for the contacts this update adds (default legitimate_interests).' })
  @IsOptional()
  @IsIn(LAWFUL_BASES)
  lawfulBasis?: LawfulBasis;

  @Field(() => String, { nullable: true, description: 'The customer’s name (1 to 200 characters).' })
  @IsOptional()
  @IsText(1, 200)
  name?: string;

  @Field(() => SegmentEnum, { nullable: true, description: 'What kind of customer.' })
  @IsOptional()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @Field(() => SafeIntScalar, { nullable: true, description: 'What it spends a month with the rival, in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'monthlySpend must be 0 or more' })
  monthlySpend?: number;

  @Field(() => [ContactChangeInput], { nullable: true, description: 'Contacts to add (no id) or edit (with id).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ContactChangeInput)
  contacts?: ContactChangeInput[];

  @Field(() => [ID], { nullable: true, description: 'Contacts to remove.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  removeContactIds?: string[];
}

@InputType({ description: 'Take an unassigned account of your campaign.' })
export class ClaimAccountInput {
  @Field(() => ID, { description: 'The account.' })
  @IsString()
  accountId!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}

@InputType({ description: 'Give an account to a member of its campaign team, or unassign it (managers and admins).' })
export class AssignAccountInput {
  @Field(() => ID, { description: 'The account.' })
  @IsString()
  accountId!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The new owner; null to unassign.' })
  @IsOptional()
  @IsString()
  ownerId?: string | null;
}

@InputType({ description: 'Erase a contact on their request (GDPR art. 17): managers of the campaign and admins.' })
export class EraseContactInput {
  @Field(() => ID, { description: 'The contact to erase.' })
  @IsString()
  contactId!: string;

  @Field(() => Int, { description: 'The version of the contact’s account you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}
