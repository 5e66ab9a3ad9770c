import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DistributionStrategy } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';

export type BulkAssignmentStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface BulkAssignmentShare {
  userId: string;
  /** Open accounts the rep owned in the campaign when the plan was made. */
  openAccounts: number;
  /** Accounts the plan gives them. */
  count: number;
}

export interface BulkAssignmentRecord {
  id: string;
  campaignId: string;
  strategy: DistributionStrategy;
  filter: Record<string, unknown>;
  status: BulkAssignmentStatus;
  total: number;
  done: number;
  assignedCount: number;
  skippedCount: number;
  shares: BulkAssignmentShare[];
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  version: number;
}

const COLUMNS = `id, campaign_id, strategy, filter, status, total, done, assigned_count, skipped_count, shares, actor_type, actor_id,
  actor_label, created_at, started_at, finished_at, version`;

function toRecord(r: Record<string, unknown>): BulkAssignmentRecord {
  return {
    id: r['id'] as string,
    campaignId: r['campaign_id'] as string,
    strategy: r['strategy'] as DistributionStrategy,
    filter: (r['filter'] as Record<string, unknown>) ?? {},
    status: r['status'] as BulkAssignmentStatus,
    total: Number(r['total']),
    done: Number(r['done']),
    assignedCount: Number(r['assigned_count']),
    skippedCount: Number(r['skipped_count']),
    shares: r['shares'] as BulkAssignmentShare[],
    actorType: r['actor_type'] as string,
    actorId: (r['actor_id'] as string | null) ?? null,
    actorLabel: r['actor_label'] as string,
    createdAt: new Date(r['created_at'] as string),
    startedAt: r['started_at'] ? new Date(r['started_at'] as string) : null,
    finishedAt: r['finished_at'] ? new Date(r['finished_at'] as string) : null,
    version: Number(r['version']),
  };
}

