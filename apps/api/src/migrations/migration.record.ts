import type { MigrationStatus } from '@lifeboat/domain';

/** Moving a won customer onto our network (table `migration`): one per won deal. */
export interface MigrationRecord {
  id: string;
  campaignId: string;
  accountId: string;
  opportunityId: string;
  proposalId: string | null;
  /** Workload units, the unit of the campaign's weekly capacity. */
  workload: number;
  targetCutoverAt: Date;
  status: MigrationStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toMigrationRecord(row: Record<string, unknown>): MigrationRecord {
  const date = (v: unknown) => (v instanceof Date ? v : new Date(v as string));
  return {
    id: row['id'] as string,
    campaignId: row['campaign_id'] as string,
    accountId: row['account_id'] as string,
    opportunityId: row['opportunity_id'] as string,
    proposalId: (row['proposal_id'] as string | null) ?? null,
    workload: Number(row['workload']),
    targetCutoverAt: date(row['target_cutover_at']),
    status: row['status'] as MigrationStatus,
    version: Number(row['version']),
    createdAt: date(row['created_at']),
    updatedAt: date(row['updated_at']),
  };
}
