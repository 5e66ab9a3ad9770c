import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { returnedRows } from '../database/hydrate';
import type { CollectiveMemberState } from './collective.model';
import { captureFlagsSql, captureStateSql } from '../pipeline/capture-state-sql';

/** A collective as stored. */
export interface CollectiveRecord {
  id: string;
  campaignId: string;
  name: string;
  forumUrl: string | null;
  claimedMembers: number;
  announcedCancellationAt: Date | null;
  spokespersonContactId: string | null;
  notes: string | null;
  version: number;
  createdAt: Date;
}

export type CollectiveFields = Pick<CollectiveRecord, 'name' | 'forumUrl' | 'claimedMembers' | 'announcedCancellationAt' | 'spokespersonContactId' | 'notes'>;

export interface MemberCounts {
  linked: number;
  won: number;
  pending: number;
  lost: number;
  untouched: number;
}

export interface MemberRow {
  accountId: string;
  accountName: string;
  state: CollectiveMemberState;
  addedAt: Date;
}

/** An account of a campaign as membership sees it: its name and the collective it is in, if any. */
export interface AccountMembership {
  id: string;
  name: string;
  normalizedName: string;
  collectiveId: string | null;
}

const toRecord = (r: Record<string, unknown>): CollectiveRecord => ({
  id: r['id'] as string,
  campaignId: r['campaign_id'] as string,
  name: r['name'] as string,
  forumUrl: (r['forum_url'] as string | null) ?? null,
  claimedMembers: Number(r['claimed_members']),
  announcedCancellationAt: r['announced_cancellation_at'] ? new Date(r['announced_cancellation_at'] as string) : null,
  spokespersonContactId: (r['spokesperson_contact_id'] as string | null) ?? null,
  notes: (r['notes'] as string | null) ?? null,
  version: Number(r['version']),
  createdAt: new Date(r['created_at'] as string),
});

/** Each member's state by the dashboard's capture rule (pipeline/capture-state-sql.ts), an open deal reading 'pending'. */
const STATE_SQL = captureStateSql('d', 'pending');
const DEALS_OF_MEMBERS = (collectiveParam: string) => `
  SELECT o.account_id, ${captureFlagsSql('o.stage')}
  FROM opportunity o JOIN collective_member cm ON cm.account_id = o.account_id
  WHERE cm.collective_id = ANY(${collectiveParam}::uuid[]) GROUP BY o.account_id`;

