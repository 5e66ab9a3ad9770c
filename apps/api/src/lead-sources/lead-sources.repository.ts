import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LawfulBasis, LeadSourceKind } from '@lifeboat/domain';
import { actorRef, type AccessScope, type Actor } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';

export interface LeadSourceRecord {
  id: string;
  campaignId: string;
  kind: LeadSourceKind;
  importId: string | null;
  fileName: string | null;
  actorUserId: string | null;
  actorLabel: string;
  lawfulBasis: LawfulBasis;
  recordedAt: Date;
}

export interface NewLeadSource {
  campaignId: string;
  kind: LeadSourceKind;
  importId?: string | null;
  fileName?: string | null;
  actor: Actor;
  lawfulBasis: LawfulBasis;
}

const toRecord = (r: Record<string, unknown>): LeadSourceRecord => ({
  id: r['id'] as string,
  campaignId: r['campaign_id'] as string,
  kind: r['kind'] as LeadSourceKind,
  importId: (r['import_id'] as string | null) ?? null,
  fileName: (r['file_name'] as string | null) ?? null,
  actorUserId: (r['actor_user_id'] as string | null) ?? null,
  actorLabel: r['actor_label'] as string,
  lawfulBasis: r['lawful_basis'] as LawfulBasis,
  recordedAt: new Date(r['recorded_at'] as string),
});

/** Lead sources: one per import file, one per entry by hand; accounts and contacts point at theirs. */
@Injectable()
export class LeadSourcesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a source in the writer's transaction; returns its id. */
  async create(manager: EntityManager, source: NewLeadSource): Promise<string> {
    const ref = actorRef(source.actor);
    const [row] = await manager.query(
      `INSERT INTO lead_source (campaign_id, kind, import_id, file_name, actor_user_id, actor_label, lawful_basis) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [source.campaignId, source.kind, source.importId ?? null, source.fileName ?? null, ref.actorType === 'user' ? ref.actorId : null, ref.actorLabel, source.lawfulBasis],
    );
    return row.id as string;
  }

  /** The source of an import (created with it), or null. */
  async idOfImport(manager: EntityManager, importId: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM lead_source WHERE import_id = $1`, [importId]);
    return (row?.id as string | undefined) ?? null;
  }

  async byIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, LeadSourceRecord>> {
    const params: unknown[] = [ids];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM lead_source WHERE id = ANY($1::uuid[]) AND ${scopeClause(scope, 'campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, toRecord(r)]));
  }
}
