import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { Node } from '../common/graphql/node.model';

export const CampaignStatusEnum = { active: 'active', closed: 'closed', archived: 'archived' } as const;
registerEnumType(CampaignStatusEnum, {
  name: 'CampaignStatus',
  description: 'Whether the campaign is still running.',
  valuesMap: {
    active: { description: 'Running: takes new accounts and work.' },
    closed: { description: 'Over: takes no new accounts (createAccount, importAccounts); its open deals may still be worked and read.' },
    archived: { description: 'Closed and put away: hidden from `campaigns` unless `includeArchived` is true; still readable by id.' },
  },
});

export const TeamRoleEnum = { manager: 'manager', rep: 'rep' } as const;
registerEnumType(TeamRoleEnum, { name: 'TeamRole', description: 'A member’s place in a campaign team: manager (leads it) or rep.' });

@ObjectType({ description: 'Business days a deal may spend in each open stage before it is overdue.' })
export class StageDueBusinessDays {
  @Field(() => Int, { description: 'identified → contacted.' }) identified!: number;
  @Field(() => Int, { description: 'contacted → proposal_sent.' }) contacted!: number;
  @Field(() => Int, { description: 'proposal_sent → signed.' }) proposal_sent!: number;
  @Field(() => Int, { description: 'negotiating → signed.' }) negotiating!: number;
}

@ObjectType({ description: 'Calendar days before the rival’s shutdown a contract must be signed, per segment, so the migration fits.' })
export class MigrationLeadDays {
  @Field(() => Int, { description: 'Enterprise VPN customers.' }) enterprise_vpn!: number;
  @Field(() => Int, { description: 'Wholesale ISPs.' }) isp_wholesale!: number;
  @Field(() => Int, { description: 'Hosting customers.' }) hosting!: number;
  @Field(() => Int, { description: 'Colocation customers.' }) colocation!: number;
  @Field(() => Int, { description: 'Small web-hosting customers.' }) smb_web!: number;
}

@ObjectType({ description: 'The largest discounts, in percent.' })
export class DiscountLimits {
  @Field(() => Float, { description: 'What a rep may give at once.' }) repPercent!: number;
  @Field(() => Float, { description: 'What a manager may approve; beyond it an admin must.' }) managerPercent!: number;
}

@ObjectType({ description: 'The credit for months the customer prepaid to the rival.' })
export class SwitchCreditSettings {
  @Field(() => Float, { description: 'Percent of the rival spend credited per prepaid month.' }) ratePercent!: number;
  @Field(() => Int, { description: 'Cap, in months of the proposal’s monthly value.' }) capMonths!: number;
}

@ObjectType({ description: 'Points each urgency factor adds (0–100).' })
export class UrgencyWeights {
  @Field(() => Int, { description: 'Shutdown within 7 days.' }) shutdownWithin7Days!: number;
  @Field(() => Int, { description: 'Shutdown within 14 days.' }) shutdownWithin14Days!: number;
  @Field(() => Int, { description: 'Shutdown within 30 days.' }) shutdownWithin30Days!: number;
  @Field(() => Int, { description: 'Shutdown within 90 days.' }) shutdownWithin90Days!: number;
  @Field(() => Int, { description: 'Rival already shut down, account not migrated.' }) shutDownNotMigrated!: number;
  @Field(() => Int, { description: 'Rival insolvent, no shutdown date known.' }) insolventNoDate!: number;
  @Field(() => Int, { description: 'Rival liquidating, no shutdown date known.' }) liquidatingNoDate!: number;
  @Field(() => Int, { description: 'The account has no backup provider.' }) noBackupProvider!: number;
  @Field(() => Int, { description: 'The rival is the account’s principal operator.' }) rivalPrincipalOperator!: number;
  @Field(() => Int, { description: 'Most points the monthly spend can add (log scale).' }) monthlySpendMax!: number;
  @Field(() => Int, { description: 'Three or more countries.' }) multiCountry!: number;
  @Field(() => Int, { description: 'No contact for 3 business days in an early stage.' }) noRecentContact!: number;
  @Field(() => Int, { description: 'Two or more of the rival’s outages touched the account’s services in the last 30 days.' }) rivalOutages!: number;
  @Field(() => Int, { description: 'The account’s customer collective announced its members’ cancellations within 14 days (or the date passed).' })
  collectiveCancellation!: number;
}

