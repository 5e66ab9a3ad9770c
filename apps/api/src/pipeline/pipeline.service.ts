import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isOverdue } from '@lifeboat/domain';
import { actorLabel, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import { assertCanChange, assertCanRead, assertCanWrite, effectiveRole, requireAuthenticated } from '../common/access/permissions';
import { ForbiddenError } from '../common/errors/lifeboat-error';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/lifeboat-error';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { AccountRecord, AccountsRepository } from '../accounts/accounts.repository';
import { UrgencyService } from '../urgency/urgency.service';
import { DealStageMover, opportunitySnapshot } from './deal-stage.mover';
import { ActivityEntity, OpportunityEntity } from './opportunity.entity';
import { OpportunityFilter, OpportunityRecord, PipelineRepository, QueueRow } from './pipeline.repository';
import { OpportunitiesArgs } from './dto/opportunities.args';
import { LogActivityInput, MoveOpportunityInput, UpdateOpportunityInput } from './dto/pipeline.inputs';
import { QUEUE_COUNT_CAP, type QueueReason } from './opportunity.model';

const CONTACT_KINDS = new Set(['call', 'email', 'meeting']);
const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/** A queue entry as codes: why it is there; the reader words it with the deal's stage and due time. */
export interface QueueItem {
  reason: QueueReason;
  account: AccountRecord;
  opportunity: OpportunityRecord | null;
}

/** A queue cursor's keys (a priority and an account id), or a refusal naming `after`. */
function queueCursor(values: unknown[]): [number, string] {
  const [priority, id] = values;
  if (typeof priority === 'number' && Number.isSafeInteger(priority) && typeof id === 'string' && UUID.test(id)) return [priority, id];
  throw new BadInputError('The `after` cursor is not one this list gave out.', [{ field: 'after', reason: 'unknown cursor' }]);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class PipelineService {
  constructor(
    private readonly pipeline: PipelineRepository,
    private readonly accounts: AccountsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly urgency: UrgencyService,
    private readonly mover: DealStageMover,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  async list(actor: Actor, scope: AccessScope, args: OpportunitiesArgs): Promise<Connection<OpportunityRecord>> {
    assertCanRead(actor);
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const filter = dealFilterOf(args);
    const orderBy = args.orderBy ?? 'DUE_AT';
    const now = new Date();
    const [rows, total] = await Promise.all([
      this.pipeline.findPage(scope, { filter, orderBy, limit: size, now, after: after ? { key: String(after[0]), id: String(after[1]) } : undefined }),
      this.pipeline.count(scope, filter, now),
    ]);
    const connection = toConnection(rows, size, total, (r) => encodeCursor([r.sortKey, r.opportunity.id]));
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.opportunity })) };
  }

  /** The caller's work queue: their open deals and the claimable accounts of their campaigns, by queue priority. */
  async queue(actor: Actor, scope: AccessScope, args: { first?: number; after?: string }): Promise<Connection<QueueItem> & { totalCountCapped: boolean }> {
    const caller = requireAuthenticated(actor);
    if (caller.kind !== 'user') throw new ForbiddenError('The work queue is a person’s: sign in as a user.');
    const size = pageSize(args.first);
    const after = args.after ? queueCursor(decodeCursor(args.after, 2)) : undefined;
    const now = new Date();
    const { rows, total } = await this.pipeline.findQueueAndCount(scope, { userId: caller.userId, limit: size, after }, QUEUE_COUNT_CAP);
    const connection = toConnection(rows, size, total.count, (r) => encodeCursor(r.sortKey));
    return { ...connection, totalCountCapped: total.capped, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: this.queueItem(e.node, now) })) };
  }

  queueItem(row: QueueRow, now: Date): QueueItem {
    const { account, opportunity } = row;
    const due = opportunity?.dueAt ?? null;
    const reason: QueueReason =
      account.ownerId === null
        ? 'CLAIMABLE'
        : opportunity && isOverdue(due, now)
          ? 'OVERDUE'
          : opportunity && due && due.getTime() - now.getTime() <= DUE_SOON_MS
            ? 'DUE_SOON'
            : 'FOLLOW_UP';
    return { reason, account, opportunity };
  }

  private async lockDeal(manager: EntityManager, caller: Actor, scope: AccessScope, opportunityId: string, expectedVersion: number) {
    const deal = await this.pipeline.lockById(manager, scope, opportunityId);
    if (!deal) throw new NotFoundError('The opportunity');
    const account = await this.accounts.lockById(manager, scope, deal.accountId);
    if (!account) throw new NotFoundError('The opportunity');
    assertCanChange(caller, scope, account, 'The opportunity');
    if (deal.version !== expectedVersion) {
      throw new ConflictError(`The opportunity changed since you read it (version ${deal.version}, you had ${expectedVersion}): reload it and try again.`);
    }
    const ctx = (await this.campaigns.getWithRivalByIds(manager, FULL_ACCESS, [deal.campaignId])).get(deal.campaignId) as CampaignWithRival;
    return { deal, account, ctx };
  }

  /** Moves a deal through the pipeline rules (DealStageMover writes the move). */
  async move(actor: Actor, scope: AccessScope, input: MoveOpportunityInput): Promise<{ opportunity: OpportunityRecord; activity: ActivityEntity }> {
    const caller = assertCanWrite(actor);
    const id = expectGlobalId(input.opportunityId, 'Opportunity', 'input.opportunityId');
    const activityId = await this.uow.run(async (tx) => {
      const { deal, account, ctx } = await this.lockDeal(tx.manager, caller, scope, id, input.expectedVersion);
      const { activity } = await this.mover.move(tx, {
        actor: caller,
        actorRole: effectiveRole(caller, scope, deal.campaignId),
        deal,
        account,
        campaign: ctx,
        now: new Date(),
        to: input.stage,
        expectedVersion: input.expectedVersion,
        lostReason: input.lostReason ?? null,
        lostToBidder: input.lostToBidder ?? null,
        note: input.note ?? null,
      });
      return activity.id;
    });
    const [opportunity, activity] = await Promise.all([this.pipeline.getByIds(scope, [id]), this.pipeline.getActivitiesByIds(scope, [activityId])]);
    return { opportunity: opportunity.get(id) as OpportunityRecord, activity: activity.get(activityId) as ActivityEntity };
  }

  /** Changes a deal's terms (values, term, probability, expected close, note). */
  async update(actor: Actor, scope: AccessScope, input: UpdateOpportunityInput): Promise<OpportunityRecord> {
    const caller = assertCanWrite(actor);
    const id = expectGlobalId(input.opportunityId, 'Opportunity', 'input.opportunityId');
    await this.uow.run(async (tx) => {
      const { deal } = await this.lockDeal(tx.manager, caller, scope, id, input.expectedVersion);
      const patch: Partial<OpportunityEntity> = {};
      if (input.monthlyValue !== undefined) patch.monthlyValue = input.monthlyValue;
      if (input.oneTimeValue !== undefined) patch.oneTimeValue = input.oneTimeValue;
      if (input.termMonths !== undefined) patch.termMonths = input.termMonths;
      if (input.probability !== undefined) patch.probability = input.probability;
      if (input.expectedCloseAt !== undefined) patch.expectedCloseAt = input.expectedCloseAt;
      if (input.note !== undefined) patch.note = input.note;
      const updated = await this.pipeline.update(tx.manager, id, input.expectedVersion, patch);
      if (!updated) throw new ConflictError('The opportunity changed since you read it: reload it and try again.');
      await this.audit.record(tx.manager, caller, {
        action: 'opportunity.updated',
        entityType: 'Opportunity',
        entityId: id,
        campaignId: deal.campaignId,
        before: opportunitySnapshot(deal),
        after: opportunitySnapshot(updated),
      });
    });
    return (await this.pipeline.getByIds(scope, [id])).get(id) as OpportunityRecord;
  }

  /**
   * Logs a call, email, meeting or note; a contact updates the account's last contact and its
   * urgency. With `moveTo`, the account's open deal moves in the same transaction through the
   * DealStageMover (the pipeline rules, their refusal codes): a refused move, a stale version or a
   * deal of another account rolls everything back, the activity included.
   */
  async logActivity(
    actor: Actor,
    scope: AccessScope,
    input: LogActivityInput,
  ): Promise<{ activity: ActivityEntity; account: AccountRecord; opportunity: OpportunityRecord | null; stageChange: ActivityEntity | null }> {
    const caller = assertCanWrite(actor);
    const accountId = expectGlobalId(input.accountId, 'Account', 'input.accountId');
    const moveTo = input.moveTo ?? null;
    const dealId = moveTo ? expectGlobalId(moveTo.opportunityId, 'Opportunity', 'input.moveTo.opportunityId') : null;
    const { activityId, stageChangeId } = await this.uow.run(async (tx) => {
      // The deal first, then its account: the order moveOpportunity locks them in (no deadlock between the two).
      const locked = moveTo && dealId ? await this.lockDeal(tx.manager, caller, scope, dealId, moveTo.expectedVersion) : null;
      if (locked && locked.account.id !== accountId) {
        throw new BadInputError('This deal is not the account’s: move the account’s own deal.', [{ field: 'input.moveTo.opportunityId', reason: 'not a deal of the account' }]);
      }
      const account = locked ? locked.account : await this.accounts.lockById(tx.manager, scope, accountId);
      if (!account) throw new NotFoundError('The account');
      assertCanChange(caller, scope, account, 'The account');
      const now = new Date();
      const occurredAt = input.occurredAt ?? now;
      const open = locked ? locked.deal : await this.pipeline.openByAccountId(tx.manager, accountId);
      const activity = await this.pipeline.insertActivity(tx.manager, {
        campaignId: account.campaignId,
        accountId,
        opportunityId: open?.id ?? null,
        kind: input.kind,
        occurredAt,
        authorUserId: caller.kind === 'user' ? caller.userId : null,
        authorLabel: actorLabel(caller),
        body: input.body,
        outcome: input.outcome ?? null,
        outcomeCode: input.outcomeCode ?? null,
        nextStepAt: input.nextStepAt ?? null,
        nextStep: input.nextStep?.trim() || null,
        metadata: {},
        details: null,
      });
      const ctx = (await this.campaigns.getWithRivalByIds(tx.manager, FULL_ACCESS, [account.campaignId])).get(account.campaignId) as CampaignWithRival;
      let stageChangeId: string | null = null;
      if (locked && moveTo) {
        const moved = await this.mover.move(tx, {
          actor: caller,
          actorRole: effectiveRole(caller, scope, locked.deal.campaignId),
          deal: locked.deal,
          account,
          campaign: ctx,
          now,
          to: moveTo.stage,
          expectedVersion: moveTo.expectedVersion,
          lostReason: moveTo.lostReason ?? null,
          lostToBidder: moveTo.lostToBidder ?? null,
          note: null,
          fieldPrefix: 'input.moveTo',
        });
        stageChangeId = moved.activity.id;
      }
      const contacted = CONTACT_KINDS.has(input.kind);
      const lastContactAt =
        contacted && (account.lastContactAt === null || account.lastContactAt.getTime() < occurredAt.getTime()) ? occurredAt : account.lastContactAt;
      await this.urgency.refresh(tx.manager, account, ctx, now, lastContactAt);
      await this.audit.record(tx.manager, caller, {
        action: 'activity.logged',
        entityType: 'Activity',
        entityId: activity.id,
        campaignId: account.campaignId,
        before: {},
        after: {
          accountId,
          kind: activity.kind,
          occurredAt: activity.occurredAt,
          body: activity.body,
          outcome: activity.outcome,
          outcomeCode: activity.outcomeCode,
          nextStepAt: activity.nextStepAt,
          nextStep: activity.nextStep,
        },
      });
      return { activityId: activity.id, stageChangeId };
    });
    const [activities, accounts, deals] = await Promise.all([
      this.pipeline.getActivitiesByIds(scope, stageChangeId ? [activityId, stageChangeId] : [activityId]),
      this.accounts.getByIds(scope, [accountId]),
      dealId && stageChangeId ? this.pipeline.getByIds(scope, [dealId]) : Promise.resolve(new Map<string, OpportunityRecord>()),
    ]);
    return {
      activity: activities.get(activityId) as ActivityEntity,
      account: accounts.get(accountId) as AccountRecord,
      opportunity: dealId ? (deals.get(dealId) ?? null) : null,
      stageChange: stageChangeId ? (activities.get(stageChangeId) ?? null) : null,
    };
  }
}

/** The `opportunities` arguments as a repository filter (global ids checked and decoded). */
export function dealFilterOf(args: Omit<OpportunitiesArgs, 'first' | 'after' | 'orderBy'>): OpportunityFilter {
  return {
    campaignId: args.campaignId ? expectGlobalId(args.campaignId, 'Campaign', 'campaignId') : undefined,
    ownerId: args.ownerId ? expectGlobalId(args.ownerId, 'User', 'ownerId') : undefined,
    stage: args.stage,
    overdue: args.overdue,
    segment: args.segment,
    rivalId: args.rivalId ? expectGlobalId(args.rivalId, 'Rival', 'rivalId') : undefined,
    closedFrom: args.closedFrom ?? undefined,
    closedBefore: args.closedBefore ?? undefined,
    cycleBucket: args.cycleBucket ?? undefined,
  };
}
