import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EntityManager } from 'typeorm';
import { distribute, type DistributionStrategy } from '@lifeboat/domain';
import { actorRef, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import { assertCanAssign, requireAuthenticated } from '../common/access/permissions';
import { BadInputError, NotFoundError } from '../common/errors/lifeboat-error';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { TableStatistics } from '../jobs/table-statistics';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { AccountFilter, AccountsRepository } from '../accounts/accounts.repository';
import { BulkAssignmentRecord, BulkAssignmentRepository, BulkAssignmentShare } from './bulk-assignment.repository';
import { accountFilterOf, type BulkAssignmentInput } from './dto/bulk-assignment.inputs';

/**
 * Accounts per batch: one short transaction each (its writes, its audit entries, its progress).
 * The embedded database has one connection, which a batch's transaction holds: its batches stay
 * small enough (about a quarter of a second) for other users' requests to get the database
 * between two of them (with 5,000 a request waited 1.2 s at the median during a hand-out).
 */
export function bulkAssignBatch(database: 'embedded' | 'server'): number {
  return database === 'embedded' ? 1_000 : 5_000;
}

/**
 * Positions per part of a frozen plan: the start writes the plan as parts (one row each), and a
 * job expands each part into positions in a transaction of its own: about a tenth of a second
 * for 10,000 on the embedded database, whose one connection other users wait for meanwhile. A
 * server's other connections serve them: its parts are larger (fewer jobs: 100 parts of 10,000
 * made a hand-out of 1,000,000 accounts 35 s slower).
 */
export function planPartPositions(database: 'embedded' | 'server'): number {
  return database === 'embedded' ? 10_000 : 100_000;
}

/**
 * The tables a hand-out writes in bulk: their planner statistics are refreshed after it. `account`,
 * which every rep's queue reads, by its finishing step before it is completed (reps open their
 * queue then); the others by the maintenance.analyze job.
 */
export const BULK_ASSIGNMENT_TABLES_NOW = ['account'];
export const BULK_ASSIGNMENT_TABLES_AFTER = ['audit_entry', 'bulk_assignment_item'];

/**
 * The embedded database's first finishing steps, one short transaction each (its one connection
 * is everybody's). It has no VACUUM running behind it: after a hand-out, the indexes of unassigned
 * accounts (the queue's second and third parts, which every rep's queue reads) still hold an entry
 * for each account handed out, each pointing at a row version the hand-out replaced. The first
 * queue read after it went through all of them (0.4 s of one rep's read for 100,000 accounts; the
 * next reads skip them, each marked dead by that first walk). These statements walk them once,
 * before the hand-out is completed; an index scan, never a bitmap scan (which marks nothing).
 */
export const UNASSIGNED_INDEX_WALKS = [
  `SELECT count(*) FROM account a WHERE a.campaign_id = $1 AND a.owner_id IS NULL AND a.has_open_deal`,
  `SELECT count(*) FROM account a WHERE a.campaign_id = $1 AND a.owner_id IS NULL`,
];

interface Checked {
  campaignId: string;
  filter: AccountFilter;
  repIds: string[];
  strategy: DistributionStrategy;
}

/**
 * Handing a filtered list of a campaign's accounts out to reps of its team (managers, admins,
 * write keys). The preview and the hand-out compute the same plan (libs/domain `distribute`, the
 * accounts most urgent first); the hand-out freezes it in one transaction (in parts: a few rows,
 * `accounts.bulk-assign-plan` then expands them into positions, a part per job) and a job carries
 * it out batch by batch (`accounts.bulk-assign`), each batch's writes, audit entries and progress
 * committed together with the next batch's event, so a worker killed mid-way resumes at the
 * first position not done: no account assigned twice, none skipped.
 */
@Injectable()
export class BulkAssignmentService {
  private readonly logger = new Logger(BulkAssignmentService.name);
  /** Accounts per batch (tests make it small). */
  batchSize: number;
  /** Positions per part of a frozen plan (tests make it small). */
  planPartSize: number;
  /** The finishing steps before the last: embedded, a walk of each index of unassigned accounts. */
  private readonly walks: readonly string[];

  constructor(
    private readonly assignments: BulkAssignmentRepository,
    private readonly accounts: AccountsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly relay: OutboxRelay,
    private readonly statistics: TableStatistics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batchSize = bulkAssignBatch(config.database.kind);
    this.planPartSize = planPartPositions(config.database.kind);
    this.walks = config.database.kind === 'embedded' ? UNASSIGNED_INDEX_WALKS : [];
  }

  /** Access first (NOT_FOUND / FORBIDDEN), then the input (BAD_USER_INPUT with the field). */
  private async check(manager: EntityManager, actor: Actor, scope: AccessScope, input: BulkAssignmentInput): Promise<Checked> {
    const caller = requireAuthenticated(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    assertCanAssign(caller, scope, campaignId, 'The campaign');
    const ctx = (await this.campaigns.getWithRivalByIds(manager, scope, [campaignId])).get(campaignId);
    if (!ctx) throw new NotFoundError('The campaign');
    const repIds = input.repIds.map((id, i) => expectGlobalId(id, 'User', `input.repIds[${i}]`));
    const seen = new Set<string>();
    for (const [i, id] of repIds.entries()) {
      if (seen.has(id)) throw new BadInputError('A rep is named twice.', [{ field: `input.repIds[${i}]`, reason: 'named twice' }]);
      seen.add(id);
      if ((await this.campaigns.teamRoleOf(manager, campaignId, id)) === null) {
        throw new BadInputError('Accounts can only be handed to members of the campaign team.', [{ field: `input.repIds[${i}]`, reason: 'not in the campaign team' }]);
      }
    }
    const filter = accountFilterOf(input.filter, campaignId);
    return { campaignId, filter, repIds, strategy: input.strategy };
  }

  private async shares(manager: EntityManager, checked: Checked, count: number): Promise<{ shares: BulkAssignmentShare[]; plan: number[] }> {
    const loads = await this.accounts.openLoads(manager, checked.campaignId, checked.repIds);
    const reps = checked.repIds.map((id) => ({ id, openAccounts: loads.get(id) ?? 0 }));
    const plan = distribute(count, reps, checked.strategy);
    const counts = reps.map(() => 0);
    for (const r of plan) counts[r]++;
    return { shares: reps.map((r, i) => ({ userId: r.id, openAccounts: r.openAccounts, count: counts[i] })), plan };
  }

  /** How many accounts would go to whom; nothing is written. */
  async preview(actor: Actor, scope: AccessScope, input: BulkAssignmentInput): Promise<{ total: number; strategy: DistributionStrategy; shares: BulkAssignmentShare[] }> {
    return this.uow.run(async (tx) => {
      const checked = await this.check(tx.manager, actor, scope, input);
      const total = await this.accounts.countMatching(tx.manager, scope, checked.filter, new Date());
      const { shares } = await this.shares(tx.manager, checked, total);
      return { total, strategy: checked.strategy, shares };
    });
  }

  /** Freezes the plan and queues the job; an empty list is BAD_USER_INPUT and writes nothing. */
  async start(actor: Actor, scope: AccessScope, input: BulkAssignmentInput): Promise<BulkAssignmentRecord> {
    const caller = requireAuthenticated(actor);
    const id = await this.uow.run(async (tx) => {
      // One snapshot for the count and the plan's INSERT … SELECT: the plan covers exactly the accounts counted.
      await tx.manager.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
      const checked = await this.check(tx.manager, actor, scope, input);
      const now = new Date();
      const total = await this.accounts.countMatching(tx.manager, scope, checked.filter, now);
      if (total === 0) {
        throw new BadInputError('No account of the campaign matches this filter: there is nothing to hand out.', [{ field: 'input.filter', reason: 'no account matches' }]);
      }
      const { shares, plan } = await this.shares(tx.manager, checked, total);
      const { id: assignmentId, written } = await this.assignments.insert(tx.manager, {
        campaignId: checked.campaignId,
        strategy: checked.strategy,
        filter: Object.fromEntries(Object.entries(checked.filter).filter(([k, v]) => v !== undefined && v !== null && k !== 'campaignId')),
        shares,
        actor: actorRef(caller),
        plan,
        repIds: checked.repIds,
        partSize: this.planPartSize,
        matching: (params) => this.accounts.numberedMatching(scope, checked.filter, now, params),
      });
      if (written !== total) throw new Error(`The hand-out's plan has ${written} positions for ${total} accounts counted in the same snapshot.`);
      await this.audit.record(tx.manager, caller, {
        action: 'bulk_assignment.requested',
        entityType: 'BulkAssignment',
        entityId: assignmentId,
        campaignId: checked.campaignId,
        before: {},
        after: { strategy: checked.strategy, total, shares: shares.map((s) => ({ userId: s.userId, count: s.count })) },
      });
      await tx.emit('bulk_assignment.requested', { assignmentId, campaignId: checked.campaignId });
      return assignmentId;
    });
    return (await this.assignments.getById(FULL_ACCESS, id)) as BulkAssignmentRecord;
  }

  async get(scope: AccessScope, globalId: string): Promise<BulkAssignmentRecord | null> {
    return this.assignments.getById(scope, expectGlobalId(globalId, 'BulkAssignment', 'id'));
  }

  async getByDbId(scope: AccessScope, id: string): Promise<BulkAssignmentRecord | null> {
    return this.assignments.getById(scope, id);
  }

  /**
   * Expands part `part` of a queued hand-out's plan into its positions, in the job's transaction,
   * and queues the next part, or, after the last, the first batch (the positions get fresh
   * statistics first, so each batch's statement finds its slice by index). A stale duplicate (its
   * part expanded already, others left) does nothing. A hand-out frozen before plans had parts
   * has none: its first batch is queued.
   */
  async expand(manager: EntityManager, assignmentId: string, part: number): Promise<Record<string, unknown>> {
    const record = await this.assignments.lockById(manager, assignmentId);
    if (!record || record.status !== 'queued' || record.done > 0) return { skipped: record ? record.status : 'gone' };
    const { positions, partsLeft } = await this.assignments.expandPart(manager, assignmentId, part);
    if (positions === 0 && partsLeft > 0) return { skipped: `part ${part} expanded already` };
    if (partsLeft > 0) await this.assignments.emit(manager, 'bulk_assignment.planning', { assignmentId, campaignId: record.campaignId, part: part + 1 });
    else {
      await this.statistics.refresh(manager, ['bulk_assignment_item']);
      await this.assignments.emit(manager, 'bulk_assignment.continued', { assignmentId, campaignId: record.campaignId, fromPosition: 0 });
    }
    this.relay.kick();
    setTimeout(() => this.relay.kick(), 20).unref();
    return { part, positions, partsLeft };
  }

  /**
   * One batch, in the job's transaction, from `fromPosition`; a job whose `fromPosition` is not the
   * committed `done` is a stale duplicate and does nothing. The last batch queues the finishing
   * step (`finish`), which completes the hand-out.
   */
  async runBatch(manager: EntityManager, assignmentId: string, fromPosition: number): Promise<Record<string, unknown>> {
    const record = await this.assignments.lockById(manager, assignmentId);
    if (!record || record.status === 'completed' || record.status === 'failed') return { skipped: 'finished' };
    if (record.done !== fromPosition) return { skipped: `at position ${record.done}, not ${fromPosition}` };
    if (record.status === 'queued') await this.assignments.markRunning(manager, assignmentId);
    const to = Math.min(record.total, fromPosition + this.batchSize);
    const counts = await this.assignments.applyBatch(manager, record, fromPosition, to);
    const last = to >= record.total;
    // The last batch leaves the hand-out running at done = total: its finishing step completes it.
    await this.assignments.advance(manager, assignmentId, { done: to, assigned: counts.assigned, skipped: counts.skipped, finished: false });
    await this.assignments.emit(manager, 'bulk_assignment.progress', { assignmentId, campaignId: record.campaignId, status: 'running', done: to, total: record.total });
    if (last) await this.assignments.emit(manager, 'bulk_assignment.finishing', { assignmentId, campaignId: record.campaignId });
    else await this.assignments.emit(manager, 'bulk_assignment.continued', { assignmentId, campaignId: record.campaignId, fromPosition: to });
    // The next batch's event commits with this one: ask for a relay pass right after. Without
    // Redis the relay is the caller of this very job: a kick now makes its pass go round once more
    // as soon as this job has committed (the 20 ms pause alone was 2 s of the 100 batches of an
    // embedded hand-out of 100,000 accounts); the one 20 ms later serves a job that came from Redis.
    this.relay.kick();
    setTimeout(() => this.relay.kick(), 20).unref();
    this.logger.debug(`bulk assignment ${assignmentId}: positions ${fromPosition}–${to}`);
    return { fromPosition, done: to, ...counts, last };
  }

  /**
   * The finishing steps, after the last batch committed: the accounts the reps are about to read
   * get current statistics and (on a server) a VACUUM that sets their visibility map, so each
   * rep's first queue read, whose count walks their accounts, answers from an index (embedded:
   * the statistics, then a walk of each index of unassigned accounts, UNASSIGNED_INDEX_WALKS, each
   * step in a transaction of its own); then the hand-out is completed, each rep hears of it once
   * (`bulk_assignment.finished`), and the other tables it wrote get fresh statistics by the
   * maintenance.analyze job. A step run twice (a worker killed after it) does its work again.
   */
  async finish(manager: EntityManager, assignmentId: string, step = 0): Promise<Record<string, unknown>> {
    const record = await this.assignments.lockById(manager, assignmentId);
    if (!record || record.status === 'completed' || record.status === 'failed') return { skipped: 'finished' };
    if (record.done < record.total) return { skipped: `at position ${record.done} of ${record.total}` };
    const started = Date.now();
    if (this.walks.length > 0 && step <= this.walks.length) {
      // Embedded, steps of their own, each committed with the next one's event: the statistics
      // first (each walk then reads the index the reps' queue reads), then one walk a step.
      let done: Record<string, unknown>;
      if (step === 0) done = { refreshed: await this.statistics.refresh(manager, BULK_ASSIGNMENT_TABLES_NOW) };
      else {
        await manager.query(`SET LOCAL enable_seqscan = off`);
        await manager.query(`SET LOCAL enable_bitmapscan = off`);
        await manager.query(this.walks[step - 1], [record.campaignId]);
        done = { walked: step - 1 };
      }
      await this.assignments.emit(manager, 'bulk_assignment.finishing', { assignmentId, campaignId: record.campaignId, step: step + 1 });
      this.relay.kick();
      setTimeout(() => this.relay.kick(), 20).unref();
      return { ...done, ms: Date.now() - started };
    }
    // A server: VACUUM (ANALYZE) here, which also clears the indexes of unassigned accounts.
    const refreshed = this.walks.length > 0 ? [] : await this.statistics.vacuum(manager, BULK_ASSIGNMENT_TABLES_NOW);
    await this.assignments.advance(manager, assignmentId, { done: record.total, assigned: 0, skipped: 0, finished: true });
    await this.assignments.emit(manager, 'bulk_assignment.progress', { assignmentId, campaignId: record.campaignId, status: 'completed', done: record.total, total: record.total });
    await this.assignments.emit(manager, 'bulk_assignment.finished', {
      assignmentId,
      campaignId: record.campaignId,
      assigned: record.assignedCount,
      skipped: record.skippedCount,
    });
    await this.assignments.emit(manager, 'tables.bulk_written', { tables: BULK_ASSIGNMENT_TABLES_AFTER, reason: `bulk assignment ${assignmentId}` });
    setTimeout(() => this.relay.kick(), 20).unref();
    return { completed: true, refreshed, ms: Date.now() - started };
  }
}
