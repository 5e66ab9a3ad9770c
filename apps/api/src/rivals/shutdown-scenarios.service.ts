import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertScenario, resolveCampaignSettings, scenarioImpacts, type MigrationPlacement, type ScenarioImpact } from '@lifeboat/domain';
import type { AccessScope, Actor } from '../common/access/actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork, type Tx } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import type { RivalEntity } from './rival.entity';
import { RivalsRepository } from './rivals.repository';
import { ShutdownScenarioRecord, ShutdownScenariosRepository } from './shutdown-scenarios.repository';
import { AddShutdownScenarioInput, RemoveShutdownScenarioInput, UpdateShutdownScenarioInput } from './shutdown-scenario.model';

type Fields = Pick<ShutdownScenarioRecord, 'label' | 'goesDarkAt' | 'probabilityPercent' | 'sourceUrl' | 'sourceNote'>;

const audited = (s: Fields): Record<string, unknown> => ({
  label: s.label,
  goesDarkAt: s.goesDarkAt,
  probabilityPercent: s.probabilityPercent,
  sourceUrl: s.sourceUrl,
  sourceNote: s.sourceNote,
});

export interface ScenarioChange {
  scenario: ShutdownScenarioRecord | null;
  rival: RivalEntity;
}

/**
 * A rival's shutdown scenarios (issue #22). Managers of a campaign against the rival (and admins)
 * add, edit and remove them, as they record its distress events. Every change is audited and, in
 * the same transaction, the rival's shutdownExpectedAt follows the governing scenario (libs/domain
 * `governingScenario`); when that date moves, `rival.updated` recomputes the urgency and deadlines
 * of its campaigns' accounts, as updateRival does. Without a credible scenario the date is left as it is.
 */
