import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { AccessScope } from '../common/access/actor';
import { DistressEventEntity, type DistressImpactStatus } from './distress-event.entity';
import { RivalEntity } from './rival.entity';

/** The only place that queries rivals and their distress events. */
@Injectable()
export class RivalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A rival is seen through the campaigns that target it: the caller sees the rivals of their
   * campaigns (all of them with a full scope).
   */
  private visible(qb: SelectQueryBuilder<RivalEntity>, scope: AccessScope, alias = 'r'): SelectQueryBuilder<RivalEntity> {
    if (scope.all) return qb;
    return qb.andWhere(`EXISTS (SELECT 1 FROM campaign c WHERE c.rival_id = ${alias}.id AND c.id = ANY(:scopeIds::uuid[]))`, {
      scopeIds: [...scope.campaignIds],
    });
  }

  /** One page in (name, id) order, keyset after the given key; one row more than asked tells if more follow. */
  async findPage(scope: AccessScope, opts: { limit: number; after?: { name: string; id: string } }): Promise<RivalEntity[]> {
    const qb = this.dataSource.getRepository(RivalEntity).createQueryBuilder('r').orderBy('r.name', 'ASC').addOrderBy('r.id', 'ASC').limit(opts.limit + 1);
    if (opts.after) qb.where('(r.name, r.id) > (:name, :id)', opts.after);
    return this.visible(qb, scope).getMany();
  }

  count(scope: AccessScope): Promise<number> {
    return this.visible(this.dataSource.getRepository(RivalEntity).createQueryBuilder('r'), scope).getCount();
  }

  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, RivalEntity>> {
    if (ids.length === 0) return new Map();
    const qb = this.dataSource.getRepository(RivalEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: [...ids] });
    const rows = await this.visible(qb, scope).getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  async getEventsByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, DistressEventEntity>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const scoped = scope.all ? '' : `AND EXISTS (SELECT 1 FROM campaign c WHERE c.rival_id = e.rival_id AND c.id = ANY($2::uuid[]))`;
    if (!scope.all) params.push([...scope.campaignIds]);
    const found: Array<{ id: string }> = await this.dataSource.query(`SELECT e.id FROM distress_event e WHERE e.id = ANY($1::uuid[]) ${scoped}`, params);
    if (found.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(DistressEventEntity).findBy({ id: In(found.map((f) => f.id)) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The campaigns that target a rival: who may record its distress events. */
  async campaignIdsOfRival(rivalId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM campaign WHERE rival_id = $1`, [rivalId]);
    return rows.map((r) => r.id);
  }

  /** The most recent events of each rival, newest first, at most `limit` each: one query for many rivals. */
  async recentEventsByRivalIds(rivalIds: readonly string[], limit: number): Promise<Map<string, DistressEventEntity[]>> {
    const result = new Map<string, DistressEventEntity[]>(rivalIds.map((id) => [id, []]));
    if (rivalIds.length === 0) return result;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT e.*, row_number() OVER (PARTITION BY e.rival_id ORDER BY e.occurred_at DESC, e.id DESC) AS rn
         FROM distress_event e WHERE e.rival_id = ANY($1::uuid[])
       ) ranked WHERE rn <= $2 ORDER BY rival_id, occurred_at DESC, id DESC`,
      [rivalIds, limit],
    );
    const repo = this.dataSource.getRepository(DistressEventEntity);
    for (const row of rows) {
      const entity = repo.create({
        id: row['id'] as string,
        rivalId: row['rival_id'] as string,
        kind: row['kind'] as DistressEventEntity['kind'],
        occurredAt: new Date(row['occurred_at'] as string),
        severity: Number(row['severity']),
        sourceUrl: (row['source_url'] as string | null) ?? null,
        summary: row['summary'] as string,
        announcedShutdownAt: row['announced_shutdown_at'] ? new Date(row['announced_shutdown_at'] as string) : null,
        recordedAt: new Date(row['recorded_at'] as string),
      });
      result.get(entity.rivalId)?.push(entity);
    }
    return result;
  }

  /** Locks the rival for the rest of the transaction, so two events recorded at once apply in turn. */
  lockById(manager: EntityManager, id: string): Promise<RivalEntity | null> {
    return manager.getRepository(RivalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insertEvent(manager: EntityManager, event: Omit<DistressEventEntity, 'id' | 'recordedAt' | 'rival' | 'impactComputedAt'>): Promise<DistressEventEntity> {
    const repo = manager.getRepository(DistressEventEntity);
    return repo.save(repo.create(event));
  }

  /**
   * What the recomputation after an event changed, per campaign, and the event marked `done`, in
   * the job's transaction (a retried job rewrites the same rows). An event that no longer exists
   * is left alone.
   */
  async recordImpact(
    manager: EntityManager,
    distressEventId: string,
    perCampaign: Array<{ campaignId: string; accountsRecomputed: number; urgencyChanged: number; deadlinesChanged: number }>,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO distress_event_impact (distress_event_id, campaign_id, accounts_recomputed, urgency_changed, deadlines_changed, computed_at)
       SELECT e.id, x.campaign_id, x.accounts, x.urgency, x.deadlines, $6
       FROM distress_event e, unnest($2::uuid[], $3::int[], $4::int[], $5::int[]) AS x(campaign_id, accounts, urgency, deadlines)
       WHERE e.id = $1
       ON CONFLICT (distress_event_id, campaign_id) DO UPDATE SET accounts_recomputed = EXCLUDED.accounts_recomputed,
         urgency_changed = EXCLUDED.urgency_changed, deadlines_changed = EXCLUDED.deadlines_changed, computed_at = EXCLUDED.computed_at`,
      [
        distressEventId,
        perCampaign.map((c) => c.campaignId),
        perCampaign.map((c) => c.accountsRecomputed),
        perCampaign.map((c) => c.urgencyChanged),
        perCampaign.map((c) => c.deadlinesChanged),
        at,
      ],
    );
    await manager.query(`UPDATE distress_event SET impact_status = 'done', impact_computed_at = $2 WHERE id = $1`, [distressEventId, at]);
  }

  /**
   * The impact of each event, summed over the campaigns of the scope (a manager sees what changed
   * in the campaigns they can see): one statement for many events.
   */
  async impactsByEventIds(
    scope: AccessScope,
    ids: readonly string[],
  ): Promise<Map<string, { status: DistressImpactStatus; computedAt: Date | null; accountsRecomputed: number; urgencyChanged: number; deadlinesChanged: number }>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const scoped = scope.all ? '' : `AND i.campaign_id = ANY($2::uuid[])`;
    if (!scope.all) params.push([...scope.campaignIds]);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.id, e.impact_status, e.impact_computed_at,
              COALESCE(sum(i.accounts_recomputed), 0)::int AS accounts_recomputed,
              COALESCE(sum(i.urgency_changed), 0)::int AS urgency_changed,
              COALESCE(sum(i.deadlines_changed), 0)::int AS deadlines_changed
       FROM distress_event e LEFT JOIN distress_event_impact i ON i.distress_event_id = e.id ${scoped}
       WHERE e.id = ANY($1::uuid[])
       GROUP BY e.id, e.impact_status, e.impact_computed_at`,
      params,
    );
    return new Map(
      rows.map((r) => [
        r['id'] as string,
        {
          status: r['impact_status'] as DistressImpactStatus,
          computedAt: r['impact_computed_at'] ? new Date(r['impact_computed_at'] as string) : null,
          accountsRecomputed: Number(r['accounts_recomputed']),
          urgencyChanged: Number(r['urgency_changed']),
          deadlinesChanged: Number(r['deadlines_changed']),
        },
      ]),
    );
  }

  /** Conditional update: refused (returns false) unless the row still has the version the caller read. */
  async updateHealth(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    change: { health: RivalEntity['health']; shutdownExpectedAt: Date | null },
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RivalEntity)
      .set({ health: change.health, shutdownExpectedAt: change.shutdownExpectedAt, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }
}
