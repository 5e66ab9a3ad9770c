import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  assertOutage,
  localMonthStart,
  monthlyAvailability,
  resolveCampaignSettings,
  type MonthAvailability,
  type OutageImpact,
  type OutageImpactWeights,
  type ServiceKind,
} from '@lifeboat/domain';
import type { AccessScope, Actor } from '../../common/access/actor';
import { applyRule } from '../../common/errors/domain-rule';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/lifeboat-error';
import { AuditService } from '../../audit/audit.service';
import { CampaignsRepository, type CampaignWithRival } from '../../campaigns/campaigns.repository';
import { UnitOfWork, type Tx } from '../../jobs/unit-of-work';
import { RivalEntity } from '../rival.entity';
import { RivalsRepository } from '../rivals.repository';
import { OutageEntity } from './outage.entity';
import { accountServiceKinds, OutagesRepository, type OutageFields } from './outages.repository';

/** An outage's facts as a caller gives them (by hand, or a status feed). */
export interface OutageFacts {
  startedAt: Date;
  endedAt: Date | null;
  impact: OutageImpact;
  services: ServiceKind[];
  summary: string;
  sourceUrl: string | null;
}

export type OutagePatch = Partial<OutageFacts>;

/** A rival's availability as the graph shows it: the figures and what they were computed with. */
export interface Availability {
  campaignId: string;
  timeZone: string;
  weights: OutageImpactWeights;
  claimedAvailabilityPercent: number | null;
  months: MonthAvailability[];
}

const auditFields = (o: OutageFields) => ({
  startedAt: o.startedAt,
  endedAt: o.endedAt,
  impact: o.impact,
  services: o.services,
  summary: o.summary,
  sourceUrl: o.sourceUrl,
});

const sameFacts = (a: OutageFields, b: OutageFields) => JSON.stringify(auditFields(a)) === JSON.stringify(auditFields(b));

/**
 * A rival's outages (issue #22): recorded by hand by the managers of a campaign against the rival
 * (and admins, and write keys of such a campaign), the same access as its distress events; or by a
 * status feed, idempotently by the incident's id (`recordOutage` with `externalId`). Every change
 * is audited and, in the same transaction, starts the urgency recomputation of the rival's
 * accounts (`rival.outages_changed`): repeated outages are an urgency factor.
 */
