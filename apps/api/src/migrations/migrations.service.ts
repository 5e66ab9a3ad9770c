import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { planMigrations, resolveCampaignSettings, type MigrationPlan, type Segment } from '@lifeboat/domain';
import type { AccessScope, Actor } from '../common/access/actor';
import { actsAsManager, assertCanRead, assertCanWrite } from '../common/access/permissions';
import { ForbiddenError } from '../common/access/access.errors';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { MigrationRecord } from './migration.record';
import { MigrationPatch, MigrationsRepository } from './migrations.repository';
import { defaultTargetCutover, workloadOf } from './target-cutover';
import { SetMigrationCapacityInput, UpdateMigrationInput } from './dto/migration.inputs';

export interface PlannedCampaign {
  campaign: CampaignEntity;
  shutdownExpectedAt: Date | null;
  weeklyCapacity: number;
  timeZone: string;
  plan: MigrationPlan;
  migrations: Map<string, MigrationRecord>;
}

const snapshot = (m: MigrationRecord) => ({ workload: m.workload, targetCutoverAt: m.targetCutoverAt, status: m.status });

/** Migrations of won customers, and the plan that lays them into weeks before the rival goes dark. */
@Injectable()
export class MigrationsService {
  constructor(
    private readonly migrations: MigrationsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    /** Only to hand the campaigns repository a manager for reads outside a transaction. */
    private readonly dataSource: DataSource,
  ) {}

  private async campaignContext(manager: EntityManager, scope: AccessScope, campaignId: string): Promise<CampaignWithRival> {
    const ctx = (await this.campaigns.getWithRivalByIds(manager, scope, [campaignId])).get(campaignId);
    if (!ctx) throw new NotFoundError('The campaign');
    return ctx;
  }

  /** The campaign's migrations laid into weeks by the domain's `planMigrations`, with the current capacity. */
  async plan(actor: Actor, scope: AccessScope, campaignGlobalId: string, now = new Date()): Promise<PlannedCampaign> {
    assertCanRead(actor);
    const campaignId = expectGlobalId(campaignGlobalId, 'Campaign', 'campaignId');
    const ctx = await this.campaignContext(this.dataSource.manager, scope, campaignId);
    return this.planFor(scope, ctx, now);
  }

  private async planFor(scope: AccessScope, ctx: CampaignWithRival, now: Date): Promise<PlannedCampaign> {
    const settings = applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
    const rows = await this.migrations.findToPlan(scope, ctx.campaign.id);
    const plan = applyRule(() =>
      planMigrations({
        now,
        timeZone: settings.timeZone,
        weeklyCapacity: settings.weeklyMigrationCapacity,
        shutdownExpectedAt: ctx.rival.shutdownExpectedAt,
        migrations: rows.map((r) => ({ id: r.migration.id, accountName: r.accountName, workload: r.migration.workload, deadline: r.migration.targetCutoverAt })),
      }),
    );
    return {
      campaign: ctx.campaign,
      shutdownExpectedAt: ctx.rival.shutdownExpectedAt,
      weeklyCapacity: settings.weeklyMigrationCapacity,
      timeZone: settings.timeZone,
      plan,
      migrations: new Map(rows.map((r) => [r.migration.id, r.migration])),
    };
  }

