import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Segment, Stage } from '@lifeboat/domain';
import type { WordedUrgencyFactor } from './urgency-english';
import type { UrgencySubject } from './urgency-rules';

/** An account as a recomputation reads it: what the rules look at, its open deal's stage and due time, and its stored score. */
export interface UrgencyAccountRow extends UrgencySubject {
  id: string;
  urgency: number;
  segment: Segment;
  openStage: Stage | null;
  openDueAt: Date | null;
}

/** An open deal as a recomputation reads it: what its due time depends on. */
export interface DueDealRow {
  id: string;
  stage: Stage;
  stageEnteredAt: Date;
  dueAt: Date | null;
  segment: Segment;
}

/** A computed urgency and queue priority to store; `lastContactAt` is written too when given (a logged contact). */
export interface UrgencyWrite {
  id: string;
  urgency: number;
  factors: WordedUrgencyFactor[];
  queuePriority: number;
  lastContactAt?: Date | null;
}

const OPEN = `o.stage NOT IN ('won','lost')`;

/** What a recomputation reads of accounts: the rules' inputs, the stored score, the open deal's stage and due time. */
const ACCOUNT_ROWS = `SELECT a.id, a.name, a.monthly_spend, a.countries, a.has_backup_provider, a.rival_is_principal_operator, a.last_contact_at,
              a.created_at, a.urgency, a.segment, o.stage AS open_stage, o.due_at AS open_due_at
       FROM account a LEFT JOIN opportunity o ON o.account_id = a.id AND ${OPEN}`;

/**
 * An account row (snake_case columns, with `open_stage` and `open_due_at`) as a recomputation reads
 * it: what the rules look at and its open deal's stage and due time. Shared with the import, whose
 * upsert returns these columns.
 */
export function urgencyAccountOf(r: Record<string, unknown>): Omit<UrgencyAccountRow, 'urgency'> {
  return {
    id: r['id'] as string,
    name: r['name'] as string,
    monthlySpend: Number(r['monthly_spend']),
    countries: (r['countries'] as string[]).map((c) => c.trim()),
    hasBackupProvider: r['has_backup_provider'] as boolean,
    rivalIsPrincipalOperator: r['rival_is_principal_operator'] as boolean,
    lastContactAt: r['last_contact_at'] ? new Date(r['last_contact_at'] as string) : null,
    createdAt: new Date(r['created_at'] as string),
    segment: r['segment'] as Segment,
    openStage: (r['open_stage'] as Stage | null) ?? null,
    openDueAt: r['open_due_at'] ? new Date(r['open_due_at'] as string) : null,
  };
}

const dealRow = (r: Record<string, unknown>): DueDealRow => ({
  id: r['id'] as string,
  stage: r['stage'] as Stage,
  stageEnteredAt: new Date(r['stage_entered_at'] as string),
  dueAt: r['due_at'] ? new Date(r['due_at'] as string) : null,
  segment: r['segment'] as Segment,
});

/**
 * The SQL of urgency and due times: what a recomputation reads, and the one statement shape each
 * of them writes with (a set of accounts' urgency and factors; a set of deals' due times). Urgency
 * and due times are derived (the account, the rival's fate, the campaign's rules), so they are
 * rewritten without a version change.
 */