/** The only place that queries collectives and their members. */
@Injectable()
export class CollectivesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Collectives by id, among the campaigns the scope sees. */
  async getByIds(scope: AccessScope, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CollectiveRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM collective WHERE id = ANY($1::uuid[]) AND ${scopeClause(scope, 'campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, toRecord(r)]));
  }

  /** Reads the collective and locks it for the rest of the transaction; null when missing or outside the scope. */
  async lockById(manager: EntityManager, scope: AccessScope, id: string): Promise<CollectiveRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM collective WHERE id = $1 AND ${scopeClause(scope, 'campaign_id', params)} FOR UPDATE`,
      params,
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** A page of a campaign's collectives by name (then id), after the keyset `after`, one more than asked (for hasNextPage). */
  async pageOfCampaign(campaignId: string, limit: number, after: [string, string] | null): Promise<{ rows: CollectiveRecord[]; total: number }> {
    const params: unknown[] = [campaignId, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (name, id) > ($3, $4::uuid)`;
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM collective WHERE campaign_id = $1 ${keyset} ORDER BY name, id LIMIT $2`,
      params,
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM collective WHERE campaign_id = $1`, [campaignId]);
    return { rows: rows.map(toRecord), total: n };
  }

  /** The collective each account is in (accounts of collectives the scope sees; absent otherwise). */
  async byAccountIds(scope: AccessScope, accountIds: readonly string[]): Promise<Map<string, CollectiveRecord>> {
    if (accountIds.length === 0) return new Map();
    const params: unknown[] = [[...accountIds]];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT cm.account_id AS member_account_id, c.* FROM collective_member cm JOIN collective c ON c.id = cm.collective_id
       WHERE cm.account_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'c.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['member_account_id'] as string, toRecord(r)]));
  }

  /** Member counts by state, for each collective (zeros for one without members). */
  async countsByIds(ids: readonly string[]): Promise<Map<string, MemberCounts>> {
    const result = new Map<string, MemberCounts>(ids.map((id) => [id, { linked: 0, won: 0, pending: 0, lost: 0, untouched: 0 }]));
    if (ids.length === 0) return result;
    const rows: Array<{ collective_id: string; state: CollectiveMemberState; n: number }> = await this.dataSource.query(
      `WITH d AS (${DEALS_OF_MEMBERS('$1')})
       SELECT cm.collective_id, ${STATE_SQL} AS state, count(*)::int AS n
       FROM collective_member cm LEFT JOIN d ON d.account_id = cm.account_id
       WHERE cm.collective_id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [[...ids]],
    );
    for (const r of rows) {
      const counts = result.get(r.collective_id);
      if (!counts) continue;
      counts[r.state] += r.n;
      counts.linked += r.n;
    }
    return result;
  }

  /** A page of a collective's members by account name (then id), one more than asked. */
  async membersPage(collectiveId: string, limit: number, after: [string, string] | null): Promise<{ rows: MemberRow[]; total: number }> {
    const params: unknown[] = [[collectiveId], limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (a.name, a.id) > ($3, $4::uuid)`;
    }
    const rows: Array<{ account_id: string; name: string; state: CollectiveMemberState; added_at: string }> = await this.dataSource.query(
      `WITH d AS (${DEALS_OF_MEMBERS('$1')})
       SELECT a.id AS account_id, a.name, ${STATE_SQL} AS state, cm.added_at
       FROM collective_member cm JOIN account a ON a.id = cm.account_id LEFT JOIN d ON d.account_id = cm.account_id
       WHERE cm.collective_id = ANY($1::uuid[]) ${keyset}
       ORDER BY a.name, a.id LIMIT $2`,
      params,
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM collective_member WHERE collective_id = $1`, [collectiveId]);
    return { rows: rows.map((r) => ({ accountId: r.account_id, accountName: r.name, state: r.state, addedAt: new Date(r.added_at) })), total: n };
  }

  /** Accounts of the campaign among `ids`, with the collective each is in. */
  async accountsOfCampaign(manager: EntityManager, campaignId: string, ids: readonly string[]): Promise<AccountMembership[]> {
    const rows: Array<{ id: string; name: string; normalized_name: string; collective_id: string | null }> = await manager.query(
      `SELECT a.id, a.name, a.normalized_name, cm.collective_id FROM account a LEFT JOIN collective_member cm ON cm.account_id = a.id
       WHERE a.campaign_id = $1 AND a.id = ANY($2::uuid[]) ORDER BY a.name, a.id`,
      [campaignId, [...ids]],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, normalizedName: r.normalized_name, collectiveId: r.collective_id }));
  }

  /** Accounts of the campaign whose normalized name is one of `names` (the campaign and name index). */
  async accountsByNormalizedNames(manager: EntityManager, campaignId: string, names: readonly string[]): Promise<AccountMembership[]> {
    if (names.length === 0) return [];
    const rows: Array<{ id: string; name: string; normalized_name: string; collective_id: string | null }> = await manager.query(
      `SELECT a.id, a.name, a.normalized_name, cm.collective_id FROM account a LEFT JOIN collective_member cm ON cm.account_id = a.id
       WHERE a.campaign_id = $1 AND a.normalized_name = ANY($2::text[]) ORDER BY a.name, a.id`,
      [campaignId, [...names]],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, normalizedName: r.normalized_name, collectiveId: r.collective_id }));
  }

  /** The campaign of a contact (through its account); null when there is no such contact. */
  async campaignOfContact(manager: EntityManager, contactId: string): Promise<string | null> {
    const rows: Array<{ campaign_id: string }> = await manager.query(
      `SELECT a.campaign_id FROM contact ct JOIN account a ON a.id = ct.account_id WHERE ct.id = $1`,
      [contactId],
    );
    return rows[0]?.campaign_id ?? null;
  }

  async nameTaken(manager: EntityManager, campaignId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM collective WHERE campaign_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [campaignId, name, exceptId],
    );
    return rows.length > 0;
  }

  async insert(manager: EntityManager, campaignId: string, f: CollectiveFields): Promise<CollectiveRecord> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO collective (campaign_id, name, forum_url, claimed_members, announced_cancellation_at, spokesperson_contact_id, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [campaignId, f.name, f.forumUrl, f.claimedMembers, f.announcedCancellationAt, f.spokespersonContactId, f.notes],
    );
    return toRecord(rows[0]);
  }

  /** Conditional update: null (nothing written) unless the row still has the version the caller read. */
  async update(manager: EntityManager, id: string, expectedVersion: number, f: CollectiveFields): Promise<CollectiveRecord | null> {
    const rows = returnedRows(
      await manager.query(
        `UPDATE collective SET name = $3, forum_url = $4, claimed_members = $5, announced_cancellation_at = $6, spokesperson_contact_id = $7, notes = $8,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, f.name, f.forumUrl, f.claimedMembers, f.announcedCancellationAt, f.spokespersonContactId, f.notes],
      ),
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Links accounts (of the collective's campaign, in no collective): the ones newly linked. */
  async addMembers(manager: EntityManager, collective: Pick<CollectiveRecord, 'id' | 'campaignId'>, accountIds: readonly string[]): Promise<string[]> {
    if (accountIds.length === 0) return [];
    const rows: Array<{ account_id: string }> = returnedRows(
      await manager.query(
        `INSERT INTO collective_member (account_id, collective_id, campaign_id)
         SELECT unnest($3::uuid[]), $1, $2 ON CONFLICT (account_id) DO NOTHING RETURNING account_id`,
        [collective.id, collective.campaignId, [...accountIds]],
      ),
    ) as Array<{ account_id: string }>;
    return rows.map((r) => r.account_id);
  }

  /** Every member account's id. */
  async memberIds(manager: EntityManager, collectiveId: string): Promise<string[]> {
    const rows: Array<{ account_id: string }> = await manager.query(`SELECT account_id FROM collective_member WHERE collective_id = $1`, [collectiveId]);
    return rows.map((r) => r.account_id);
  }

  /** Unlinks accounts from the collective: the ones that were members. */
  async removeMembers(manager: EntityManager, collectiveId: string, accountIds: readonly string[]): Promise<string[]> {
    const rows = returnedRows(
      await manager.query(`DELETE FROM collective_member WHERE collective_id = $1 AND account_id = ANY($2::uuid[]) RETURNING account_id`, [collectiveId, [...accountIds]]),
    ) as Array<{ account_id: string }>;
    return rows.map((r) => r.account_id);
  }

  /** Deletes the collective (its members' links and agreement go with it): the accounts that were members. */
  async delete(manager: EntityManager, collectiveId: string): Promise<string[]> {
    const members = await this.memberIds(manager, collectiveId);
    await manager.query(`DELETE FROM collective WHERE id = $1`, [collectiveId]);
    return members;
  }
}

