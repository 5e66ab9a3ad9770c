import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CAMPAIGN_SETTING_RULES as RULES, type SettingNumberRule } from '@lifeboat/domain';
import { CampaignModel, TeamMemberModel, TeamRoleEnum } from '../campaign.model';

/*
 * The campaign's rules as an admin changes them (DESIGN.md §3 Campaign, §4). Every field is
 * optional: what is left out (or null) keeps its current value. The bounds are the domain's
 * (`CAMPAIGN_SETTING_RULES`), checked here on each field (class-validator) and on the merged
 * settings again by `resolveCampaignSettings` (e.g. the manager's discount limit may not be below
 * the rep's).
 */

const wholeDays = (field: string, { min, max }: SettingNumberRule) => [
  IsOptional(),
  IsInt({ message: `${field} must be a whole number of days` }),
  Min(min, { message: `${field} must be at least ${min}` }),
  Max(max, { message: `${field} must be at most ${max}` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType({
  description: `Business days a deal may spend in each open stage before it is overdue (${RULES.stageDueBusinessDays.min} to ${RULES.stageDueBusinessDays.max} each); left out: unchanged.`,
})
export class StageDueBusinessDaysInput {
  @Field(() => Int, { nullable: true, description: 'identified → contacted.' })
  @apply(wholeDays('identified', RULES.stageDueBusinessDays))
  identified?: number | null;

  @Field(() => Int, { nullable: true, description: 'contacted → proposal_sent.' })
  @apply(wholeDays('contacted', RULES.stageDueBusinessDays))
  contacted?: number | null;

  @Field(() => Int, { nullable: true, description: 'proposal_sent → signed.' })
  @apply(wholeDays('proposal_sent', RULES.stageDueBusinessDays))
  proposal_sent?: number | null;

  @Field(() => Int, { nullable: true, description: 'negotiating → signed.' })
  @apply(wholeDays('negotiating', RULES.stageDueBusinessDays))
  negotiating?: number | null;
}

@InputType({
  description: `Calendar days before the rival’s shutdown a contract must be signed, per segment (${RULES.migrationLeadDays.min} to ${RULES.migrationLeadDays.max} each); left out: unchanged.`,
})
export class MigrationLeadDaysInput {
  @Field(() => Int, { nullable: true, description: 'Enterprise VPN customers.' })
  @apply(wholeDays('enterprise_vpn', RULES.migrationLeadDays))
  enterprise_vpn?: number | null;

  @Field(() => Int, { nullable: true, description: 'Wholesale ISPs.' })
  @apply(wholeDays('isp_wholesale', RULES.migrationLeadDays))
  isp_wholesale?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hosting customers.' })
  @apply(wholeDays('hosting', RULES.migrationLeadDays))
  hosting?: number | null;

  @Field(() => Int, { nullable: true, description: 'Colocation customers.' })
  @apply(wholeDays('colocation', RULES.migrationLeadDays))
  colocation?: number | null;

  @Field(() => Int, { nullable: true, description: 'Small web-hosting customers.' })
  @apply(wholeDays('smb_web', RULES.migrationLeadDays))
  smb_web?: number | null;
}

const percent = (field: string, { min, max }: SettingNumberRule) => [
  IsOptional(),
  IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: `${field} must be a number with at most 2 decimals` }),
  Min(min, { message: `${field} must be between ${min} and ${max}` }),
  Max(max, { message: `${field} must be between ${min} and ${max}` }),
];

@InputType({
  description:
    'Discount limits in percent (0 to 100): a rep gives up to repPercent at once, a manager approves up to managerPercent, beyond it only an admin. repPercent ≤ managerPercent.',
})
export class DiscountLimitsInput {
  @Field(() => Float, { nullable: true, description: 'What a rep may give at once.' })
  @apply(percent('repPercent', RULES.discountPercent))
  repPercent?: number | null;

  @Field(() => Float, { nullable: true, description: 'What a manager may approve (not below repPercent).' })
  @apply(percent('managerPercent', RULES.discountPercent))
  managerPercent?: number | null;
}

@InputType({ description: 'The switch credit for months the customer prepaid to the rival.' })
export class SwitchCreditInput {
  @Field(() => Float, { nullable: true, description: 'Percent of the rival spend credited per prepaid month (0 to 100).' })
  @apply(percent('ratePercent', RULES.switchCreditRatePercent))
  ratePercent?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Cap, in months of the proposal’s monthly value (${RULES.switchCreditCapMonths.min} to ${RULES.switchCreditCapMonths.max}).`,
  })
  @IsOptional()
  @IsInt({ message: 'capMonths must be a whole number of months' })
  @Min(RULES.switchCreditCapMonths.min, { message: `capMonths must be at least ${RULES.switchCreditCapMonths.min}` })
  @Max(RULES.switchCreditCapMonths.max, { message: `capMonths must be at most ${RULES.switchCreditCapMonths.max}` })
  capMonths?: number | null;
}

const { min: minPoints, max: maxPoints } = RULES.urgencyWeight;
const points = (field: string) => [
  IsOptional(),
  IsInt({ message: `${field} must be a whole number of points` }),
  Min(minPoints, { message: `${field} must be between ${minPoints} and ${maxPoints}` }),
  Max(maxPoints, { message: `${field} must be between ${minPoints} and ${maxPoints}` }),
];

@InputType({ description: 'Points each urgency factor adds (whole numbers, 0 to 100; the score is capped at 100).' })
export class UrgencyWeightsInput {
  @Field(() => Int, { nullable: true, description: 'Shutdown within 7 days.' }) @apply(points('shutdownWithin7Days')) shutdownWithin7Days?: number | null;
  @Field(() => Int, { nullable: true, description: 'Shutdown within 14 days.' }) @apply(points('shutdownWithin14Days')) shutdownWithin14Days?: number | null;
  @Field(() => Int, { nullable: true, description: 'Shutdown within 30 days.' }) @apply(points('shutdownWithin30Days')) shutdownWithin30Days?: number | null;
  @Field(() => Int, { nullable: true, description: 'Shutdown within 90 days.' }) @apply(points('shutdownWithin90Days')) shutdownWithin90Days?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rival already shut down, account not migrated.' })
  @apply(points('shutDownNotMigrated'))
  shutDownNotMigrated?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rival insolvent, no shutdown date known.' }) @apply(points('insolventNoDate')) insolventNoDate?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rival liquidating, no shutdown date known.' }) @apply(points('liquidatingNoDate')) liquidatingNoDate?: number | null;
  @Field(() => Int, { nullable: true, description: 'The account has no backup provider.' }) @apply(points('noBackupProvider')) noBackupProvider?: number | null;
  @Field(() => Int, { nullable: true, description: 'The rival is the account’s principal operator.' })
  @apply(points('rivalPrincipalOperator'))
  rivalPrincipalOperator?: number | null;
  @Field(() => Int, { nullable: true, description: 'Most points the monthly spend can add (log scale).' }) @apply(points('monthlySpendMax')) monthlySpendMax?: number | null;
  @Field(() => Int, { nullable: true, description: 'Three or more countries.' }) @apply(points('multiCountry')) multiCountry?: number | null;
  @Field(() => Int, { nullable: true, description: 'No contact for 3 business days in an early stage.' }) @apply(points('noRecentContact')) noRecentContact?: number | null;
  @Field(() => Int, { nullable: true, description: 'Two or more of the rival’s outages touched the account’s services in the last 30 days.' })
  @apply(points('rivalOutages'))
  rivalOutages?: number | null;
  @Field(() => Int, { nullable: true, description: 'The account’s customer collective announced its members’ cancellations within 14 days (or the date passed).' })
  @apply(points('collectiveCancellation'))
  collectiveCancellation?: number | null;
}

const share = (field: string) => percent(field, RULES.outageImpactWeight);

@InputType({ description: 'The share of a minute of downtime each outage impact counts for (0 to 1, at most 2 decimals).' })
export class OutageImpactWeightsInput {
  @Field(() => Float, { nullable: true, description: 'major (default 1).' }) @apply(share('major')) major?: number | null;
  @Field(() => Float, { nullable: true, description: 'partial (default 0.5).' }) @apply(share('partial')) partial?: number | null;
  @Field(() => Float, { nullable: true, description: 'degraded (default 0).' }) @apply(share('degraded')) degraded?: number | null;
}

@InputType({
  description:
    'Changes a campaign’s rules. Give only what changes: every field left out (or null) keeps its value. A bad value is refused with BAD_USER_INPUT naming the field, and nothing is written.',
})
export class UpdateCampaignSettingsInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => Int, { description: 'The campaign’s version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'IANA time zone of its business days and local times, e.g. Europe/Paris.' })
  @IsOptional()
  @IsString()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Paris' })
  timeZone?: string | null;

  @Field(() => StageDueBusinessDaysInput, { nullable: true, description: 'Stage due times, in business days.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageDueBusinessDaysInput)
  stageDueBusinessDays?: StageDueBusinessDaysInput | null;

  @Field(() => MigrationLeadDaysInput, { nullable: true, description: 'Migration lead time per segment, in calendar days.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MigrationLeadDaysInput)
  migrationLeadDays?: MigrationLeadDaysInput | null;

  @Field(() => DiscountLimitsInput, { nullable: true, description: 'Discount limits.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DiscountLimitsInput)
  discountLimits?: DiscountLimitsInput | null;

  @Field(() => SwitchCreditInput, { nullable: true, description: 'Switch credit.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SwitchCreditInput)
  switchCredit?: SwitchCreditInput | null;

  @Field(() => Int, {
    nullable: true,
    description: `Calendar days a sent proposal stays valid (${RULES.proposalValidityDays.min} to ${RULES.proposalValidityDays.max}).`,
  })
  @IsOptional()
  @IsInt({ message: 'proposalValidityDays must be a whole number of days' })
  @Min(RULES.proposalValidityDays.min, { message: `proposalValidityDays must be at least ${RULES.proposalValidityDays.min}` })
  @Max(RULES.proposalValidityDays.max, { message: `proposalValidityDays must be at most ${RULES.proposalValidityDays.max}` })
  proposalValidityDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Workload units the migration team cuts over in a week (${RULES.weeklyMigrationCapacity.min} to ${RULES.weeklyMigrationCapacity.max.toLocaleString('en')}).`,
  })
  @IsOptional()
  @IsInt({ message: 'weeklyMigrationCapacity must be a whole number' })
  @Min(RULES.weeklyMigrationCapacity.min, { message: `weeklyMigrationCapacity must be at least ${RULES.weeklyMigrationCapacity.min}` })
  @Max(RULES.weeklyMigrationCapacity.max, { message: `weeklyMigrationCapacity must be at most ${RULES.weeklyMigrationCapacity.max}` })
  weeklyMigrationCapacity?: number | null;

  @Field(() => UrgencyWeightsInput, { nullable: true, description: 'Urgency weights.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UrgencyWeightsInput)
  urgencyWeights?: UrgencyWeightsInput | null;

  @Field(() => OutageImpactWeightsInput, { nullable: true, description: 'Outage weights in the rival’s availability, per impact.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutageImpactWeightsInput)
  outageImpactWeights?: OutageImpactWeightsInput | null;
}

@InputType({ description: 'Puts a user in a campaign’s team, or changes their place in it.' })
export class AddCampaignMemberInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => ID, {
    description:
      'The user: active, and of a role that fits — a manager may lead the team or sell in it, a rep only sells; admins see every campaign and are not team members.',
  })
  @IsString()
  userId!: string;

  @Field(() => TeamRoleEnum, { description: 'manager (leads the team: reassigns, approves discounts) or rep.' })
  @IsIn(['manager', 'rep'])
  teamRole!: 'manager' | 'rep';
}

@InputType({ description: 'Takes a user out of a campaign’s team.' })
export class RemoveCampaignMemberInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => ID, {
    description:
      'The member to remove. Refused (BAD_USER_INPUT) while they own accounts with an open deal in the campaign — reassign those first (assignAccount), so no customer is left without a rep — and for the team’s last manager.',
  })
  @IsString()
  userId!: string;
}