@Injectable()
export class ShutdownScenariosService {
  constructor(
    private readonly scenarios: ShutdownScenariosRepository,
    private readonly rivals: RivalsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  private async authorize(scope: AccessScope, rivalId: string): Promise<void> {
    if (!(await this.rivals.getByIds(scope, [rivalId])).has(rivalId)) throw new NotFoundError('The rival');
    const campaigns = await this.rivals.campaignIdsOfRival(rivalId);
    if (!scope.all && !campaigns.some((c) => scope.managedCampaignIds.includes(c))) {
      throw new ForbiddenError('Only a manager of a campaign against this rival can change its shutdown scenarios.');
    }
  }

  private async scenarioRival(scope: AccessScope, globalId: string): Promise<{ id: string; rivalId: string }> {
    const id = expectGlobalId(globalId, 'ShutdownScenario', 'input.id');
    const rivalId = await this.scenarios.rivalIdOf(id);
    if (!rivalId || !(await this.rivals.getByIds(scope, [rivalId])).has(rivalId)) throw new NotFoundError('The shutdown scenario');
    await this.authorize(scope, rivalId);
    return { id, rivalId };
  }

  async add(actor: Actor, scope: AccessScope, input: AddShutdownScenarioInput, now = new Date()): Promise<ScenarioChange> {
    const rivalId = expectGlobalId(input.rivalId, 'Rival', 'input.rivalId');
    await this.authorize(scope, rivalId);
    return this.uow.run(async (tx) => {
      const rival = await this.rivals.lockById(tx.manager, rivalId);
      if (!rival) throw new NotFoundError('The rival');
      const existing = (await this.scenarios.byRivalIds([rivalId], tx.manager)).get(rivalId) ?? [];
      const next: Fields = {
        label: input.label.trim(),
        goesDarkAt: input.goesDarkAt,
        probabilityPercent: input.probabilityPercent,
        sourceUrl: input.sourceUrl ?? null,
        sourceNote: input.sourceNote?.trim() || null,
      };
      applyRule(() => assertScenario({ ...next, checkDate: true }, [...existing, next], now));
      const id = await this.scenarios.insert(tx.manager, { rivalId, ...next });
      await this.audit.record(tx.manager, actor, { action: 'shutdown_scenario.added', entityType: 'ShutdownScenario', entityId: id, campaignId: null, before: {}, after: audited(next) });
      return this.settle(tx, actor, rival, id);
    });
  }

  async update(actor: Actor, scope: AccessScope, input: UpdateShutdownScenarioInput, now = new Date()): Promise<ScenarioChange> {
    const { id, rivalId } = await this.scenarioRival(scope, input.id);
    return this.uow.run(async (tx) => {
      const rival = await this.rivals.lockById(tx.manager, rivalId);
      if (!rival) throw new NotFoundError('The rival');
      const existing = (await this.scenarios.byRivalIds([rivalId], tx.manager)).get(rivalId) ?? [];
      const current = existing.find((s) => s.id === id);
      if (!current) throw new NotFoundError('The shutdown scenario');
      if (current.version !== input.expectedVersion) {
        throw new ConflictError(`The shutdown scenario changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      }
      const next: Fields = {
        label: input.label != null ? input.label.trim() : current.label,
        goesDarkAt: input.goesDarkAt ?? current.goesDarkAt,
        probabilityPercent: input.probabilityPercent ?? current.probabilityPercent,
        sourceUrl: input.sourceUrl === undefined ? current.sourceUrl : input.sourceUrl,
        sourceNote: input.sourceNote === undefined ? current.sourceNote : input.sourceNote?.trim() || null,
      };
      const before = audited(current);
      const after = audited(next);
      if (JSON.stringify(before) === JSON.stringify(after)) return this.settle(tx, actor, rival, id);
      const dateChanged = next.goesDarkAt.getTime() !== current.goesDarkAt.getTime();
      applyRule(() => assertScenario({ ...next, checkDate: dateChanged }, existing.map((s) => (s.id === id ? next : s)), now));
      if (!(await this.scenarios.update(tx.manager, id, input.expectedVersion, next))) {
        throw new ConflictError('The shutdown scenario changed while it was being saved; read it again.');
      }
      await this.audit.record(tx.manager, actor, { action: 'shutdown_scenario.updated', entityType: 'ShutdownScenario', entityId: id, campaignId: null, before, after });
      return this.settle(tx, actor, rival, id);
    });
  }

  async remove(actor: Actor, scope: AccessScope, input: RemoveShutdownScenarioInput): Promise<ScenarioChange> {
    const { id, rivalId } = await this.scenarioRival(scope, input.id);
    return this.uow.run(async (tx) => {
      const rival = await this.rivals.lockById(tx.manager, rivalId);
      if (!rival) throw new NotFoundError('The rival');
      const current = ((await this.scenarios.byRivalIds([rivalId], tx.manager)).get(rivalId) ?? []).find((s) => s.id === id);
      if (!current) throw new NotFoundError('The shutdown scenario');
      if (current.version !== input.expectedVersion || !(await this.scenarios.remove(tx.manager, id, input.expectedVersion))) {
        throw new ConflictError(`The shutdown scenario changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      }
      await this.audit.record(tx.manager, actor, { action: 'shutdown_scenario.removed', entityType: 'ShutdownScenario', entityId: id, campaignId: null, before: audited(current), after: {} });
      return this.settle(tx, actor, rival, null);
    });
  }

  /**
   * The rival's shutdown date follows the governing scenario, audited; its campaigns are recomputed
   * (every scenario weighs in the queue's priority, not only the governing one).
   */
  private async settle(tx: Tx, actor: Actor, rival: RivalEntity, scenarioId: string | null): Promise<ScenarioChange> {
    const list = (await this.scenarios.byRivalIds([rival.id], tx.manager)).get(rival.id) ?? [];
    const governing = list.find((s) => s.governing);
    await tx.emit('rival.updated', { rivalId: rival.id });
    if (governing && governing.goesDarkAt.getTime() !== rival.shutdownExpectedAt?.getTime()) {
      await this.scenarios.setRivalShutdown(tx.manager, rival.id, governing.goesDarkAt);
      await this.audit.record(tx.manager, actor, {
        action: 'rival.shutdown_follows_scenario',
        entityType: 'Rival',
        entityId: rival.id,
        campaignId: null,
        before: { shutdownExpectedAt: rival.shutdownExpectedAt },
        after: { shutdownExpectedAt: governing.goesDarkAt },
      });
    }
    const fresh = (await this.rivals.lockById(tx.manager, rival.id)) as RivalEntity;
    return { scenario: list.find((s) => s.id === scenarioId) ?? null, rival: fresh };
  }

  /** What goes dark in each scenario of the campaign's rival, given the campaign's migration plan. Empty without scenarios. */
  async impacts(
    scope: AccessScope,
    campaignId: string,
    placements: readonly Pick<MigrationPlacement, 'id' | 'plannedCutoverAt'>[],
    now = new Date(),
  ): Promise<{ currency: string; impacts: ScenarioImpact<ShutdownScenarioRecord>[] }> {
    const ctx = (await this.campaigns.getWithRivalByIds(this.dataSource.manager, scope, [campaignId])).get(campaignId);
    if (!ctx) throw new NotFoundError('The campaign');
    const currency = ctx.campaign.currency.trim();
    const scenarios = (await this.scenarios.byRivalIds([ctx.rival.id])).get(ctx.rival.id) ?? [];
    if (scenarios.length === 0) return { currency, impacts: [] };
    const settings = applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
    const customers = await this.scenarios.customersOfCampaign(campaignId);
    return { currency, impacts: scenarioImpacts({ now, scenarios, customers, placements, settings }) };
  }
}