export const AGREEMENT_STATUSES = ['draft', 'pending_approval', 'approved', 'signed', 'withdrawn'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** A collective's own deal, as stored (one per collective). */
export interface AgreementRecord {
  collectiveId: string;
  campaignId: string;
  status: AgreementStatus;
  discountPercent: number;
  termMonths: number;
  conditions: string | null;
  requiredApproval: 'rep' | 'manager' | 'admin';
  rejectionReason: string | null;
  proposedByUserId: string | null;
  proposedByLabel: string;
  submittedAt: Date;
  approvedAt: Date | null;
  approvedByLabel: string | null;
  signedAt: Date | null;
  signedByName: string | null;
  recordedSignedByLabel: string | null;
  withdrawnAt: Date | null;
  version: number;
}

const date = (v: unknown): Date | null => (v ? new Date(v as string) : null);

const toAgreement = (r: Record<string, unknown>): AgreementRecord => ({
  collectiveId: r['collective_id'] as string,
  campaignId: r['campaign_id'] as string,
  status: r['status'] as AgreementStatus,
  discountPercent: Number(r['discount_percent']),
  termMonths: Number(r['term_months']),
  conditions: (r['conditions'] as string | null) ?? null,
  requiredApproval: r['required_approval'] as AgreementRecord['requiredApproval'],
  rejectionReason: (r['rejection_reason'] as string | null) ?? null,
  proposedByUserId: (r['proposed_by_user_id'] as string | null) ?? null,
  proposedByLabel: r['proposed_by_label'] as string,
  submittedAt: new Date(r['submitted_at'] as string),
  approvedAt: date(r['approved_at']),
  approvedByLabel: (r['approved_by_label'] as string | null) ?? null,
  signedAt: date(r['signed_at']),
  signedByName: (r['signed_by_name'] as string | null) ?? null,
  recordedSignedByLabel: (r['recorded_signed_by_label'] as string | null) ?? null,
  withdrawnAt: date(r['withdrawn_at']),
  version: Number(r['version']),
});

const AGREEMENT_COLUMNS: Record<Exclude<keyof AgreementRecord, 'collectiveId' | 'campaignId' | 'version'>, string> = {
  status: 'status',
  discountPercent: 'discount_percent',
  termMonths: 'term_months',
  conditions: 'conditions',
  requiredApproval: 'required_approval',
  rejectionReason: 'rejection_reason',
  proposedByUserId: 'proposed_by_user_id',
  proposedByLabel: 'proposed_by_label',
  submittedAt: 'submitted_at',
  approvedAt: 'approved_at',
  approvedByLabel: 'approved_by_label',
  signedAt: 'signed_at',
  signedByName: 'signed_by_name',
  recordedSignedByLabel: 'recorded_signed_by_label',
  withdrawnAt: 'withdrawn_at',
};

export type AgreementFields = Omit<AgreementRecord, 'collectiveId' | 'campaignId' | 'version'>;

/** Collective agreements: the only place that queries them. */
@Injectable()
export class CollectiveAgreementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The agreements of these collectives (absent when a collective has none). */
  async byCollectiveIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AgreementRecord>> {
    if (ids.length === 0) return new Map();
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM collective_agreement WHERE collective_id = ANY($1::uuid[])`, [[...ids]]);
    return new Map(rows.map((r) => [r['collective_id'] as string, toAgreement(r)]));
  }

  async lock(manager: EntityManager, collectiveId: string): Promise<AgreementRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM collective_agreement WHERE collective_id = $1 FOR UPDATE`, [collectiveId]);
    return rows[0] ? toAgreement(rows[0]) : null;
  }

  async insert(manager: EntityManager, collective: Pick<CollectiveRecord, 'id' | 'campaignId'>, f: AgreementFields): Promise<AgreementRecord> {
    const keys = Object.keys(AGREEMENT_COLUMNS) as Array<keyof AgreementFields>;
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO collective_agreement (collective_id, campaign_id, ${keys.map((k) => AGREEMENT_COLUMNS[k]).join(', ')})
       VALUES ($1, $2, ${keys.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING *`,
      [collective.id, collective.campaignId, ...keys.map((k) => f[k])],
    );
    return toAgreement(rows[0]);
  }

  /** Conditional update: null (nothing written) unless the row still has the version read. */
  async update(manager: EntityManager, collectiveId: string, expectedVersion: number, patch: Partial<AgreementFields>): Promise<AgreementRecord | null> {
    const keys = Object.keys(patch) as Array<keyof AgreementFields>;
    const rows = returnedRows(
      await manager.query(
        `UPDATE collective_agreement SET ${keys.map((k, i) => `${AGREEMENT_COLUMNS[k]} = $${i + 3}`).join(', ')}${keys.length ? ',' : ''} version = version + 1, updated_at = now()
         WHERE collective_id = $1 AND version = $2 RETURNING *`,
        [collectiveId, expectedVersion, ...keys.map((k) => patch[k])],
      ),
    );
    return rows[0] ? toAgreement(rows[0]) : null;
  }

  /** Agreements waiting for approval, in the campaigns the scope sees (oldest first), with their collective's name. */
  async pending(scope: AccessScope, campaignId: string | null, limit: number): Promise<AgreementRecord[]> {
    const params: unknown[] = [campaignId, limit];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM collective_agreement
       WHERE status = 'pending_approval' AND ($1::uuid IS NULL OR campaign_id = $1::uuid) AND ${scopeClause(scope, 'campaign_id', params)}
       ORDER BY submitted_at, collective_id LIMIT $2`,
      params,
    );
    return rows.map(toAgreement);
  }
}
