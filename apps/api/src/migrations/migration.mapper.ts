import { toGlobalId } from '../common/graphql/global-id';
import { toCampaignModel } from '../campaigns/campaign.mapper';
import { MigrationRecord } from './migration.record';
import { MigrationModel, MigrationPlanModel } from './migration.model';
import { PlannedCampaign } from './migrations.service';

export function toMigrationModel(m: MigrationRecord): MigrationModel & { __typename: 'Migration' } {
  return {
    __typename: 'Migration',
    id: toGlobalId('Migration', m.id),
    dbId: m.id,
    campaignDbId: m.campaignId,
    accountDbId: m.accountId,
    opportunityDbId: m.opportunityId,
    proposalDbId: m.proposalId,
    workload: m.workload,
    targetCutoverAt: m.targetCutoverAt,
    status: m.status,
    createdAt: m.createdAt,
    version: m.version,
  };
}

export function toMigrationPlanModel(p: PlannedCampaign): MigrationPlanModel {
  const gid = (id: string) => toGlobalId('Migration', id);
  return {
    campaignDbId: p.campaign.id,
    campaign: toCampaignModel(p.campaign),
    weeklyCapacity: p.weeklyCapacity,
    timeZone: p.timeZone,
    rivalShutdownExpectedAt: p.shutdownExpectedAt,
    weeks: p.plan.weeks.map((w) => ({ ...w, migrationIds: w.migrationIds.map(gid) })),
    placements: p.plan.placements.map((pl) => ({
      migration: toMigrationModel(p.migrations.get(pl.id) as MigrationRecord),
      accountName: pl.accountName,
      weekStart: pl.weekStart,
      plannedCutoverAt: pl.plannedCutoverAt,
      willGoDark: pl.willGoDark,
      late: pl.late,
    })),
    overCapacityWeeks: p.plan.overCapacityWeeks,
    willGoDarkMigrationIds: p.plan.willGoDark.map(gid),
  };
}
