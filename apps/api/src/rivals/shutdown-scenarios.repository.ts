import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { governingScenario, isCredibleScenario, type ScenarioCustomer } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { returnedRows } from '../database/hydrate';

/** A rival's shutdown scenario as stored, with whether it is credible and governs (over the rival's whole set). */
export interface ShutdownScenarioRecord {
  id: string;
  rivalId: string;
  label: string;
  goesDarkAt: Date;
  probabilityPercent: number;
  sourceUrl: string | null;
  sourceNote: string | null;
  version: number;
  credible: boolean;
  governing: boolean;
}

function toRecord(r: Record<string, unknown>): ShutdownScenarioRecord {
  return {
    id: r['id'] as string,
    rivalId: r['rival_id'] as string,
    label: r['label'] as string,
    goesDarkAt: new Date(r['goes_dark_at'] as string),
    probabilityPercent: Number(r['probability_percent']),
    sourceUrl: (r['source_url'] as string | null) ?? null,
    sourceNote: (r['source_note'] as string | null) ?? null,
    version: Number(r['version']),
    credible: false,
    governing: false,
  };
}

/** Marks each scenario of one rival credible and governing (libs/domain decides). */
export function withStanding(scenarios: ShutdownScenarioRecord[]): ShutdownScenarioRecord[] {
  const governing = governingScenario(scenarios);
  return scenarios.map((s) => ({ ...s, credible: isCredibleScenario(s), governing: s.id === governing?.id }));
}

const visibleRival = (scope: AccessScope, params: unknown[], column: string) => {
  if (scope.all) return 'true';
  params.push([...scope.campaignIds]);
  return `EXISTS (SELECT 1 FROM campaign c WHERE c.rival_id = ${column} AND c.id = ANY($${params.length}::uuid[]))`;
};

/** The only place that queries shutdown scenarios. */
@Injectable()
export class ShutdownScenariosRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every scenario of each rival, by date (then id), marked credible and governing. */
  async byRivalIds(rivalIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ShutdownScenarioRecord[]>> {
    const result = new Map<string, ShutdownScenarioRecord[]>(rivalIds.map((id) => [id, []]));
    if (rivalIds.length === 0) return result;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM shutdown_scenario WHERE rival_id = ANY($1::uuid[]) ORDER BY rival_id, goes_dark_at, id`,
      [[...rivalIds]],
    );
    for (const row of rows) result.get(row['rival_id'] as string)?.push(toRecord(row));
    for (const [id, list] of result) result.set(id, withStanding(list));
    return result;
  }

  /** Scenarios by id, among the rivals the scope sees (through the campaigns against them). */
  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, ShutdownScenarioRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const found: Array<{ rival_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT s.rival_id FROM shutdown_scenario s WHERE s.id = ANY($1::uuid[]) AND ${visibleRival(scope, params, 's.rival_id')}`,
      params,
    );
    const byRival = await this.byRivalIds(found.map((f) => f.rival_id));
    const wanted = new Set(ids);
    return new Map([...byRival.values()].flat().filter((s) => wanted.has(s.id)).map((s) => [s.id, s]));
  }

  async rivalIdOf(id: string): Promise<string | null> {
    const rows: Array<{ rival_id: string }> = await this.dataSource.query(`SELECT rival_id FROM shutdown_scenario WHERE id = $1`, [id]);
    return rows[0]?.rival_id ?? null;
  }

  async insert(
    manager: EntityManager,
    s: Pick<ShutdownScenarioRecord, 'rivalId' | 'label' | 'goesDarkAt' | 'probabilityPercent' | 'sourceUrl' | 'sourceNote'>,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO shutdown_scenario (rival_id, label, goes_dark_at, probability_percent, source_url, source_note) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [s.rivalId, s.label, s.goesDarkAt, s.probabilityPercent, s.sourceUrl, s.sourceNote],
    );
    return rows[0].id;
  }

  /** Conditional update: false (nothing written) unless the row still has the version the caller read. */
  async update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    s: Pick<ShutdownScenarioRecord, 'label' | 'goesDarkAt' | 'probabilityPercent' | 'sourceUrl' | 'sourceNote'>,
  ): Promise<boolean> {
    const rows = returnedRows(
      await manager.query(
      `UPDATE shutdown_scenario SET label = $3, goes_dark_at = $4, probability_percent = $5, source_url = $6, source_note = $7,
         version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING id`,
      [id, expectedVersion, s.label, s.goesDarkAt, s.probabilityPercent, s.sourceUrl, s.sourceNote],
      ),
    );
    return rows.length === 1;
  }

  async remove(manager: EntityManager, id: string, expectedVersion: number): Promise<boolean> {
    const rows = returnedRows(await manager.query(`DELETE FROM shutdown_scenario WHERE id = $1 AND version = $2 RETURNING id`, [id, expectedVersion]));
    return rows.length === 1;
  }

  /** Sets the rival's shutdown date (a new version), in the caller's transaction. */
  async setRivalShutdown(manager: EntityManager, rivalId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE rival SET shutdown_expected_at = $2, version = version + 1, updated_at = now() WHERE id = $1`, [rivalId, at]);
  }

  /** Each customer of a campaign as the scenarios see it: migrated, won (with its migration), open, lost or no deal yet. */
  async customersOfCampaign(campaignId: string): Promise<ScenarioCustomer[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.id, a.segment, a.monthly_spend,
              EXISTS (SELECT 1 FROM migration m WHERE m.account_id = a.id AND m.campaign_id = a.campaign_id AND m.status = 'migrated') AS migrated,
              (SELECT m.id FROM migration m WHERE m.account_id = a.id AND m.campaign_id = a.campaign_id AND m.status <> 'migrated'
                ORDER BY m.created_at DESC, m.id LIMIT 1) AS migration_id,
              EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id AND o.campaign_id = a.campaign_id AND o.stage = 'won') AS won,
              EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id AND o.campaign_id = a.campaign_id AND o.stage NOT IN ('won', 'lost')) AS open,
              EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id AND o.campaign_id = a.campaign_id AND o.stage = 'lost') AS lost
       FROM account a WHERE a.campaign_id = $1`,
      [campaignId],
    );
    return rows.map((r) => {
      const migrationId = (r['migration_id'] as string | null) ?? null;
      const state: ScenarioCustomer['state'] =
        r['migrated'] && !migrationId ? 'migrated' : migrationId || r['won'] ? 'won' : r['open'] ? 'open' : r['lost'] ? 'lost' : 'prospect';
      return { accountId: r['id'] as string, segment: r['segment'] as ScenarioCustomer['segment'], monthlySpend: Number(r['monthly_spend']), state, migrationId };
    });
  }
}
