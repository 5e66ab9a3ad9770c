import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CampaignSettingsOverrides } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { returnedRows } from '../database/hydrate';
import { MigrationRecord, toMigrationRecord } from './migration.record';

export type NewMigration = Pick<MigrationRecord, 'campaignId' | 'accountId' | 'opportunityId' | 'proposalId' | 'workload' | 'targetCutoverAt' | 'status'>;
export type MigrationPatch = Partial<Pick<MigrationRecord, 'workload' | 'targetCutoverAt' | 'status'>>;

const PATCH_COLUMNS: Record<keyof MigrationPatch, string> = { workload: 'workload', targetCutoverAt: 'target_cutover_at', status: 'status' };

/** The only place that queries migrations. Reads take the caller's scope. */
@Injectable()
export class MigrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, MigrationRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT m.* FROM migration m WHERE m.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'm.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, toMigrationRecord(r)]));
  }

  /** The migration of each deal (a won deal has one). */
  async byOpportunityIds(scope: AccessScope, opportunityIds: readonly string[]): Promise<Map<string, MigrationRecord>> {
    if (opportunityIds.length === 0) return new Map();
    const params: unknown[] = [[...opportunityIds]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT m.* FROM migration m WHERE m.opportunity_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'm.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['opportunity_id'] as string, toMigrationRecord(r)]));
  }

  async lockById(manager: EntityManager, scope: AccessScope, id: string): Promise<MigrationRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT m.* FROM migration m WHERE m.id = $1 AND ${scopeClause(scope, 'm.campaign_id', params)} FOR UPDATE`,
      params,
    );
    return rows[0] ? toMigrationRecord(rows[0]) : null;
  }

  async insert(manager: EntityManager, m: NewMigration): Promise<MigrationRecord> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO migration (campaign_id, account_id, opportunity_id, proposal_id, workload, target_cutover_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [m.campaignId, m.accountId, m.opportunityId, m.proposalId, m.workload, m.targetCutoverAt, m.status],
    );
    return toMigrationRecord(rows[0]);
  }

  /** Conditional update: null (nothing written) unless the row still has the version the caller read. */
  async update(manager: EntityManager, id: string, expectedVersion: number, patch: MigrationPatch): Promise<MigrationRecord | null> {
    const params: unknown[] = [];
    const sets: string[] = [];
    for (const [property, value] of Object.entries(patch) as Array<[keyof MigrationPatch, unknown]>) {
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${PATCH_COLUMNS[property]} = $${params.length}`);
    }
    params.push(id, expectedVersion);
    const rows: Record<string, unknown>[] = returnedRows(
      await manager.query(
      `UPDATE migration SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $${params.length - 1} AND version = $${params.length} RETURNING *`,
      params,
    ),
    );
    return rows[0] ? toMigrationRecord(rows[0]) : null;
  }

  /** One page of a campaign's migrations by target cutover, then id; keyset after the given key. */
  async findPage(scope: AccessScope, campaignId: string, opts: { limit: number; after?: { at: string; id: string } }): Promise<MigrationRecord[]> {
    const params: unknown[] = [campaignId];
    let where = `m.campaign_id = $1 AND ${scopeClause(scope, 'm.campaign_id', params)}`;
    if (opts.after) {
      params.push(opts.after.at, opts.after.id);
      where += ` AND (m.target_cutover_at, m.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(opts.limit + 1);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT m.* FROM migration m WHERE ${where} ORDER BY m.target_cutover_at, m.id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toMigrationRecord);
  }

  async count(scope: AccessScope, campaignId: string): Promise<number> {
    const params: unknown[] = [campaignId];
    const [row] = await this.manager.query(
      `SELECT count(*)::int AS n FROM migration m WHERE m.campaign_id = $1 AND ${scopeClause(scope, 'm.campaign_id', params)}`,
      params,
    );
    return row.n as number;
  }

  /** What the plan lays into weeks: the campaign's migrations not yet done, with their account's name. */
  async findToPlan(scope: AccessScope, campaignId: string): Promise<Array<{ migration: MigrationRecord; accountName: string }>> {
    const params: unknown[] = [campaignId];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT m.*, a.name AS account_name FROM migration m JOIN account a ON a.id = m.account_id
       WHERE m.campaign_id = $1 AND m.status <> 'migrated' AND ${scopeClause(scope, 'm.campaign_id', params)}
       ORDER BY m.target_cutover_at, m.id`,
      params,
    );
    return rows.map((r) => ({ migration: toMigrationRecord(r), accountName: r['account_name'] as string }));
  }

  /**
   * A campaign's stored settings, version-checked: null unless the campaign still has the version
   * the caller read. Only the key given changes (a JSON merge), the rest of the overrides stay.
   */
  async mergeCampaignSettings(
    manager: EntityManager,
    campaignId: string,
    expectedVersion: number,
    overrides: CampaignSettingsOverrides,
  ): Promise<{ version: number; settings: CampaignSettingsOverrides } | null> {
    const rows = returnedRows(
      await manager.query(
      `UPDATE campaign SET settings = settings || $1::jsonb, version = version + 1, updated_at = now()
       WHERE id = $2 AND version = $3 RETURNING version, settings`,
      [JSON.stringify(overrides), campaignId, expectedVersion],
    ),
    );
    return (rows[0] as { version: number; settings: CampaignSettingsOverrides } | undefined) ?? null;
  }
}
