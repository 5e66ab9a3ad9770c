import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ActivityKind, Segment, Stage } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { hydrate, returnedRows } from '../database/hydrate';
import { setClause } from '../database/sql-set';
import { AccountEntity } from '../accounts/account.entity';
import { cycleBucketSql, cycleSecondsSql } from './cycle-time-sql';
import { ActivityEntity, OpportunityEntity, StageTransitionEntity } from './opportunity.entity';

/** A deal with the currency of its campaign. */
export type OpportunityRecord = OpportunityEntity & { currency: string };

export type OpportunityOrder = 'DUE_AT' | 'MONTHLY_VALUE';

export interface OpportunityFilter {
  campaignId?: string;
  stage?: Stage;
  ownerId?: string;
  overdue?: boolean;
  segment?: Segment;
  rivalId?: string;
  /** closed_at ≥ closedFrom. */
  closedFrom?: Date;
  /** closed_at < closedBefore. */
  closedBefore?: Date;
  /** The cycle-time bucket (its fromDays) of closed_at − first_contact_at, as the dashboard's histogram counts it. */
  cycleBucket?: number;
}

export type NewOpportunity = Pick<
  OpportunityEntity,
  'accountId' | 'campaignId' | 'stage' | 'stageEnteredAt' | 'dueAt' | 'monthlyValue' | 'oneTimeValue' | 'termMonths'
>;
/** A new activity; the logged-call fields (outcome code, next step in words) are optional for the system's. */
export type NewActivity = Omit<ActivityEntity, 'id' | 'createdAt' | 'outcomeCode' | 'nextStep'> & Partial<Pick<ActivityEntity, 'outcomeCode' | 'nextStep'>>;

const OPEN = `o.stage NOT IN ('won','lost')`;
const ORDERS: Record<OpportunityOrder, { key: string; desc: boolean; cast: string }> = {
  DUE_AT: { key: `COALESCE(o.due_at, 'infinity'::timestamptz)`, desc: false, cast: 'timestamptz' },
  MONTHLY_VALUE: { key: 'o.monthly_value', desc: true, cast: 'bigint' },
};

/** A deal as an export writes it (amounts in minor units, as text: bigint). */
export interface DealExportRow {
  id: string;
  accountId: string;
  accountName: string;
  externalRef: string | null;
  segment: Segment;
  campaignName: string;
  currency: string;
  stage: Stage;
  ownerName: string | null;
  ownerEmail: string | null;
  monthlyValue: string;
  oneTimeValue: string;
  termMonths: number;
  dueAt: Date | null;
  overdue: boolean;
  expectedCloseAt: Date | null;
  stageEnteredAt: Date;
  firstContactAt: Date | null;
  closedAt: Date | null;
  lostReason: string | null;
  lostToBidder: string | null;
  note: string | null;
  createdAt: Date;
}

/** Which activities of a campaign an export writes. */
export interface ActivityExportFilter {
  campaignId: string;
  accountId?: string;
  kind?: ActivityKind;
  from?: Date;
  to?: Date;
}

export interface ActivityExportRow {
  id: string;
  occurredAt: Date;
  kind: ActivityKind;
  accountId: string;
  accountName: string;
  externalRef: string | null;
  campaignName: string;
  author: string;
  body: string;
  outcome: string | null;
  outcomeCode: string | null;
  nextStepAt: Date | null;
  nextStep: string | null;
  opportunityId: string | null;
}

/** An entry of a rep's work queue: an account and its open deal (none for an account nobody has worked yet). */
export interface QueueRow {
  account: AccountEntity & { currency: string };
  opportunity: OpportunityRecord | null;
  /** The queue's keyset: the account's priority and id. */
  sortKey: [number, string];
}

/**
 * An unassigned account still in play: with an open deal, or with no deal at all (not one whose
 * deals are all closed). The lookup is one probe per account walked (OFFSET 0 keeps it so: as an
 * EXISTS, PostgreSQL hashed every deal of the campaign first, 13 ms at 36,000 deals, for a page
 * that needs a few hundred probes).
 */
