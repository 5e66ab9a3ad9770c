import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CampaignSettingsOverrides, ProposalStatus } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { returnedRows } from '../database/hydrate';
import { localeOf, type Locale, type Text } from '../notifications/notification-texts';
import {
  LIVE_PROPOSAL_STATUSES,
  NewProposalLine,
  ProposalLineRecord,
  ProposalRecord,
  proposalColumn,
  toProposalLineRecord,
  toProposalRecord,
} from './proposal.record';

export interface ProposalFilter {
  campaignId?: string;
  opportunityId?: string;
  status?: ProposalStatus;
}

export type NewProposal = Omit<
  ProposalRecord,
  | 'id'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'rejectionReason'
  | 'submittedAt'
  | 'approvedAt'
  | 'approvedByLabel'
  | 'sentAt'
  | 'validUntil'
  | 'tokenHash'
  | 'acceptedAt'
  | 'signerName'
  | 'signerTitle'
  | 'signerEmail'
  | 'signerIp'
  | 'expiredAt'
  | 'supersededAt'
  | 'supersededBy'
>;

/** A notification to insert, worded in each recipient's language (app_user.locale) when inserted. */
export interface NewNotification {
  userId: string;
  campaignId: string | null;
  kind: string;
  text: (locale: Locale) => Text;
  entityId: string | null;
  dedupeKey: string | null;
}

