import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsTimeZone, Max, Min, ValidateNested } from 'class-validator';
import { CampaignModel, TeamMemberModel, TeamRoleEnum } from '../campaign.model';

/*
 * The campaign's rules as an admin changes them (DESIGN.md §3 Campaign, §4). Every field is
 * optional: what is left out (or null) keeps its current value. Bounds are checked here
 * (class-validator) and the merged settings again by the domain's `resolveCampaignSettings`
 * (e.g. the manager's discount limit may not be below the rep's).
 */

const wholeDays = (field: string, min: number, max: number) => [
  IsOptional(),
  IsInt({ message: `${field} must be a whole number of days` }),
  Min(min, { message: `${field} must be at least ${min}` }),
  Max(max, { message: `${field} must be at most ${max}` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType({ description: 'Business days a deal may spend in each open stage before it is overdue (1 to 60 each); left out: unchanged.' })
export class StageDueBusinessDaysInput {
  @Field(() => Int, { nullable: true, description: 'identified → contacted.' })
  @apply(wholeDays('identified', 1, 60))
  identified?: number | null;

  @Field(() => Int, { nullable: true, description: 'contacted → proposal_sent.' })
  @apply(wholeDays('contacted', 1, 60))
  contacted?: number | null;

  @Field(() => Int, { nullable: true, description: 'proposal_sent → signed.' })
  @apply(wholeDays('proposal_sent', 1, 60))
  proposal_sent?: number | null;

  @Field(() => Int, { nullable: true, description: 'negotiating → signed.' })
  @apply(wholeDays('negotiating', 1, 60))
  negotiating?: number | null;
}

@InputType({ description: 'Calendar days before the rival’s shutdown a contract must be signed, per segment (0 to 365 each); left out: unchanged.' })
export class MigrationLeadDaysInput {
  @Field(() => Int, { nullable: true, description: 'Enterprise VPN customers.' })
  @apply(wholeDays('enterprise_vpn', 0, 365))
  enterprise_vpn?: number | null;

  @Field(() => Int, { nullable: true, description: 'Wholesale ISPs.' })
  @apply(wholeDays('isp_wholesale', 0, 365))
  isp_wholesale?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hosting customers.' })
  @apply(wholeDays('hosting', 0, 365))
  hosting?: number | null;

  @Field(() => Int, { nullable: true, description: 'Colocation customers.' })
  @apply(wholeDays('colocation', 0, 365))
  colocation?: number | null;

  @Field(() => Int, { nullable: true, description: 'Small web-hosting customers.' })
  @apply(wholeDays('smb_web', 0, 365))
  smb_web?: number | null;
}

const percent = (field: string) => [
  IsOptional(),
  IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: `${field} must be a number with at most 2 decimals` }),
  Min(0, { message: `${field} must be between 0 and 100` }),
  Max(100, { message: `${field} must be between 0 and 100` }),
];

@InputType({
  description:
    'Discount limits in percent (0 to 100): a rep gives up to repPercent at once, a manager approves up to managerPercent, beyond it only an admin. repPercent ≤ managerPercent.',
})
export class DiscountLimitsInput {
  @Field(() => Float, { nullable: true, description: 'What a rep may give at once.' })
  @apply(percent('repPercent'))
  repPercent?: number | null;

  @Field(() => Float, { nullable: true, description: 'What a manager may approve (not below repPercent).' })
  @apply(percent('managerPercent'))
  managerPercent?: number | null;
}

@InputType({ description: 'The switch credit for months the customer prepaid to the rival.' })
export class SwitchCreditInput {
  @Field(() => Float, { nullable: true, description: 'Percent of the rival spend credited per prepaid month (0 to 100).' })
  @apply(percent('ratePercent'))
  ratePercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Cap, in months of the proposal’s monthly value (0 to 24).' })
  @IsOptional()
  @IsInt({ message: 'capMonths must be a whole number of months' })
  @Min(0, { message: 'capMonths must be at least 0' })
  @Max(24, { message: 'capMonths must be at most 24' })
  capMonths?: number | null;
}

const points = (field: string) => [
  IsOptional(),
  IsInt({ message: `${field} must be a whole number of points` }),
  Min(0, { message: `${field} must be between 0 and 100` }),
  Max(100, { message: `${field} must be between 0 and 100` }),
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

  @Field(() => Int, { nullable: true, description: 'Calendar days a sent proposal stays valid (1 to 90).' })
  @IsOptional()
  @IsInt({ message: 'proposalValidityDays must be a whole number of days' })
  @Min(1, { message: 'proposalValidityDays must be at least 1' })
  @Max(90, { message: 'proposalValidityDays must be at most 90' })
  proposalValidityDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Workload units the migration team cuts over in a week (1 to 100,000).' })
  @IsOptional()
  @IsInt({ message: 'weeklyMigrationCapacity must be a whole number' })
  @Min(1, { message: 'weeklyMigrationCapacity must be at least 1' })
  @Max(100_000, { message: 'weeklyMigrationCapacity must be at most 100000' })
  weeklyMigrationCapacity?: number | null;

  @Field(() => UrgencyWeightsInput, { nullable: true, description: 'Urgency weights.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UrgencyWeightsInput)
  urgencyWeights?: UrgencyWeightsInput | null;
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
