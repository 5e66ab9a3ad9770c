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

  /**
   * The customers of a campaign as the scenarios see them, grouped: one line per segment and state
   * (migrated, open, lost, no deal yet) with their count and spend, one per won customer (with its
   * migration, which the plan places). Set-based: one pass over the campaign's accounts, deals and
   * migrations (a campaign of 100,000 accounts answers in a few hundred lines, not 100,000).
   */
  async customersOfCampaign(campaignId: string): Promise<ScenarioCustomer[]> {
    const rows: Array<{ segment: string; state: ScenarioCustomer['state']; migration_id: string | null; accounts: number; spend: string }> =
      await this.dataSource.query(
        `WITH deals AS (
           SELECT account_id, bool_or(stage = 'won') AS won, bool_or(stage NOT IN ('won', 'lost')) AS open, bool_or(stage = 'lost') AS lost
           FROM opportunity WHERE campaign_id = $1 GROUP BY account_id
         ), migrated AS (
           SELECT DISTINCT account_id FROM migration WHERE campaign_id = $1 AND status = 'migrated'
         ), pending AS (
           -- Its latest migration not yet done, which the plan places.
           SELECT DISTINCT ON (account_id) account_id, id FROM migration
           WHERE campaign_id = $1 AND status <> 'migrated' ORDER BY account_id, created_at DESC, id
         ), customers AS (
           SELECT a.segment, a.monthly_spend, p.id AS migration_id,
             CASE WHEN m.account_id IS NOT NULL AND p.id IS NULL THEN 'migrated'
                  WHEN p.id IS NOT NULL OR d.won THEN 'won'
                  WHEN d.open THEN 'open'
                  WHEN d.lost THEN 'lost'
                  ELSE 'prospect' END AS state
           FROM account a
           LEFT JOIN deals d ON d.account_id = a.id
           LEFT JOIN migrated m ON m.account_id = a.id
           LEFT JOIN pending p ON p.account_id = a.id
           WHERE a.campaign_id = $1
         )
         SELECT segment, state, migration_id, count(*)::int AS accounts, sum(monthly_spend)::text AS spend
         FROM customers GROUP BY segment, state, migration_id`,
        [campaignId],
      );
    return rows.map((r) => ({
      segment: r.segment as ScenarioCustomer['segment'],
      state: r.state,
      migrationId: r.migration_id,
      accounts: r.accounts,
      monthlySpend: Number(r.spend),
    }));
  }
}