/** The only place that queries proposals, their lines, and the notifications they cause. Reads take the caller's scope. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async getByIds(scope: AccessScope, ids: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, ProposalRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT p.* FROM proposal p WHERE p.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'p.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, toProposalRecord(r)]));
  }

  /** Reads the proposal and locks it for the rest of the transaction; null when missing or outside the scope. */
  async lockById(manager: EntityManager, scope: AccessScope, id: string): Promise<ProposalRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT p.* FROM proposal p WHERE p.id = $1 AND ${scopeClause(scope, 'p.campaign_id', params)} FOR UPDATE`,
      params,
    );
    return rows[0] ? toProposalRecord(rows[0]) : null;
  }

  /**
   * The proposal whose acceptance token has this digest, whatever its status: the public link is
   * the only key, so no scope applies. Locked when a manager is given (acceptance).
   */
  async findByTokenHash(tokenHash: string, lockWith?: EntityManager): Promise<ProposalRecord | null> {
    const manager = lockWith ?? this.manager;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT p.* FROM proposal p WHERE p.token_hash = $1${lockWith ? ' FOR UPDATE' : ''}`,
      [tokenHash],
    );
    return rows[0] ? toProposalRecord(rows[0]) : null;
  }

  /** The deal's proposal still in play (draft, pending approval, approved or sent), locked; null when none. */
  async lockLiveByOpportunity(manager: EntityManager, opportunityId: string): Promise<ProposalRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT p.* FROM proposal p WHERE p.opportunity_id = $1 AND p.status = ANY($2::text[]) FOR UPDATE`,
      [opportunityId, LIVE_PROPOSAL_STATUSES],
    );
    return rows[0] ? toProposalRecord(rows[0]) : null;
  }

  async insert(manager: EntityManager, proposal: NewProposal): Promise<ProposalRecord> {
    const params: unknown[] = [];
    const columns: string[] = [];
    for (const [property, value] of Object.entries(proposal) as Array<[keyof ProposalRecord, unknown]>) {
      params.push(value);
      columns.push(proposalColumn(property));
    }
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO proposal (${columns.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
      params,
    );
    return toProposalRecord(rows[0]);
  }

  /** Conditional update: null (nothing written) unless the row still has the version the caller read. */
  async update(manager: EntityManager, id: string, expectedVersion: number, patch: Partial<ProposalRecord>): Promise<ProposalRecord | null> {
    const params: unknown[] = [];
    const sets: string[] = [];
    for (const [property, value] of Object.entries(patch) as Array<[keyof ProposalRecord, unknown]>) {
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${proposalColumn(property)} = $${params.length}`);
    }
    params.push(id, expectedVersion);
    const rows: Record<string, unknown>[] = returnedRows(
      await manager.query(
      `UPDATE proposal SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $${params.length - 1} AND version = $${params.length} RETURNING *`,
      params,
    ),
    );
    return rows[0] ? toProposalRecord(rows[0]) : null;
  }

  async replaceLines(manager: EntityManager, proposalId: string, lines: readonly NewProposalLine[]): Promise<void> {
    await manager.query(`DELETE FROM proposal_line WHERE proposal_id = $1`, [proposalId]);
    if (lines.length === 0) return;
    await manager.query(
      `INSERT INTO proposal_line (proposal_id, position, service_kind, description, quantity, monthly_unit_price, one_time_fee)
       SELECT $1, v.position, v.service_kind, v.description, v.quantity, v.monthly_unit_price, v.one_time_fee
       FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::bigint[], $7::bigint[])
         AS v(position, service_kind, description, quantity, monthly_unit_price, one_time_fee)`,
      [
        proposalId,
        lines.map((_, i) => i),
        lines.map((l) => l.serviceKind),
        lines.map((l) => l.description),
        lines.map((l) => l.quantity),
        lines.map((l) => l.monthlyUnitPrice),
        lines.map((l) => l.oneTimeFee),
      ],
    );
  }

  /** The lines of each proposal, in order. Callers pass ids they already read through their scope. */
  async linesByProposalIds(ids: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, ProposalLineRecord[]>> {
    const result = new Map<string, ProposalLineRecord[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT l.* FROM proposal_line l WHERE l.proposal_id = ANY($1::uuid[]) ORDER BY l.proposal_id, l.position, l.id`,
      [[...ids]],
    );
    for (const r of rows) result.get(r['proposal_id'] as string)?.push(toProposalLineRecord(r));
    return result;
  }

  /** Every proposal of each deal, newest first. */
  async byOpportunityIds(scope: AccessScope, opportunityIds: readonly string[]): Promise<Map<string, ProposalRecord[]>> {
    const result = new Map<string, ProposalRecord[]>(opportunityIds.map((id) => [id, []]));
    if (opportunityIds.length === 0) return result;
    const params: unknown[] = [[...opportunityIds]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT p.* FROM proposal p WHERE p.opportunity_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'p.campaign_id', params)}
       ORDER BY p.opportunity_id, p.created_at DESC, p.id DESC`,
      params,
    );
    for (const r of rows) result.get(r['opportunity_id'] as string)?.push(toProposalRecord(r));
    return result;
  }

  private filterSql(scope: AccessScope, filter: ProposalFilter, params: unknown[]): string {
    const where = [scopeClause(scope, 'p.campaign_id', params)];
    if (filter.campaignId) {
      params.push(filter.campaignId);
      where.push(`p.campaign_id = $${params.length}::uuid`);
    }
    if (filter.opportunityId) {
      params.push(filter.opportunityId);
      where.push(`p.opportunity_id = $${params.length}::uuid`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`p.status = $${params.length}`);
    }
    return where.join(' AND ');
  }

  /** One page, newest first (created_at DESC, id DESC), keyset after the given key; one row more tells if more follow. */
  async findPage(scope: AccessScope, filter: ProposalFilter, opts: { limit: number; after?: { createdAt: string; id: string } }): Promise<ProposalRecord[]> {
    const params: unknown[] = [];
    let where = this.filterSql(scope, filter, params);
    if (opts.after) {
      params.push(opts.after.createdAt, opts.after.id);
      where += ` AND (p.created_at, p.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(opts.limit + 1);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT p.* FROM proposal p WHERE ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toProposalRecord);
  }

  async count(scope: AccessScope, filter: ProposalFilter): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.manager.query(`SELECT count(*)::int AS n FROM proposal p WHERE ${this.filterSql(scope, filter, params)}`, params);
    return row.n as number;
  }

  /** Whether any sent proposal is past its validity: the expiry sweep only starts a job when there is work. */
  async anyExpiryDue(now: Date): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(`SELECT 1 FROM proposal WHERE status = 'sent' AND valid_until < $1 LIMIT 1`, [now]);
    return rows.length > 0;
  }

  /** Turns sent proposals past their validity into expired (at most `limit`), returning them as they now are. */
  async expireDue(manager: EntityManager, now: Date, limit: number): Promise<ProposalRecord[]> {
    const rows: Record<string, unknown>[] = returnedRows(
      await manager.query(
      `UPDATE proposal SET status = 'expired', expired_at = $1, version = version + 1, updated_at = now()
       WHERE id IN (SELECT id FROM proposal WHERE status = 'sent' AND valid_until < $1 ORDER BY valid_until, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [now, limit],
    ),
    );
    return rows.map(toProposalRecord);
  }

  // People to notify

  /** For each proposal, the reps to tell (its author and its account's owner) and the account's name. */
  async repsOfProposals(manager: EntityManager, ids: readonly string[]): Promise<Map<string, Array<{ userId: string; accountName: string; campaignSettings: CampaignSettingsOverrides | null }>>> {
    const result = new Map<string, Array<{ userId: string; accountName: string; campaignSettings: CampaignSettingsOverrides | null }>>();
    if (ids.length === 0) return result;
    const rows: Array<{ proposal_id: string; user_id: string; account_name: string; settings: CampaignSettingsOverrides | null }> = await manager.query(
      `SELECT DISTINCT ON (p.id, u.user_id) p.id AS proposal_id, u.user_id, a.name AS account_name, c.settings
       FROM proposal p JOIN account a ON a.id = p.account_id JOIN campaign c ON c.id = p.campaign_id
       CROSS JOIN LATERAL (VALUES (p.created_by_user_id), (a.owner_id)) AS u(user_id)
       WHERE p.id = ANY($1::uuid[]) AND u.user_id IS NOT NULL`,
      [[...ids]],
    );
    for (const r of rows) {
      const list = result.get(r.proposal_id) ?? [];
      list.push({ userId: r.user_id, accountName: r.account_name, campaignSettings: r.settings });
      result.set(r.proposal_id, list);
    }
    return result;
  }

  /** The managers of a campaign's team. */
  async managerIdsOfCampaign(manager: EntityManager, campaignId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT m.user_id FROM campaign_member m JOIN app_user u ON u.id = m.user_id
       WHERE m.campaign_id = $1 AND m.team_role = 'manager' AND u.active ORDER BY m.user_id`,
      [campaignId],
    );
    return rows.map((r) => r.user_id);
  }

  async activeAdminIds(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id`);
    return rows.map((r) => r.id);
  }

  /** In-app notifications; one with a dedupe key already given to that user is skipped. */
  async insertNotifications(manager: EntityManager, notifications: readonly NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const rows: Array<{ id: string; locale: string }> = await manager.query(`SELECT id, locale FROM app_user WHERE id = ANY($1::uuid[])`, [
      [...new Set(notifications.map((n) => n.userId))],
    ]);
    const locales = new Map(rows.map((r) => [r.id, localeOf(r.locale)]));
    for (const n of notifications) {
      const { title, body } = n.text(locales.get(n.userId) ?? 'en');
      await manager.query(
        `INSERT INTO notification (user_id, campaign_id, kind, title, body, entity_id, dedupe_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
        [n.userId, n.campaignId, n.kind, title, body, n.entityId, n.dedupeKey],
      );
    }
  }
}