@Injectable()
export class UrgencyRepository {
  /** A batch of a recomputation: accounts of one campaign after `afterId`, by id. */
  async accountsBatch(manager: EntityManager, campaignId: string, afterId: string | null, limit: number): Promise<UrgencyAccountRow[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `${ACCOUNT_ROWS} WHERE a.campaign_id = $1 AND ($2::uuid IS NULL OR a.id > $2::uuid)
       ORDER BY a.id LIMIT $3`,
      [campaignId, afterId, limit],
    );
    return rows.map((r) => ({ ...urgencyAccountOf(r), urgency: Number(r['urgency']) }));
  }

  /** Given accounts of one campaign, as a recomputation reads them (those of another campaign are left out). */
  async accountsByIds(manager: EntityManager, campaignId: string, ids: readonly string[]): Promise<UrgencyAccountRow[]> {
    if (ids.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await manager.query(`${ACCOUNT_ROWS} WHERE a.campaign_id = $1 AND a.id = ANY($2::uuid[]) ORDER BY a.id`, [campaignId, [...ids]]);
    return rows.map((r) => ({ ...urgencyAccountOf(r), urgency: Number(r['urgency']) }));
  }

  /** A batch of a recomputation: open deals of one campaign after `afterId`, with their account's segment. */
  async openDealsBatch(manager: EntityManager, campaignId: string, afterId: string | null, limit: number): Promise<DueDealRow[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT o.id, o.stage, o.stage_entered_at, o.due_at, a.segment FROM opportunity o JOIN account a ON a.id = o.account_id
       WHERE o.campaign_id = $1 AND ${OPEN} AND ($2::uuid IS NULL OR o.id > $2::uuid)
       ORDER BY o.id LIMIT $3`,
      [campaignId, afterId, limit],
    );
    return rows.map(dealRow);
  }

  /**
   * For each of the accounts, the rival's outages that touched a service it buys and went on at some
   * point since `since` (the rival_outages urgency factor): one statement for a batch of accounts.
   */
  async outagesTouchingAccounts(manager: EntityManager, rivalId: string, accountIds: readonly string[], since: Date): Promise<Map<string, Array<{ startedAt: Date; endedAt: Date | null }>>> {
    const result = new Map<string, Array<{ startedAt: Date; endedAt: Date | null }>>();
    if (accountIds.length === 0) return result;
    const rows: Array<{ account_id: string; started_at: string | Date; ended_at: string | Date | null }> = await manager.query(
      `SELECT DISTINCT rs.account_id, o.id, o.started_at, o.ended_at
       FROM outage o JOIN rival_service rs ON rs.kind = ANY(o.services) AND rs.account_id = ANY($2::uuid[])
       WHERE o.rival_id = $1 AND (o.ended_at IS NULL OR o.ended_at >= $3)`,
      [rivalId, [...accountIds], since],
    );
    for (const r of rows) {
      const list = result.get(r.account_id) ?? [];
      list.push({ startedAt: new Date(r.started_at), endedAt: r.ended_at === null ? null : new Date(r.ended_at) });
      result.set(r.account_id, list);
    }
    return result;
  }

  /**
   * For each of the accounts that belong to a customer collective with an announced cancellation
   * date, that date (the collective_cancellation urgency factor): one statement for a batch, read
   * from the campaign's few collectives, not from every account.
   */
  async collectiveCancellations(manager: EntityManager, campaignId: string, accountIds: readonly string[]): Promise<Map<string, Date>> {
    const result = new Map<string, Date>();
    if (accountIds.length === 0) return result;
    const rows: Array<{ account_id: string; at: string | Date }> = await manager.query(
      `SELECT m.account_id, c.announced_cancellation_at AS at
       FROM collective c JOIN collective_member m ON m.collective_id = c.id
       WHERE c.campaign_id = $1 AND c.announced_cancellation_at IS NOT NULL AND m.account_id = ANY($2::uuid[])`,
      [campaignId, [...accountIds]],
    );
    for (const r of rows) result.set(r.account_id, new Date(r.at));
    return result;
  }

  /** The account's open deal (at most one), as its urgency and due time need it. */
  async openDealOf(manager: EntityManager, accountId: string): Promise<DueDealRow | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT o.id, o.stage, o.stage_entered_at, o.due_at, a.segment FROM opportunity o JOIN account a ON a.id = o.account_id
       WHERE o.account_id = $1 AND ${OPEN} LIMIT 1`,
      [accountId],
    );
    return rows[0] ? dealRow(rows[0]) : null;
  }

  /** Writes the urgency, factors and queue priority of a set of accounts (and the last contact of those that carry one) in one statement. */
  async writeUrgencies(manager: EntityManager, rows: readonly UrgencyWrite[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE account a SET urgency = v.urgency, urgency_factors = v.factors::jsonb, urgency_computed_at = $4, queue_priority = v.queue_priority,
              last_contact_at = CASE WHEN v.contact_given THEN v.last_contact_at ELSE a.last_contact_at END
       FROM unnest($1::uuid[], $2::int[], $3::text[], $5::bool[], $6::timestamptz[], $7::bigint[])
         AS v(id, urgency, factors, contact_given, last_contact_at, queue_priority)
       WHERE a.id = v.id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.urgency),
        rows.map((r) => JSON.stringify(r.factors)),
        at,
        rows.map((r) => r.lastContactAt !== undefined),
        rows.map((r) => r.lastContactAt ?? null),
        rows.map((r) => r.queuePriority),
      ],
    );
  }

  /** Writes the due time of a set of deals in one statement. */
  async writeDueAts(manager: EntityManager, rows: ReadonlyArray<{ id: string; dueAt: Date | null }>): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(`UPDATE opportunity o SET due_at = v.due_at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, due_at) WHERE o.id = v.id`, [
      rows.map((r) => r.id),
      rows.map((r) => r.dueAt),
    ]);
  }
}