const UNASSIGNED_IN_PLAY = `(a.has_open_deal OR NOT EXISTS (SELECT 1 FROM opportunity x WHERE x.account_id = a.id OFFSET 0))`;

/** The only place that queries deals, their stage history and activities. Every read takes the caller's scope. */
@Injectable()
export class PipelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  private record(manager: EntityManager, row: Record<string, unknown>): OpportunityRecord {
    const o = hydrate(manager, OpportunityEntity, row) as OpportunityRecord;
    o.currency = String(row['campaign_currency']).trim();
    return o;
  }

  private filterSql(scope: AccessScope, filter: OpportunityFilter, now: Date, params: unknown[]): string {
    const where = [scopeClause(scope, 'o.campaign_id', params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.campaignId) add((n) => `o.campaign_id = $${n}::uuid`, filter.campaignId);
    if (filter.stage) add((n) => `o.stage = $${n}`, filter.stage);
    if (filter.ownerId) add((n) => `a.owner_id = $${n}::uuid`, filter.ownerId);
    if (filter.segment) add((n) => `a.segment = $${n}`, filter.segment);
    if (filter.rivalId) add((n) => `o.campaign_id IN (SELECT id FROM campaign WHERE rival_id = $${n}::uuid)`, filter.rivalId);
    if (filter.closedFrom) add((n) => `o.closed_at >= $${n}::timestamptz`, filter.closedFrom);
    if (filter.closedBefore) add((n) => `o.closed_at < $${n}::timestamptz`, filter.closedBefore);
    if (filter.cycleBucket !== undefined && filter.cycleBucket !== null) {
      add((n) => `${cycleBucketSql(cycleSecondsSql('o.closed_at', 'o.first_contact_at'))} = $${n}::int`, filter.cycleBucket);
    }
    if (filter.overdue !== undefined && filter.overdue !== null) {
      add((n) => `${filter.overdue ? '' : 'NOT '}COALESCE(${OPEN} AND o.due_at < $${n}::timestamptz, FALSE)`, now);
    }
    return where.join(' AND ');
  }

  async findPage(
    scope: AccessScope,
    opts: { filter: OpportunityFilter; orderBy: OpportunityOrder; limit: number; after?: { key: string; id: string }; now: Date },
  ): Promise<Array<{ opportunity: OpportunityRecord; sortKey: string }>> {
    const params: unknown[] = [];
    const order = ORDERS[opts.orderBy];
    let where = this.filterSql(scope, opts.filter, opts.now, params);
    if (opts.after) {
      params.push(opts.after.key, opts.after.id);
      const k = `$${params.length - 1}::${order.cast}`;
      where += ` AND (${order.key} ${order.desc ? '<' : '>'} ${k} OR (${order.key} = ${k} AND o.id > $${params.length}::uuid))`;
    }
    params.push(opts.limit + 1);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT o.*, c.currency AS campaign_currency, (${order.key})::text AS sort_key
       FROM opportunity o JOIN account a ON a.id = o.account_id JOIN campaign c ON c.id = o.campaign_id
       WHERE ${where} ORDER BY ${order.key} ${order.desc ? 'DESC' : 'ASC'}, o.id ASC LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({ opportunity: this.record(this.manager, r), sortKey: r['sort_key'] as string }));
  }

  /**
   * One batch of an export of the deals the filter matches (the `opportunities` filters), in id
   * order after `afterId` (the primary key walks it: ids are ordered by creation), with their
   * account, owner and campaign.
   */
  async exportDealsBatch(manager: EntityManager, scope: AccessScope, filter: OpportunityFilter, now: Date, afterId: string | null, limit: number): Promise<DealExportRow[]> {
    const params: unknown[] = [];
    let where = this.filterSql(scope, filter, now, params);
    params.push(now);
    const nowParam = `$${params.length}::timestamptz`;
    if (afterId) {
      params.push(afterId);
      where += ` AND o.id > $${params.length}::uuid`;
    }
    params.push(limit);
    return manager.query(
      `SELECT o.id, o.account_id AS "accountId", a.name AS "accountName", a.external_ref AS "externalRef", a.segment, cc.name AS "campaignName",
         cc.currency, o.stage, u.name AS "ownerName", u.email AS "ownerEmail", o.monthly_value::text AS "monthlyValue",
         o.one_time_value::text AS "oneTimeValue", o.term_months AS "termMonths", o.due_at AS "dueAt",
         COALESCE(${OPEN} AND o.due_at < ${nowParam}, FALSE) AS overdue, o.expected_close_at AS "expectedCloseAt",
         o.stage_entered_at AS "stageEnteredAt", o.first_contact_at AS "firstContactAt", o.closed_at AS "closedAt",
         o.lost_reason AS "lostReason", o.lost_to_bidder AS "lostToBidder", o.note, o.created_at AS "createdAt"
       FROM opportunity o JOIN account a ON a.id = o.account_id JOIN campaign cc ON cc.id = o.campaign_id
       LEFT JOIN app_user u ON u.id = a.owner_id
       WHERE ${where} ORDER BY o.id LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * One batch of an export of a campaign's activities (optionally one account's, one kind's, those
   * at or after `from` and before `to`), oldest first after the given (occurredAt, id), with their
   * account: activity_campaign_idx walks it.
   */
  async exportActivitiesBatch(manager: EntityManager, scope: AccessScope, filter: ActivityExportFilter, after: { occurredAt: Date; id: string } | null, limit: number): Promise<ActivityExportRow[]> {
    const params: unknown[] = [filter.campaignId];
    const where = [`t.campaign_id = $1::uuid`, scopeClause(scope, 't.campaign_id', params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.accountId) add((n) => `t.account_id = $${n}::uuid`, filter.accountId);
    if (filter.kind) add((n) => `t.kind = $${n}`, filter.kind);
    if (filter.from) add((n) => `t.occurred_at >= $${n}::timestamptz`, filter.from);
    if (filter.to) add((n) => `t.occurred_at < $${n}::timestamptz`, filter.to);
    if (after) {
      params.push(after.occurredAt, after.id);
      where.push(`(t.occurred_at, t.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return manager.query(
      `SELECT t.id, t.occurred_at AS "occurredAt", t.kind, t.account_id AS "accountId", a.name AS "accountName", a.external_ref AS "externalRef",
         cc.name AS "campaignName", t.author_label AS author, t.body, t.outcome, t.outcome_code AS "outcomeCode",
         t.next_step_at AS "nextStepAt", t.next_step AS "nextStep", t.opportunity_id AS "opportunityId"
       FROM activity t JOIN account a ON a.id = t.account_id JOIN campaign cc ON cc.id = t.campaign_id
       WHERE ${where.join(' AND ')} ORDER BY t.occurred_at, t.id LIMIT $${params.length}`,
      params,
    );
  }

  async count(scope: AccessScope, filter: OpportunityFilter, now: Date): Promise<number> {
    const params: unknown[] = [];
    const where = this.filterSql(scope, filter, now, params);
    const [row] = await this.manager.query(`SELECT count(*)::int AS n FROM opportunity o JOIN account a ON a.id = o.account_id WHERE ${where}`, params);
    return row.n as number;
  }

  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, OpportunityRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT o.*, c.currency AS campaign_currency FROM opportunity o JOIN campaign c ON c.id = o.campaign_id
       WHERE o.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'o.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, this.record(this.manager, r)]));
  }

  /** Every deal of each account, newest first. */
  async byAccountIds(scope: AccessScope, accountIds: readonly string[]): Promise<Map<string, OpportunityRecord[]>> {
    const result = new Map<string, OpportunityRecord[]>(accountIds.map((id) => [id, []]));
    if (accountIds.length === 0) return result;
    const params: unknown[] = [[...accountIds]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT o.*, c.currency AS campaign_currency FROM opportunity o JOIN campaign c ON c.id = o.campaign_id
       WHERE o.account_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'o.campaign_id', params)}
       ORDER BY o.account_id, (o.stage IN ('won','lost')), o.created_at DESC, o.id DESC`,
      params,
    );
    for (const r of rows) result.get(r['account_id'] as string)?.push(this.record(this.manager, r));
    return result;
  }

  /** Reads the deal and locks it for the rest of the transaction; null when missing or outside the scope. */
  async lockById(manager: EntityManager, scope: AccessScope, id: string): Promise<OpportunityRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT o.*, c.currency AS campaign_currency FROM opportunity o JOIN campaign c ON c.id = o.campaign_id
       WHERE o.id = $1 AND ${scopeClause(scope, 'o.campaign_id', params)} FOR UPDATE OF o`,
      params,
    );
    return rows[0] ? this.record(manager, rows[0]) : null;
  }

  /** The account's open deal, if any. */
  async openByAccountId(manager: EntityManager, accountId: string): Promise<OpportunityEntity | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT o.* FROM opportunity o WHERE o.account_id = $1 AND ${OPEN}`, [accountId]);
    return rows[0] ? hydrate(manager, OpportunityEntity, rows[0]) : null;
  }

  async insert(manager: EntityManager, deal: NewOpportunity): Promise<OpportunityEntity> {
    const params: unknown[] = [];
    const sets = setClause(manager, OpportunityEntity, deal, params);
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO opportunity (${sets.map((s) => s.split(' = ')[0]).join(', ')}) VALUES (${sets.map((s) => s.split(' = ')[1]).join(', ')}) RETURNING *`,
      params,
    );
    return hydrate(manager, OpportunityEntity, rows[0]);
  }

  /** Conditional update: null (nothing written) unless the row still has the version the caller read. */
  async update(manager: EntityManager, id: string, expectedVersion: number, patch: Partial<OpportunityEntity>): Promise<OpportunityEntity | null> {
    const params: unknown[] = [];
    const sets = setClause(manager, OpportunityEntity, patch, params);
    params.push(id, expectedVersion);
    const rows = returnedRows(await manager.query(
      `UPDATE opportunity SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $${params.length - 1} AND version = $${params.length} RETURNING *`,
      params,
    ));
    return rows[0] ? hydrate(manager, OpportunityEntity, rows[0]) : null;
  }

  async insertTransition(manager: EntityManager, t: Omit<StageTransitionEntity, 'id'>): Promise<void> {
    await manager.query(
      `INSERT INTO stage_transition (opportunity_id, campaign_id, from_stage, to_stage, at, due_at, actor_label) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [t.opportunityId, t.campaignId, t.fromStage, t.toStage, t.at, t.dueAt, t.actorLabel],
    );
  }

  // Activities

  async insertActivity(manager: EntityManager, a: NewActivity): Promise<ActivityEntity> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO activity (campaign_id, account_id, opportunity_id, kind, occurred_at, author_user_id, author_label, body, outcome, next_step_at, metadata, details, outcome_code, next_step)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14) RETURNING *`,
      [
        a.campaignId,
        a.accountId,
        a.opportunityId,
        a.kind,
        a.occurredAt,
        a.authorUserId,
        a.authorLabel,
        a.body,
        a.outcome,
        a.nextStepAt,
        JSON.stringify(a.metadata),
        a.details === null ? null : JSON.stringify(a.details),
        a.outcomeCode ?? null,
        a.nextStep ?? null,
      ],
    );
    return hydrate(manager, ActivityEntity, rows[0]);
  }

  /** The most recent activities of each account, newest first, at most `limit` each: one query for many accounts. */
  async recentActivitiesByAccountIds(scope: AccessScope, accountIds: readonly string[], limit: number): Promise<Map<string, ActivityEntity[]>> {
    const result = new Map<string, ActivityEntity[]>(accountIds.map((id) => [id, []]));
    if (accountIds.length === 0) return result;
    const params: unknown[] = [[...accountIds], limit];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT * FROM (
         SELECT t.*, row_number() OVER (PARTITION BY t.account_id ORDER BY t.occurred_at DESC, t.id DESC) AS rn
         FROM activity t WHERE t.account_id = ANY($1::uuid[]) AND ${scopeClause(scope, 't.campaign_id', params)}
       ) ranked WHERE rn <= $2 ORDER BY account_id, occurred_at DESC, id DESC`,
      params,
    );
    for (const r of rows) result.get(r['account_id'] as string)?.push(hydrate(this.manager, ActivityEntity, r));
    return result;
  }

  async getActivitiesByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, ActivityEntity>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT t.* FROM activity t WHERE t.id = ANY($1::uuid[]) AND ${scopeClause(scope, 't.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, hydrate(this.manager, ActivityEntity, r)]));
  }

  // The work queue
  //
  // A queue entry is one of three disjoint kinds: (1) an account the user owns with its open deal,
  // (2) an unassigned account with its open deal, (3) an unassigned account with no deal at all.
  // All are in one order: the account's queue priority (`queue_priority`, highest first: what
  // working it today rather than tomorrow is worth, libs/domain `computeQueuePriority`, migration
  // 1795490000005), then its id. The user's own walk `account_owner_queue_idx` (`has_open_deal` is
  // kept by triggers on opportunity, migration 1795402800000), the unassigned ones
  // `account_unowned_queue_idx`, each in order, stopping after one page; the page is the first rows
  // of their merge.

  /**
   * The size of the queue, counted up to `cap` (a rep is served by "1,000+" as well as by 36,623,
   * and counting a campaign's every claimable account was most of the read): the user's own
   * entries and the unassigned ones, each an index-only scan of its partial index that stops after
   * `cap` + 1 rows; whether there are more than `cap`.
   */
  async countQueue(scope: AccessScope, userId: string, cap: number): Promise<{ count: number; capped: boolean }> {
    const params: unknown[] = [userId];
    const [row] = await this.manager.query(`SELECT ${queueCount(scope, params, cap)} AS n`, params);
    return cappedCount(row.n, cap);
  }

  /**
   * A user's work queue in their campaigns: accounts they own with an open deal, and unassigned
   * accounts still in play (open deal or none), by queue priority (highest first), then account id;
   * keyset after the given priority and id.
   */
  async findQueue(scope: AccessScope, opts: { userId: string; limit: number; after?: [number, string] }): Promise<QueueRow[]> {
    return (await this.queueStatement(scope, opts)).rows;
  }

  /**
   * A page of the queue (findQueue) and the queue's size (countQueue) in one statement: one round
   * trip and one connection per read (the count's two index scans run once, as InitPlans, and every
   * row carries their sum). A page with no rows (an empty queue, or `after` its last entry) says
   * nothing of the size: the count is then asked alone.
   */
  async findQueueAndCount(
    scope: AccessScope,
    opts: { userId: string; limit: number; after?: [number, string] },
    cap: number,
  ): Promise<{ rows: QueueRow[]; total: { count: number; capped: boolean } }> {
    const { rows, total } = await this.queueStatement(scope, opts, cap);
    return { rows, total: total === null ? await this.countQueue(scope, opts.userId, cap) : cappedCount(total, cap) };
  }

  private async queueStatement(
    scope: AccessScope,
    opts: { userId: string; limit: number; after?: [number, string] },
    countCap?: number,
  ): Promise<{ rows: QueueRow[]; total: unknown }> {
    const params: unknown[] = [opts.userId];
    let after = 'TRUE';
    if (opts.after) {
      params.push(String(opts.after[0]), opts.after[1]);
      const n = params.length;
      // Priority descending, id ascending: the index bound is the priority, ties past the id are filtered.
      after = `a.queue_priority <= $${n - 1}::bigint AND (a.queue_priority < $${n - 1}::bigint OR a.id > $${n}::uuid)`;
    }
    params.push(opts.limit + 1);
    const limit = `$${params.length}`;
    const inScope = (column: string) => scopeClause(scope, column, params);
    const QUEUE_ORDER = `a.queue_priority DESC, a.id`;
    const rows: Record<string, unknown>[] = await this.manager.query(
      `WITH mine AS (
         -- account_owner_queue_idx, in order.
         SELECT a.id AS account_id, a.queue_priority AS priority
         FROM account a
         WHERE a.owner_id = $1 AND a.has_open_deal AND ${inScope('a.campaign_id')} AND ${after}
         ORDER BY ${QUEUE_ORDER} LIMIT ${limit}
       ), unassigned AS (
         -- account_unowned_queue_idx, in order: an open deal, or no deal at all (not only closed ones).
         SELECT a.id AS account_id, a.queue_priority AS priority
         FROM account a
         WHERE a.owner_id IS NULL AND ${inScope('a.campaign_id')} AND ${after} AND ${UNASSIGNED_IN_PLAY}
         ORDER BY ${QUEUE_ORDER} LIMIT ${limit}
       ), page AS (
         SELECT q.* FROM (SELECT * FROM mine UNION ALL SELECT * FROM unassigned) q
         ORDER BY q.priority DESC, q.account_id LIMIT ${limit}
       )
       SELECT a.*, c.currency AS campaign_currency,
              o.id AS o_id, o.account_id AS o_account_id, o.campaign_id AS o_campaign_id, o.stage AS o_stage,
              o.stage_entered_at AS o_stage_entered_at, o.due_at AS o_due_at, o.monthly_value AS o_monthly_value,
              o.one_time_value AS o_one_time_value, o.term_months AS o_term_months, o.probability AS o_probability,
              o.expected_close_at AS o_expected_close_at, o.lost_reason AS o_lost_reason, o.lost_to_bidder AS o_lost_to_bidder,
              o.note AS o_note, o.first_contact_at AS o_first_contact_at, o.closed_at AS o_closed_at, o.version AS o_version,
              o.created_at AS o_created_at, o.updated_at AS o_updated_at${countCap === undefined ? '' : `,
              ${queueCount(scope, params, countCap)} AS queue_total`}
       FROM page p JOIN account a ON a.id = p.account_id JOIN campaign c ON c.id = a.campaign_id
       -- Each entry's open deal by opportunity_one_open_per_account_uq (OFFSET 0 keeps this a lookup
       -- per row: joined plainly, PostgreSQL hashed the page and read every deal of the table).
       LEFT JOIN LATERAL (SELECT * FROM opportunity x WHERE x.account_id = p.account_id AND x.stage NOT IN ('won','lost') OFFSET 0) o ON TRUE
       ORDER BY p.priority DESC, p.account_id`,
      params,
    );
    const found = rows.map((r): QueueRow => {
      const account = hydrate(this.manager, AccountEntity, r) as AccountEntity & { currency: string };
      account.currency = String(r['campaign_currency']).trim();
      let opportunity: OpportunityRecord | null = null;
      if (r['o_id']) {
        opportunity = hydrate(this.manager, OpportunityEntity, r, 'o_') as OpportunityRecord;
        opportunity.currency = account.currency;
      }
      return { account, opportunity, sortKey: [account.queuePriority, account.id] };
    });
    return { rows: found, total: rows.length ? rows[0]['queue_total'] : null };
  }
}

/**
 * The size of a user's queue up to `cap` + 1, as an SQL expression (`$1` is the user): the user's
 * own entries and the unassigned ones, each an index-only scan of its partial index that stops
 * after `cap` + 1 rows.
 */
function queueCount(scope: AccessScope, params: unknown[], cap: number): string {
  params.push(cap + 1);
  const limit = `$${params.length}`;
  const inScope = (column: string) => scopeClause(scope, column, params);
  return `((SELECT count(*) FROM (SELECT 1 FROM account a WHERE a.owner_id = $1 AND a.has_open_deal AND ${inScope('a.campaign_id')} LIMIT ${limit}) s)
            + (SELECT count(*) FROM (SELECT 1 FROM account a WHERE a.owner_id IS NULL AND ${inScope('a.campaign_id')} AND ${UNASSIGNED_IN_PLAY} LIMIT ${limit}) s))`;
}

function cappedCount(n: unknown, cap: number): { count: number; capped: boolean } {
  const count = Number(n);
  return { count: Math.min(count, cap), capped: count > cap };
}