/** The only place that queries bulk assignments and their frozen plans. */
@Injectable()
export class BulkAssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the hand-out and freezes its plan: position i (from 0) is the i-th account of
   * `matching` (a statement numbering accounts from 1, from AccountsRepository.numberedMatching,
   * its parameters after $4), with the version and owner it has now, going to `repIds[plan[i]]`.
   * The plan goes in parts of `partSize` consecutive positions, each one row of arrays
   * (`bulk_assignment_plan_part`), which `expandPart` turns into positions later, in transactions
   * of their own: one INSERT … SELECT here writes a few rows for 100,000 accounts, and the accounts
   * never leave the database. Returns the id and how many positions were planned (the caller's
   * transaction sees the same accounts as its count when it runs at REPEATABLE READ).
   */
  async insert(
    manager: EntityManager,
    row: {
      campaignId: string;
      strategy: DistributionStrategy;
      filter: Record<string, unknown>;
      shares: BulkAssignmentShare[];
      actor: { actorType: string; actorId: string | null; actorLabel: string };
      plan: number[];
      repIds: string[];
      partSize: number;
      matching: (params: unknown[]) => string;
    },
  ): Promise<{ id: string; written: number }> {
    const [inserted] = await manager.query(
      `INSERT INTO bulk_assignment (campaign_id, strategy, filter, total, shares, actor_type, actor_id, actor_label)
       VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6, $7, $8) RETURNING id`,
      [row.campaignId, row.strategy, JSON.stringify(row.filter), row.plan.length, JSON.stringify(row.shares), row.actor.actorType, row.actor.actorId, row.actor.actorLabel],
    );
    const id = inserted.id as string;
    const params: unknown[] = [id, `{${row.plan.join(',')}}`, row.repIds, row.partSize];
    const matching = row.matching(params);
    const [{ written }] = await manager.query(
      `WITH planned AS (
         INSERT INTO bulk_assignment_plan_part (assignment_id, part, first_position, account_ids, versions, previous_owner_ids, owner_ids)
         SELECT $1, (m.pos - 1) / $4, min(m.pos) - 1, array_agg(m.id ORDER BY m.pos), array_agg(m.version ORDER BY m.pos),
           array_agg(m.owner_id ORDER BY m.pos), array_agg(($3::uuid[])[($2::int[])[m.pos] + 1] ORDER BY m.pos)
         FROM (${matching}) m
         GROUP BY (m.pos - 1) / $4
         RETURNING cardinality(account_ids) AS n
       )
       SELECT COALESCE(sum(n), 0)::int AS written FROM planned`,
      params,
    );
    return { id, written: Number(written) };
  }

  /**
   * Turns part `part` of a hand-out's plan into its positions (`bulk_assignment_item`), in the
   * caller's transaction, and drops it; returns how many positions it wrote (0: no such part, it
   * was expanded already) and how many parts are left.
   */
  async expandPart(manager: EntityManager, assignmentId: string, part: number): Promise<{ positions: number; partsLeft: number }> {
    const [{ positions }] = await manager.query(
      `WITH taken AS (
         DELETE FROM bulk_assignment_plan_part WHERE assignment_id = $1 AND part = $2
         RETURNING first_position, account_ids, versions, previous_owner_ids, owner_ids
       ), written AS (
         INSERT INTO bulk_assignment_item (assignment_id, position, account_id, expected_version, previous_owner_id, owner_id)
         SELECT $1, t.first_position + x.ord - 1, x.account_id, x.version, x.previous_owner_id, x.owner_id
         FROM taken t, unnest(t.account_ids, t.versions, t.previous_owner_ids, t.owner_ids) WITH ORDINALITY AS x(account_id, version, previous_owner_id, owner_id, ord)
         RETURNING 1
       )
       SELECT count(*)::int AS positions FROM written`,
      [assignmentId, part],
    );
    const [{ parts_left: left }] = await manager.query(`SELECT count(*)::int AS parts_left FROM bulk_assignment_plan_part WHERE assignment_id = $1`, [assignmentId]);
    return { positions: Number(positions), partsLeft: Number(left) };
  }

  async getById(scope: AccessScope, id: string, manager: EntityManager = this.dataSource.manager): Promise<BulkAssignmentRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${COLUMNS} FROM bulk_assignment WHERE id = $1 AND ${scopeClause(scope, 'campaign_id', params)}`,
      params,
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async lockById(manager: EntityManager, id: string): Promise<BulkAssignmentRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${COLUMNS} FROM bulk_assignment WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async markRunning(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE bulk_assignment SET status = 'running', started_at = COALESCE(started_at, now()), updated_at = now(), version = version + 1 WHERE id = $1`,
      [id],
    );
  }

  /**
   * Carries out positions [from, to) of the plan in one statement: each account still at the
   * version it had when the plan was made gets its new owner (version + 1) and an audit entry
   * `account.assigned` attributed to whoever asked for the hand-out; one already with that owner
   * is `unchanged`; one changed since (claimed, edited, deleted) is `skipped`.
   */
  async applyBatch(
    manager: EntityManager,
    record: BulkAssignmentRecord,
    from: number,
    to: number,
  ): Promise<{ assigned: number; unchanged: number; skipped: number }> {
    // One statement (the plan's primary key finds the slice): the owners, the audit entries, the
    // batch's one announcement of its deals, and each position's outcome: assigned; or unchanged
    // (it already had that owner); or skipped (changed since, or gone). The trigger that announces
    // an owner change deal by deal stands aside for this transaction (migration 1795402700000).
    await manager.query(`SELECT set_config('lifeboat.deal_announcements', 'by_writer', true)`);
    const [counts]: Array<{ assigned: number; unchanged: number; skipped: number }> = await manager.query(
      `WITH updated AS (
         UPDATE account a SET owner_id = i.owner_id, version = a.version + 1, updated_at = now()
         FROM bulk_assignment_item i
         WHERE i.assignment_id = $1 AND i.position >= $2 AND i.position < $3 AND i.outcome IS NULL
           AND a.id = i.account_id AND a.version = i.expected_version AND a.owner_id IS DISTINCT FROM i.owner_id
         RETURNING i.position, a.id AS account_id, i.previous_owner_id, i.owner_id
       ), audited AS (
         INSERT INTO audit_entry (actor_type, actor_id, actor_label, action, entity_type, entity_id, campaign_id, changes)
         SELECT $4, $5, $6, 'account.assigned', 'Account', u.account_id, $7::uuid,
           jsonb_build_array(jsonb_build_object('field', 'ownerId', 'before', u.previous_owner_id, 'after', u.owner_id))
         FROM updated u
         RETURNING 1
       ), announced AS (
         INSERT INTO outbox_event (type, payload)
         SELECT 'opportunity.owners_changed', jsonb_build_object('campaignId', $7::uuid, 'assignmentId', $1::uuid,
           'deals', jsonb_agg(jsonb_build_array(o.id, o.account_id, o.stage, o.version) ORDER BY o.id))
         FROM updated u JOIN opportunity o ON o.account_id = u.account_id
         HAVING count(*) > 0
         RETURNING 1
       ), tallied AS (
         -- What this batch assigned per rep, added to the hand-out's tally (its notifications read it).
         UPDATE bulk_assignment b SET assigned_by_owner = b.assigned_by_owner || t.added
         FROM (SELECT jsonb_object_agg(c.owner_id, c.n + COALESCE((b0.assigned_by_owner ->> c.owner_id::text)::int, 0)) AS added
               FROM (SELECT owner_id, count(*)::int AS n FROM updated GROUP BY owner_id) c, bulk_assignment b0 WHERE b0.id = $1) t
         WHERE b.id = $1 AND t.added IS NOT NULL
         RETURNING 1
       ), marked AS (
         -- Positions not updated above: their account as this statement found it (untouched by it).
         UPDATE bulk_assignment_item it SET outcome = CASE
             WHEN it.position IN (SELECT position FROM updated) THEN 'assigned'
             WHEN EXISTS (SELECT 1 FROM account a WHERE a.id = it.account_id AND a.owner_id = it.owner_id) THEN 'unchanged'
             ELSE 'skipped' END
         WHERE it.assignment_id = $1 AND it.position >= $2 AND it.position < $3 AND it.outcome IS NULL
         RETURNING it.outcome
       )
       SELECT count(*) FILTER (WHERE outcome = 'assigned')::int AS assigned, count(*) FILTER (WHERE outcome = 'unchanged')::int AS unchanged,
         count(*) FILTER (WHERE outcome = 'skipped')::int AS skipped
       FROM marked`,
      [record.id, from, to, record.actorType, record.actorId, record.actorLabel, record.campaignId],
    );
    return { assigned: Number(counts.assigned), unchanged: Number(counts.unchanged), skipped: Number(counts.skipped) };
  }

  /** Commits a batch's progress with its writes (a re-run starts at `done`). */
  async advance(manager: EntityManager, id: string, p: { done: number; assigned: number; skipped: number; finished: boolean }): Promise<void> {
    await manager.query(
      `UPDATE bulk_assignment SET done = $2, assigned_count = assigned_count + $3, skipped_count = skipped_count + $4,
         status = CASE WHEN $5 THEN 'completed' ELSE 'running' END, finished_at = CASE WHEN $5 THEN now() ELSE NULL END,
         updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, p.done, p.assigned, p.skipped, p.finished],
    );
  }

  /** How many accounts each rep actually received (after the last batch). */
  async assignedPerOwner(manager: EntityManager, id: string): Promise<Map<string, number>> {
    const rows: Array<{ owner_id: string; n: number }> = await manager.query(
      `SELECT owner_id, count(*)::int AS n FROM bulk_assignment_item WHERE assignment_id = $1 AND outcome = 'assigned' GROUP BY owner_id`,
      [id],
    );
    return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
  }

  async emit(manager: EntityManager, type: string, payload: object): Promise<void> {
    await manager.query(`INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb)`, [type, JSON.stringify(payload)]);
  }
}