@Injectable()
export class OutagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outages: OutagesRepository,
    private readonly rivals: RivalsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async assertCanRecord(scope: AccessScope, rivalId: string): Promise<void> {
    if (!(await this.rivals.getByIds(scope, [rivalId])).has(rivalId)) throw new NotFoundError('Rival');
    const campaigns = await this.rivals.campaignIdsOfRival(rivalId);
    if (!scope.all && !campaigns.some((c) => scope.managedCampaignIds.includes(c))) {
      throw new ForbiddenError('Only a manager of a campaign against this rival can record, change or remove its outages.');
    }
  }

  /**
   * Records an outage of `rivalId` (a database id). With `opts.externalId` (a status feed's
   * incident id) it is idempotent: the rival's outage with that id is updated to these facts if
   * they differ (e.g. the incident was resolved: its end is set), left alone if they do not
   * (`created: false` both ways; nothing audited when nothing changed). Throws BAD_USER_INPUT
   * (field under `input.`) for facts the rules refuse, FORBIDDEN/NOT_FOUND as recordDistressEvent.
   */
  async recordOutage(
    actor: Actor,
    scope: AccessScope,
    rivalId: string,
    facts: OutageFacts,
    opts: { externalId?: string | null; now?: Date } = {},
  ): Promise<{ outage: OutageEntity; created: boolean; rival: RivalEntity }> {
    applyRule(() => assertOutage(facts, opts.now ?? new Date()));
    await this.assertCanRecord(scope, rivalId);
    return this.uow.run((tx) => this.recordOutageIn(tx, actor, rivalId, facts, opts));
  }

  /**
   * recordOutage within the caller's transaction, for a caller that has checked who may (a feed's
   * incident confirmed by a manager, or recorded by the feed's rule).
   */
  async recordOutageIn(
    tx: Tx,
    actor: Actor,
    rivalId: string,
    facts: OutageFacts,
    opts: { externalId?: string | null; now?: Date } = {},
  ): Promise<{ outage: OutageEntity; created: boolean; rival: RivalEntity }> {
    const now = opts.now ?? new Date();
    const externalId = opts.externalId ?? null;
    applyRule(() => assertOutage(facts, now));
    const rival = await this.rivals.lockById(tx.manager, rivalId);
    if (!rival) throw new NotFoundError('Rival');
    const fields: OutageFields = { ...facts, services: [...facts.services] };
    const existing = externalId === null ? null : await this.outages.lockByExternalId(tx.manager, rivalId, externalId);
    if (existing) {
      if (sameFacts(existing, fields)) return { outage: existing, created: false, rival };
      if (!(await this.outages.update(tx.manager, existing.id, existing.version, fields))) throw new ConflictError('The outage changed while it was being recorded; try again.');
      await this.audit.record(tx.manager, actor, { action: 'outage.updated', entityType: 'Outage', entityId: existing.id, campaignId: null, before: auditFields(existing), after: auditFields(fields) });
      await tx.emit('rival.outages_changed', { rivalId, outageId: existing.id });
      return { outage: (await this.outages.lockById(tx.manager, existing.id)) as OutageEntity, created: false, rival };
    }
    const outage = await this.outages.insert(tx.manager, { ...fields, rivalId, externalId });
    await this.audit.record(tx.manager, actor, {
      action: 'outage.recorded',
      entityType: 'Outage',
      entityId: outage.id,
      campaignId: null,
      before: {},
      after: { rivalId, ...auditFields(fields), externalId },
    });
    await tx.emit('rival.outages_changed', { rivalId, outageId: outage.id });
    return { outage, created: true, rival };
  }

  /** Changes an outage (e.g. sets its end). The result is checked whole, as a new one would be. */
  async updateOutage(actor: Actor, scope: AccessScope, outageId: string, expectedVersion: number, patch: OutagePatch, now = new Date()): Promise<OutageEntity> {
    const found = (await this.outages.getByIds(scope, [outageId])).get(outageId);
    if (!found) throw new NotFoundError('Outage');
    await this.assertCanRecord(scope, found.rivalId);
    return this.uow.run(async (tx) => {
      const current = await this.outages.lockById(tx.manager, outageId);
      if (!current) throw new NotFoundError('Outage');
      if (current.version !== expectedVersion) throw new ConflictError(`The outage changed since you read it (version ${current.version}, you had ${expectedVersion}).`);
      const defined = <K extends keyof OutageFacts>(k: K): OutageFacts[K] => (patch[k] === undefined ? current[k] : (patch[k] as OutageFacts[K]));
      const next: OutageFields = {
        startedAt: patch.startedAt ?? current.startedAt,
        endedAt: defined('endedAt'),
        impact: patch.impact ?? current.impact,
        services: patch.services ? [...patch.services] : current.services,
        summary: patch.summary ?? current.summary,
        sourceUrl: defined('sourceUrl'),
      };
      applyRule(() => assertOutage(next, now));
      if (sameFacts(current, next)) return current;
      if (!(await this.outages.update(tx.manager, outageId, expectedVersion, next))) throw new ConflictError('The outage changed while it was being updated; try again.');
      await this.audit.record(tx.manager, actor, { action: 'outage.updated', entityType: 'Outage', entityId: outageId, campaignId: null, before: auditFields(current), after: auditFields(next) });
      await tx.emit('rival.outages_changed', { rivalId: current.rivalId, outageId });
      return (await this.outages.lockById(tx.manager, outageId)) as OutageEntity;
    });
  }

  /** Removes an outage recorded by mistake; returns its rival. */
  async removeOutage(actor: Actor, scope: AccessScope, outageId: string, expectedVersion: number): Promise<RivalEntity> {
    const found = (await this.outages.getByIds(scope, [outageId])).get(outageId);
    if (!found) throw new NotFoundError('Outage');
    await this.assertCanRecord(scope, found.rivalId);
    return this.uow.run(async (tx) => {
      const current = await this.outages.lockById(tx.manager, outageId);
      if (!current) throw new NotFoundError('Outage');
      if (!(await this.outages.delete(tx.manager, outageId, expectedVersion))) {
        throw new ConflictError(`The outage changed since you read it (version ${current.version}, you had ${expectedVersion}).`);
      }
      await this.audit.record(tx.manager, actor, {
        action: 'outage.removed',
        entityType: 'Outage',
        entityId: outageId,
        campaignId: null,
        before: { rivalId: current.rivalId, ...auditFields(current), externalId: current.externalId },
        after: {},
      });
      await tx.emit('rival.outages_changed', { rivalId: current.rivalId, outageId });
      return (await this.rivals.lockById(tx.manager, current.rivalId)) as RivalEntity;
    });
  }

  /** The campaign whose rules (zone, weights) the figures use: the one asked for, else the caller's first against the rival. */
  private async campaignFor(scope: AccessScope, rivalId: string, campaignId: string | null): Promise<CampaignWithRival | null> {
    const campaigns = await this.campaigns.findWithRivalByRivalId(this.dataSource.manager, scope, rivalId);
    if (campaignId === null) return campaigns[0] ?? null;
    const found = campaigns.find((c) => c.campaign.id === campaignId);
    if (!found) throw new NotFoundError('Campaign');
    return found;
  }

  private async compute(rival: RivalEntity, ctx: CampaignWithRival | null, months: number, now: Date, services?: readonly ServiceKind[]): Promise<{ availability: Availability; outages: OutageEntity[] }> {
    const settings = applyRule(() => resolveCampaignSettings(ctx?.campaign.settings ?? null), 'campaign.settings');
    const from = localMonthStart(now, settings.timeZone, -(months - 1));
    const outages = await this.outages.overlapping(rival.id, from, now, services);
    const figures = monthlyAvailability({
      outages,
      now,
      timeZone: settings.timeZone,
      months,
      weights: settings.outageImpactWeights,
      claimedAvailabilityPercent: rival.claimedAvailabilityPercent,
    });
    return {
      outages,
      availability: {
        campaignId: ctx?.campaign.id ?? '',
        timeZone: settings.timeZone,
        weights: settings.outageImpactWeights,
        claimedAvailabilityPercent: rival.claimedAvailabilityPercent,
        months: figures,
      },
    };
  }

  /** The rival's availability per calendar month, the `months` months ending with the current one. */
  async availability(scope: AccessScope, rival: RivalEntity, months: number, campaignId: string | null, now = new Date()): Promise<Availability> {
    const ctx = await this.campaignFor(scope, rival.id, campaignId);
    return (await this.compute(rival, ctx, months, now)).availability;
  }

  /**
   * The evidence sheet of an account: the services it buys, the rival's outages that touched them
   * within the months shown (newest first), and the availability counting only those. Null when
   * its campaign or rival is not visible.
   */
  async evidence(scope: AccessScope, account: { id: string; campaignId: string }, months: number, now = new Date()): Promise<{ rival: RivalEntity; services: ServiceKind[]; outages: OutageEntity[]; availability: Availability } | null> {
    const ctx = (await this.campaigns.getWithRivalByIds(this.dataSource.manager, scope, [account.campaignId])).get(account.campaignId);
    if (!ctx) return null;
    const rival = (await this.rivals.getByIds(scope, [ctx.campaign.rivalId])).get(ctx.campaign.rivalId);
    if (!rival) return null;
    const services = await accountServiceKinds(this.dataSource.manager, account.id);
    const { availability, outages } = await this.compute(rival, ctx, months, now, services);
    return { rival, services, outages: [...outages].reverse(), availability };
  }
}