@ObjectType({ description: 'The campaign after the change.' })
export class CampaignPayload {
  @Field(() => CampaignModel, { description: 'The campaign, with its new settings, version and team.' })
  campaign!: CampaignModel;
}

@ObjectType({ description: 'The team member and their campaign after the change.' })
export class CampaignMemberPayload {
  @Field(() => CampaignModel, { description: 'The campaign, with its team.' })
  campaign!: CampaignModel;

  @Field(() => TeamMemberModel, { description: 'The member as they now are.' })
  member!: TeamMemberModel;
}

@InputType({ description: 'A member of a new campaign’s team.' })
export class NewTeamMemberInput {
  @Field(() => ID, { description: 'The user: active; a manager may lead or sell, a rep only sells; admins are not team members.' })
  @IsString()
  userId!: string;

  @Field(() => TeamRoleEnum, { description: 'manager (leads the team) or rep.' })
  @IsIn(['manager', 'rep'], { message: 'teamRole must be manager or rep' })
  teamRole!: 'manager' | 'rep';
}

@InputType({
  description:
    'A new campaign against a rival, with its team. Its rules start from the defaults (DESIGN.md §4; change them with updateCampaignSettings). Refused with BAD_USER_INPUT naming the field — and nothing written — for a rival another active campaign already targets (`input.rivalId`), a team without a manager (`input.team`), an unknown currency or time zone.',
})
export class CreateCampaignInput {
  @Field({ description: 'Its name, e.g. “KPNQwest takeover” (1 to 200 characters).' })
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field(() => ID, { description: 'The rival whose customers it goes after: no other active campaign may target it.' })
  @IsString()
  rivalId!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of its amounts (default EUR).' })
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 currency code such as EUR' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of its business days (default Europe/Paris).' })
  @IsOptional()
  @IsString()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Paris' })
  timeZone?: string | null;

  @Field(() => [NewTeamMemberInput], { description: 'Its dedicated team: at least one manager, and reps.' })
  @ArrayMinSize(1, { message: 'team must have at least one manager' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => NewTeamMemberInput)
  team!: NewTeamMemberInput[];
}

@InputType({ description: 'A campaign to close or archive, at the version you read.' })
export class CampaignStatusInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => Int, { description: 'The campaign’s version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
