import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ServiceKind } from '@lifeboat/domain';
import type { AccessScope } from '../../common/access/actor';
import { OutageEntity } from './outage.entity';

/** What an outage holds besides its identity and bookkeeping. */
export type OutageFields = Pick<OutageEntity, 'startedAt' | 'endedAt' | 'impact' | 'services' | 'summary' | 'sourceUrl'>;

/** The only place that queries a rival's outages. */
@Injectable()
export class OutagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Outages by id, seen through the campaigns that target their rival (all with a full scope). */
  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, OutageEntity>> {
    if (ids.length === 0) return new Map();
    const qb = this.dataSource.getRepository(OutageEntity).createQueryBuilder('o').where('o.id IN (:...ids)', { ids: [...ids] });
    if (!scope.all) {
      qb.andWhere('EXISTS (SELECT 1 FROM campaign c WHERE c.rival_id = o.rival_id AND c.id = ANY(:scopeIds::uuid[]))', { scopeIds: [...scope.campaignIds] });
    }
    const rows = await qb.getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The most recent outages of each rival (by start, newest first), at most `limit` each: one query for many rivals. */
  async recentByRivalIds(rivalIds: readonly string[], limit: number): Promise<Map<string, OutageEntity[]>> {
    const result = new Map<string, OutageEntity[]>(rivalIds.map((id) => [id, []]));
    if (rivalIds.length === 0) return result;
    const ranked: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM (
         SELECT o.id, row_number() OVER (PARTITION BY o.rival_id ORDER BY o.started_at DESC, o.id DESC) AS rn
         FROM outage o WHERE o.rival_id = ANY($1::uuid[])
       ) ranked WHERE rn <= $2`,
      [[...rivalIds], limit],
    );
    if (ranked.length === 0) return result;
    const rows = await this.dataSource.getRepository(OutageEntity).find({
      where: { id: In(ranked.map((r) => r.id)) },
      order: { startedAt: 'DESC', id: 'DESC' },
    });
    for (const row of rows) result.get(row.rivalId)?.push(row);
    return result;
  }

  /**
   * The rival's outages going on at some point in [from, to) (ongoing ones included), oldest first;
   * only those touching one of `services` when given.
   */
  async overlapping(rivalId: string, from: Date, to: Date, services?: readonly ServiceKind[], manager: EntityManager = this.dataSource.manager): Promise<OutageEntity[]> {
    const qb = manager
      .getRepository(OutageEntity)
      .createQueryBuilder('o')
      .where('o.rival_id = :rivalId AND o.started_at < :to AND (o.ended_at IS NULL OR o.ended_at > :from)', { rivalId, from, to })
      .orderBy('o.started_at', 'ASC')
      .addOrderBy('o.id', 'ASC');
    if (services) qb.andWhere('o.services && :services::text[]', { services: [...services] });
    return qb.getMany();
  }

  /** Locks the outage for the rest of the transaction. */
  lockById(manager: EntityManager, id: string): Promise<OutageEntity | null> {
    return manager.getRepository(OutageEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The rival's outage with this feed id, locked; null when none. */
  lockByExternalId(manager: EntityManager, rivalId: string, externalId: string): Promise<OutageEntity | null> {
    return manager.getRepository(OutageEntity).findOne({ where: { rivalId, externalId }, lock: { mode: 'pessimistic_write' } });
  }

  insert(manager: EntityManager, outage: OutageFields & { rivalId: string; externalId: string | null }): Promise<OutageEntity> {
    const repo = manager.getRepository(OutageEntity);
    return repo.save(repo.create(outage));
  }

  /** Conditional update: refused (returns false) unless the row still has the version the caller read. */
  async update(manager: EntityManager, id: string, expectedVersion: number, fields: OutageFields): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OutageEntity)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async delete(manager: EntityManager, id: string, expectedVersion: number): Promise<boolean> {
    const result = await manager.createQueryBuilder().delete().from(OutageEntity).where('id = :id AND version = :expectedVersion', { id, expectedVersion }).execute();
    return result.affected === 1;
  }
}

/** The distinct kinds of service an account buys from its rival, sorted. */
export async function accountServiceKinds(manager: EntityManager, accountId: string): Promise<ServiceKind[]> {
  const rows: Array<{ kind: ServiceKind }> = await manager.query(`SELECT DISTINCT kind FROM rival_service WHERE account_id = $1 ORDER BY kind`, [accountId]);
  return rows.map((r) => r.kind);
}
