import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { URGENCY_FACTOR_KEYS, type Segment, type ServiceKind, type UrgencyFactorKey } from '@lifeboat/domain';
import { ConnectionType } from '../common/graphql/connection';
import { SegmentEnum } from '../common/graphql/domain-enums';
import { Money } from '../common/graphql/money';
import { Node } from '../common/graphql/node.model';
import { enumFrom, ServiceKindEnum } from '../common/graphql/scalars';

export const UrgencyFactorKeyEnum = enumFrom(URGENCY_FACTOR_KEYS);
registerEnumType(UrgencyFactorKeyEnum, { name: 'UrgencyFactorKey', description: 'What makes an account urgent (see DESIGN.md §4, urgency).' });

export const UrgencyContactSinceEnum = enumFrom(['last_contact', 'added', 'never'] as const);
registerEnumType(UrgencyContactSinceEnum, { name: 'UrgencyContactSince', description: 'What no_recent_contact counts from: the last contact, the day the account was added, or nothing (never contacted, no date).' });

@ObjectType('UrgencyFactorParams', { description: 'What a factor’s words need besides its account and rival: each key fills its own, the others are null.' })
export class UrgencyFactorParamsModel {
  @Field(() => Int, { nullable: true, description: 'shutdown_within_*: whole days until the expected shutdown, rounded up (0: now); collective_cancellation: whole days until the collective’s announced cancellations (0: today or passed); as of when the urgency was computed.' })
  daysLeft!: number | null;

  @Field(() => Money, { nullable: true, description: 'monthly_spend: what the account spends a month with the rival.' })
  monthlySpend!: Money | null;

  @Field(() => [String], { nullable: true, description: 'multi_country: the distinct ISO country codes, sorted.' })
  countries!: string[] | null;

  @Field(() => UrgencyContactSinceEnum, { nullable: true, description: 'no_recent_contact: what the days without contact count from.' })
  since!: 'last_contact' | 'added' | 'never' | null;

  @Field(() => Int, { nullable: true, description: 'no_recent_contact: business days without contact (null when never contacted and no date is known).' })
  businessDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'rival_outages: how many of the rival’s outages touched a service the account buys within the last `days` days.' })
  outages!: number | null;

  @Field(() => Int, { nullable: true, description: 'rival_outages: the days looked back (30).' })
  days!: number | null;
}

@ObjectType('UrgencyFactor', { description: 'One reason an account is urgent, and the points it adds: a code with its parameters, for the reader to word.' })
export class UrgencyFactorModel {
  @Field(() => UrgencyFactorKeyEnum, { description: 'Which factor.' })
  key!: UrgencyFactorKey;

  @Field(() => Int, { description: 'Points it adds to the score.' })
  points!: number;

  @Field(() => UrgencyFactorParamsModel, { description: 'What its words need besides the account and its rival (days left, spend, countries, days without contact).' })
  params!: UrgencyFactorParamsModel;

  @Field({
    description: 'Why, in English words as of when the urgency was computed, e.g. “KPNQwest’s network may go dark in 5 days”.',
    deprecationReason: 'English only, and frozen at the computation: word `key` and `params` (with the account’s and rival’s names) in the reader’s language instead. Kept for integrations written before `params`.',
  })
  reason!: string;
}

@ObjectType('RivalService', { description: 'A service the account buys from the rival.' })
export class RivalServiceModel {
  @Field(() => ServiceKindEnum, { description: 'What kind of service.' })
  kind!: ServiceKind;

  @Field(() => Int, { description: 'How many (circuits, racks, sites…).' })
  quantity!: number;

  @Field(() => Money, { description: 'What it costs a month in all, with the rival.' })
  monthlyCost!: Money;
}

@ObjectType('Contact', { implements: () => [Node], description: 'A person at the account.' })
export class ContactModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  accountDbId!: string;
  sourceDbId?: string | null;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  @Field({ description: 'Whether they decide on the switch.' })
  decisionMaker!: boolean;

  @Field(() => Int, { description: 'Changes with every update.' })
  version!: number;
}

@ObjectType('Account', { implements: () => [Node], description: 'A customer of the rival, in the campaign that targets that rival.' })
export class AccountModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string;
  ownerDbId!: string | null;
  sourceDbId?: string | null;
  currency!: string;

  @Field({ description: 'The customer’s name.' })
  name!: string;

  @Field(() => SegmentEnum, { description: 'What kind of customer it is.' })
  segment!: Segment;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries it operates in.' })
  countries!: string[];

  @Field(() => Money, { description: 'What it spends a month with the rival.' })
  monthlySpend!: Money;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its contract with the rival ends.' })
  contractEndsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when it prepaid the rival (for the switch credit).' })
  prepaidUntil!: Date | null;

  @Field({ description: 'Whether it has another provider to fall back on.' })
  hasBackupProvider!: boolean;

  @Field({ description: 'Whether the rival is its principal operator.' })
  rivalIsPrincipalOperator!: boolean;

  @Field(() => String, { nullable: true, description: 'The key an import deduplicates on (unique in the campaign).' })
  externalRef!: string | null;

  @Field(() => [String], { description: 'Other providers courting it.' })
  competingBidders!: string[];

  @Field(() => Int, { description: 'How urgent it is, 0–100: the sum of its urgency factors, capped.' })
  urgency!: number;

  @Field(() => [UrgencyFactorModel], { description: 'Why it is that urgent: each factor with its points, highest first.' })
  urgencyFactors!: UrgencyFactorModel[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the urgency was last computed.' })
  urgencyComputedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When someone last called, emailed or met it.' })
  lastContactAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

export const AccountConnection = ConnectionType(AccountModel, 'Account');
