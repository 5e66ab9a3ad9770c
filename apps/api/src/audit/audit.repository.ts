import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { hydrate } from '../database/hydrate';
import { ApiKeyCallDetails, AuditEntryEntity } from './audit-entry.entity';

/** The action of an audit entry that records a call through an API key. */
export const API_KEY_CALL_ACTION = 'api_key.call';

/** An entry's time as its cursors carry it: to the millisecond. */
const MS_AT = `date_trunc('milliseconds', e.at)`;

/** The only place that reads and writes the audit trail. Entries without a campaign are seen only by callers who see everything. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A call through an API key: one INSERT on its own (no transaction, no read). Its time is kept
   * to the millisecond, so the (at, id) cursors of `apiKeyCalls` are exact.
   */
  async insertKeyCall(entry: Pick<AuditEntryEntity, 'actorType' | 'actorId' | 'actorLabel' | 'entityId' | 'campaignId'> & { details: ApiKeyCallDetails }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_entry (at, actor_type, actor_id, actor_label, action, entity_type, entity_id, campaign_id, changes, details)
       VALUES (date_trunc('milliseconds', now()), $1, $2, $3, '${API_KEY_CALL_ACTION}', 'ApiKey', $4, $5, '[]'::jsonb, $6::jsonb)`,
      [entry.actorType, entry.actorId, entry.actorLabel, entry.entityId, entry.campaignId, JSON.stringify(entry.details)],
    );
  }

  async insert(manager: EntityManager, entry: Omit<AuditEntryEntity, 'id' | 'at' | 'details'> & { details?: AuditEntryEntity['details'] }): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (actor_type, actor_id, actor_label, action, entity_type, entity_id, campaign_id, changes, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
      [
        entry.actorType,
        entry.actorId,
        entry.actorLabel,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.campaignId,
        JSON.stringify(entry.changes),
        entry.details ? JSON.stringify(entry.details) : null,
      ],
    );
  }

  /** The calls made through one API key, newest first, keyset on (at, id) descending. Admins only (the resolver checks). */
  async findKeyCallsPage(apiKeyId: string, opts: { limit: number; before?: { at: string; id: string } }): Promise<AuditEntryEntity[]> {
    const params: unknown[] = [apiKeyId];
    const where = [`e.entity_id = $1`, `e.action = '${API_KEY_CALL_ACTION}'`];
    if (opts.before) {
      params.push(opts.before.at, opts.before.id);
      where.push(`(e.at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(opts.limit + 1);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT e.* FROM audit_entry e WHERE ${where.join(' AND ')} ORDER BY e.at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => hydrate(this.dataSource.manager, AuditEntryEntity, r));
  }

  async countKeyCalls(apiKeyId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry e WHERE e.entity_id = $1 AND e.action = '${API_KEY_CALL_ACTION}'`,
      [apiKeyId],
    );
    return row.n as number;
  }

  /**
   * An entity's entries, oldest first (or newest first), keyset on (at to the millisecond, id): the
   * cursor carries `at` as an ISO string (milliseconds) while a change's entry is written to the
   * microsecond, so comparing the raw `at` repeated an entry on the next page oldest first.
   */
  async findPageByEntity(
    scope: AccessScope,
    entityId: string,
    opts: { limit: number; after?: { at: string; id: string }; newestFirst?: boolean },
  ): Promise<AuditEntryEntity[]> {
    const params: unknown[] = [entityId];
    const where = ['e.entity_id = $1', scopeClause(scope, 'e.campaign_id', params)];
    if (opts.after) {
      params.push(opts.after.at, opts.after.id);
      where.push(`(${MS_AT}, e.id) ${opts.newestFirst ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(opts.limit + 1);
    const order = opts.newestFirst ? `${MS_AT} DESC, e.id DESC` : `${MS_AT}, e.id`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT e.* FROM audit_entry e WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => hydrate(this.dataSource.manager, AuditEntryEntity, r));
  }

  async countByEntity(scope: AccessScope, entityId: string): Promise<number> {
    const params: unknown[] = [entityId];
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry e WHERE e.entity_id = $1 AND ${scopeClause(scope, 'e.campaign_id', params)}`,
      params,
    );
    return row.n as number;
  }

  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, AuditEntryEntity>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT e.* FROM audit_entry e WHERE e.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'e.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, hydrate(this.dataSource.manager, AuditEntryEntity, r)]));
  }
}