@ObjectType({ description: 'The share of a minute of downtime each outage impact counts for in the rival’s availability (0 to 1).' })
export class OutageImpactWeightSettings {
  @Field(() => Float, { description: 'major (default 1).' }) major!: number;
  @Field(() => Float, { description: 'partial (default 0.5).' }) partial!: number;
  @Field(() => Float, { description: 'degraded (default 0).' }) degraded!: number;
}

@ObjectType({ description: 'A campaign’s effective rules: its stored overrides over the defaults.' })
export class CampaignSettingsModel {
  @Field({ description: 'IANA time zone of its business days, e.g. Europe/Paris.' }) timeZone!: string;
  @Field(() => StageDueBusinessDays, { description: 'Stage due times, in business days.' }) stageDueBusinessDays!: StageDueBusinessDays;
  @Field(() => MigrationLeadDays, { description: 'Migration lead time per segment, in calendar days.' }) migrationLeadDays!: MigrationLeadDays;
  @Field(() => DiscountLimits, { description: 'Discount limits.' }) discountLimits!: DiscountLimits;
  @Field(() => SwitchCreditSettings, { description: 'Switch credit.' }) switchCredit!: SwitchCreditSettings;
  @Field(() => Int, { description: 'Calendar days a sent proposal stays valid.' }) proposalValidityDays!: number;
  @Field(() => Int, { description: 'Workload units the migration team cuts over in a week.' }) weeklyMigrationCapacity!: number;
  @Field(() => UrgencyWeights, { description: 'Urgency weights.' }) urgencyWeights!: UrgencyWeights;
  @Field(() => OutageImpactWeightSettings, { description: 'Outage weights in the rival’s availability, per impact.' }) outageImpactWeights!: OutageImpactWeightSettings;
}

@ObjectType({ description: 'How many accounts and deals a campaign holds.' })
export class CampaignCountsModel {
  @Field(() => Int, { description: 'Accounts in the campaign.' }) accounts!: number;
  @Field(() => Int, { description: 'Accounts nobody owns yet (claimable).' }) unassignedAccounts!: number;
  @Field(() => Int, { description: 'Deals still in play.' }) openOpportunities!: number;
  @Field(() => Int, { description: 'Deals in play past their due time.' }) overdueOpportunities!: number;
  @Field(() => Int, { description: 'Deals won.' }) won!: number;
  @Field(() => Int, { description: 'Deals lost.' }) lost!: number;
}

@ObjectType('TeamMember', { description: 'A user in a campaign’s dedicated team.' })
export class TeamMemberModel {
  userDbId!: string;

  @Field(() => TeamRoleEnum, { description: 'manager or rep.' })
  teamRole!: 'manager' | 'rep';

  @Field(() => GraphQLISODateTime, { description: 'When they joined the team.' })
  addedAt!: Date;
}

@ObjectType('Campaign', { implements: () => [Node], description: 'A takeover campaign against one rival, run by a dedicated team.' })
export class CampaignModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  rivalDbId!: string;

  @Field({ description: 'The campaign’s name.' })
  name!: string;

  @Field(() => CampaignStatusEnum, { description: 'active, closed or archived.' })
  status!: 'active' | 'closed' | 'archived';

  @Field({ description: 'ISO 4217 currency of its amounts.' })
  currency!: string;

  @Field(() => CampaignSettingsModel, { description: 'Its effective rules (stage deadlines, discounts, migration capacity, urgency weights…).' })
  settings!: CampaignSettingsModel;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

export const CampaignConnection = ConnectionType(CampaignModel, 'Campaign');
