import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OPEN_STAGES, STAGES, type CampaignSettingsOverrides, type DealHistory, type OpenStage, type RivalHealth, type Segment, type Stage } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';

/** The campaign and its rival, as the forecast needs them. */
export interface ForecastCampaignRow {
  id: string;
  name: string;
  currency: string;
  settings: CampaignSettingsOverrides;
  rivalId: string;
  rivalName: string;
  rivalHealth: RivalHealth;
  shutdownExpectedAt: Date | null;
}

/** An account in the race: with an open deal, or with no deal yet (won and lost ones are out of it). */
export interface ForecastAccountRow {
  id: string;
  name: string;
  segment: Segment;
  monthlySpend: number;
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator: boolean;
  countries: string[];
  prepaidUntil: Date | null;
  createdAt: Date;
  lastContactAt: Date | null;
  /** One unit per unit of service bought from the rival, at least 1 (as a migration's workload is counted). */
  workload: number;
  stage: OpenStage | null;
  stageEnteredAt: Date | null;
}

export interface ForecastScenarioRow {
  id: string;
  label: string;
  goesDarkAt: Date;
  probabilityPercent: number;
}

export interface ForecastData {
  accounts: ForecastAccountRow[];
  history: DealHistory[];
  scenarios: ForecastScenarioRow[];
  reps: number;
}

const OPEN_SQL = OPEN_STAGES.map((s) => `'${s}'`).join(', ');
const STAGE_ORDER = new Map<Stage, number>(STAGES.map((s, i) => [s, i]));
/** A char(2)[] as the driver gives it: an array, or its text form `{NL,FR}`. */
const countries = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((c) => String(c).trim()) : typeof v === 'string' ? v.replace(/[{}]/g, '').split(',').map((c) => c.trim()).filter(Boolean) : [];
const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));

/** The only place that reads what `raceForecast` races: five statements in one REPEATABLE READ, READ ONLY snapshot. */
@Injectable()
export class RaceForecastRepository {
  constructor(private readonly dataSource: DataSource) {}

  inSnapshot<T>(read: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return read(manager);
    });
  }

  /** The campaign (if the caller sees it) with its rival. */
  async campaign(manager: EntityManager, scope: AccessScope, campaignId: string): Promise<ForecastCampaignRow | null> {
    const params: unknown[] = [campaignId];
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT c.id, c.name, c.currency, c.settings, c.rival_id, r.name AS rival_name, r.health, r.shutdown_expected_at
       FROM campaign c JOIN rival r ON r.id = c.rival_id
       WHERE c.id = $1 AND ${scopeClause(scope, 'c.id', params)}`,
      params,
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r['id'] as string,
      name: r['name'] as string,
      currency: String(r['currency']).trim(),
      settings: (r['settings'] ?? {}) as CampaignSettingsOverrides,
      rivalId: r['rival_id'] as string,
      rivalName: r['rival_name'] as string,
      rivalHealth: r['health'] as RivalHealth,
      shutdownExpectedAt: date(r['shutdown_expected_at']),
    };
  }

  /**
   * What changes the forecast, as one string: the campaign, its rival and scenarios, its accounts,
   * deals and team. Equal strings: the same race (the clock aside).
   */
  async dataVersion(manager: EntityManager, campaign: ForecastCampaignRow): Promise<string> {
    const rows: Array<{ v: string }> = await manager.query(
      `SELECT concat_ws('|',
         (SELECT version || ':' || updated_at FROM campaign WHERE id = $1),
         (SELECT version || ':' || updated_at FROM rival WHERE id = $2),
         (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM shutdown_scenario WHERE rival_id = $2),
         (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM account WHERE campaign_id = $1),
         (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM opportunity WHERE campaign_id = $1),
         (SELECT count(*) || ':' || coalesce(max(added_at)::text, '') FROM campaign_member WHERE campaign_id = $1)) AS v`,
      [campaign.id, campaign.rivalId],
    );
    return rows[0]?.v ?? '';
  }

  async data(manager: EntityManager, campaign: ForecastCampaignRow): Promise<ForecastData> {
    const accounts: Array<Record<string, unknown>> = await manager.query(
      `SELECT a.id, a.name, a.segment, a.monthly_spend, a.has_backup_provider, a.rival_is_principal_operator, a.countries,
              a.prepaid_until, a.created_at, a.last_contact_at, o.stage, o.stage_entered_at,
              greatest(1, coalesce((SELECT sum(rs.quantity) FROM rival_service rs WHERE rs.account_id = a.id), 0))::int AS workload
       FROM account a
       LEFT JOIN opportunity o ON o.account_id = a.id AND o.stage IN (${OPEN_SQL})
       WHERE a.campaign_id = $1
         AND (o.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM opportunity x WHERE x.account_id = a.id))
       ORDER BY a.created_at, a.id`,
      [campaign.id],
    );
    const transitions: Array<{ opportunity_id: string; to_stage: Stage; at: string | Date }> = await manager.query(
      `SELECT opportunity_id, to_stage, at FROM stage_transition WHERE campaign_id = $1 ORDER BY opportunity_id, at, id`,
      [campaign.id],
    );
    const scenarios: Array<Record<string, unknown>> = await manager.query(
      `SELECT id, label, goes_dark_at, probability_percent FROM shutdown_scenario WHERE rival_id = $1 ORDER BY goes_dark_at, id`,
      [campaign.rivalId],
    );
    const reps: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM campaign_member m JOIN app_user u ON u.id = m.user_id
       WHERE m.campaign_id = $1 AND m.team_role = 'rep' AND u.active`,
      [campaign.id],
    );

    const byDeal = new Map<string, Array<{ stage: Stage; at: Date }>>();
    for (const t of transitions) {
      const steps = byDeal.get(t.opportunity_id) ?? [];
      steps.push({ stage: t.to_stage, at: new Date(t.at) });
      byDeal.set(t.opportunity_id, steps);
    }
    // Moves at the same instant in pipeline order (as the dashboard reads stays).
    const history: DealHistory[] = [...byDeal.values()].map((steps) => ({
      steps: steps.sort((a, b) => a.at.getTime() - b.at.getTime() || (STAGE_ORDER.get(a.stage) ?? 0) - (STAGE_ORDER.get(b.stage) ?? 0)),
    }));

    return {
      accounts: accounts.map((r) => ({
        id: r['id'] as string,
        name: r['name'] as string,
        segment: r['segment'] as Segment,
        monthlySpend: Number(r['monthly_spend']),
        hasBackupProvider: Boolean(r['has_backup_provider']),
        rivalIsPrincipalOperator: Boolean(r['rival_is_principal_operator']),
        countries: countries(r['countries']),
        prepaidUntil: date(r['prepaid_until']),
        createdAt: date(r['created_at']) as Date,
        lastContactAt: date(r['last_contact_at']),
        workload: Number(r['workload']),
        stage: (r['stage'] as OpenStage | null) ?? null,
        stageEnteredAt: date(r['stage_entered_at']),
      })),
      history,
      scenarios: scenarios.map((s) => ({
        id: s['id'] as string,
        label: s['label'] as string,
        goesDarkAt: date(s['goes_dark_at']) as Date,
        probabilityPercent: Number(s['probability_percent']),
      })),
      reps: reps[0]?.n ?? 0,
    };
  }
}