  async list(actor: Actor, scope: AccessScope, args: { campaignId: string; first?: number; after?: string }): Promise<Connection<MigrationRecord>> {
    assertCanRead(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const [rows, total] = await Promise.all([
      this.migrations.findPage(scope, campaignId, { limit: size, after: after ? { at: String(after[0]), id: String(after[1]) } : undefined }),
      this.migrations.count(scope, campaignId),
    ]);
    return toConnection(rows, size, total, (m) => encodeCursor([m.targetCutoverAt.toISOString(), m.id]));
  }

  async getById(scope: AccessScope, id: string): Promise<MigrationRecord | null> {
    return (await this.migrations.getByIds(scope, [id])).get(id) ?? null;
  }

  /** A manager reschedules a migration, changes its status or its workload (the plan follows). */
  async update(actor: Actor, scope: AccessScope, input: UpdateMigrationInput): Promise<MigrationRecord> {
    const caller = assertCanWrite(actor);
    const id = expectGlobalId(input.migrationId, 'Migration', 'input.migrationId');
    return this.uow.run(async (tx) => {
      const current = await this.migrations.lockById(tx.manager, scope, id);
      if (!current) throw new NotFoundError('The migration');
      if (!actsAsManager(caller, scope, current.campaignId)) {
        throw new ForbiddenError('Only a manager of the campaign (or an admin) can change a migration.');
      }
      if (current.version !== input.expectedVersion) {
        throw new ConflictError(`The migration changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      }
      const patch: MigrationPatch = {};
      if (input.targetCutoverAt != null) patch.targetCutoverAt = input.targetCutoverAt;
      if (input.status != null) patch.status = input.status;
      if (input.workload != null) patch.workload = input.workload;
      if (Object.keys(patch).length === 0) {
        throw new BadInputError('Nothing to change: give targetCutoverAt, status or workload.', [{ field: 'input', reason: 'no change given' }]);
      }
      const updated = await this.migrations.update(tx.manager, id, input.expectedVersion, patch);
      if (!updated) throw new ConflictError('The migration changed while it was being updated; read it again.');
      await tx.emit('migration.plan_changed', { campaignId: current.campaignId, migrationId: id });
      await this.audit.record(tx.manager, caller, {
        action: 'migration.updated',
        entityType: 'Migration',
        entityId: id,
        campaignId: current.campaignId,
        before: snapshot(current),
        after: snapshot(updated),
      });
      return updated;
    });
  }

  /** A manager sets the campaign's weekly migration capacity (campaign settings, version-checked on the campaign). */
  async setCapacity(actor: Actor, scope: AccessScope, input: SetMigrationCapacityInput, now = new Date()): Promise<PlannedCampaign> {
    const caller = assertCanWrite(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    await this.uow.run(async (tx) => {
      const ctx = await this.campaignContext(tx.manager, scope, campaignId);
      if (!actsAsManager(caller, scope, campaignId)) {
        throw new ForbiddenError('Only a manager of the campaign (or an admin) can set its migration capacity.');
      }
      if (ctx.campaign.version !== input.expectedVersion) {
        throw new ConflictError(`The campaign changed since you read it (version ${ctx.campaign.version}, you had ${input.expectedVersion}).`);
      }
      const before = applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings').weeklyMigrationCapacity;
      // The merged settings must still be valid as a whole (the domain checks every value).
      applyRule(() => resolveCampaignSettings({ ...ctx.campaign.settings, weeklyMigrationCapacity: input.weeklyCapacity }), 'input');
      const updated = await this.migrations.mergeCampaignSettings(tx.manager, campaignId, input.expectedVersion, { weeklyMigrationCapacity: input.weeklyCapacity });
      if (!updated) throw new ConflictError('The campaign changed while its capacity was being set; read it again.');
      await tx.emit('migration.plan_changed', { campaignId, migrationId: null });
      await this.audit.record(tx.manager, caller, {
        action: 'campaign.migration_capacity_set',
        entityType: 'Campaign',
        entityId: campaignId,
        campaignId,
        before: { weeklyMigrationCapacity: before },
        after: { weeklyMigrationCapacity: input.weeklyCapacity },
      });
    });
    const ctx = await this.campaignContext(this.dataSource.manager, scope, campaignId);
    return this.planFor(scope, ctx, now);
  }

  /**
   * The migration of a deal just won through a proposal's acceptance, in the acceptance's
   * transaction: workload from the proposal's lines, target cutover by `defaultTargetCutover`.
   */
  async createForAcceptedProposal(
    manager: EntityManager,
    input: {
      campaign: CampaignWithRival;
      accountId: string;
      segment: Segment;
      opportunityId: string;
      proposalId: string;
      lines: ReadonlyArray<{ quantity: number }>;
      plannedCutoverAt: Date;
      signedAt: Date;
    },
  ): Promise<MigrationRecord> {
    const settings = applyRule(() => resolveCampaignSettings(input.campaign.campaign.settings), 'campaign.settings');
    return this.migrations.insert(manager, {
      campaignId: input.campaign.campaign.id,
      accountId: input.accountId,
      opportunityId: input.opportunityId,
      proposalId: input.proposalId,
      workload: workloadOf(input.lines),
      targetCutoverAt: defaultTargetCutover({
        from: input.signedAt,
        segment: input.segment,
        settings,
        shutdownExpectedAt: input.campaign.rival.shutdownExpectedAt,
        notBefore: input.plannedCutoverAt,
      }),
      status: 'planned',
    });
  }
}
