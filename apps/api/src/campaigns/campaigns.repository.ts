import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { RivalHealth, ShutdownScenarioLike } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { hydrate } from '../database/hydrate';
import { UserEntity } from '../identity/user.entity';
import { CampaignEntity, CampaignMemberEntity } from './campaign.entity';
import { RivalEntity } from '../rivals/rival.entity';

/** What the rules need of a campaign's rival: its name, health and shutdown date, and its shutdown scenarios (the queue's priority). */
export interface RivalSnapshot {
  id: string;
  name: string;
  health: RivalHealth;
  shutdownExpectedAt: Date | null;
  scenarios: ShutdownScenarioLike[];
}

/** The rival's columns the rules read, with its shutdown scenarios as one JSON array (`r` is the rival). */
const RIVAL_COLUMNS = `r.name AS rival_name, r.health AS rival_health, r.shutdown_expected_at AS rival_shutdown_expected_at,
  (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'goesDarkAt', s.goes_dark_at, 'probabilityPercent', s.probability_percent) ORDER BY s.goes_dark_at, s.id), '[]')
   FROM shutdown_scenario s WHERE s.rival_id = r.id) AS rival_scenarios`;

export interface CampaignWithRival {
  campaign: CampaignEntity;
  rival: RivalSnapshot;
}

/** A campaign's rules (CampaignWithRival) and its rival's whole row. */
export interface CampaignRules extends CampaignWithRival {
  rivalRow: RivalEntity;
}

/** The rival's other columns, under the `rival_` prefix of RIVAL_COLUMNS (its id is the campaign's rival_id). */
const RIVAL_ROW_COLUMNS = `r.country AS rival_country, r.services AS rival_services, r.claimed_availability_percent AS rival_claimed_availability_percent,
  r.version AS rival_version, r.created_at AS rival_created_at, r.updated_at AS rival_updated_at`;

export interface CampaignCounts {
  accounts: number;
  unassignedAccounts: number;
  openOpportunities: number;
  overdueOpportunities: number;
  won: number;
  lost: number;
}

/** The only place that queries campaigns, their teams and the users in them. Every read takes the caller's scope. */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** One page in (name, id) order, keyset after the given key; one row more than asked tells if more follow. */
  async findPage(scope: AccessScope, opts: { limit: number; after?: { name: string; id: string }; includeArchived?: boolean }): Promise<CampaignEntity[]> {
    const params: unknown[] = [];
    const where = [scopeClause(scope, 'c.id', params)];
    if (!opts.includeArchived) where.push(`c.status <> 'archived'`);
    if (opts.after) {
      params.push(opts.after.name, opts.after.id);
      where.push(`(c.name, c.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(opts.limit + 1);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT c.* FROM campaign c WHERE ${where.join(' AND ')} ORDER BY c.name, c.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => hydrate(this.manager, CampaignEntity, r));
  }

  async count(scope: AccessScope, includeArchived = true): Promise<number> {
    const params: unknown[] = [];
    const archived = includeArchived ? '' : ` AND c.status <> 'archived'`;
    const [row] = await this.manager.query(`SELECT count(*)::int AS n FROM campaign c WHERE ${scopeClause(scope, 'c.id', params)}${archived}`, params);
    return row.n as number;
  }

  async getByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, CampaignEntity>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT c.* FROM campaign c WHERE c.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'c.id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, hydrate(this.manager, CampaignEntity, r)]));
  }

  /** Campaigns with their rival, as the rules need them (deadlines, urgency). */
  async getWithRivalByIds(manager: EntityManager, scope: AccessScope, ids: readonly string[]): Promise<Map<string, CampaignWithRival>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT c.*, ${RIVAL_COLUMNS}
       FROM campaign c JOIN rival r ON r.id = c.rival_id
       WHERE c.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'c.id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, this.withRival(manager, r)]));
  }

  /**
   * `getWithRivalByIds` outside a transaction (a read's rules: the queue's priority), with the
   * rival's row too: the same statement answers `Account.rival` (the request's rivalByCampaign loader).
   */
  async rulesByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, CampaignRules>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT c.*, ${RIVAL_COLUMNS}, ${RIVAL_ROW_COLUMNS}
       FROM campaign c JOIN rival r ON r.id = c.rival_id
       WHERE c.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'c.id', params)}`,
      params,
    );
    // The rival's id is the campaign's rival_id: `rival_` + each column of the rival reads its row.
    // The campaign must be in the scope, and a rival is seen through the campaigns that target it,
    // so the rival of a visible campaign is visible.
    return new Map(rows.map((r) => [r['id'] as string, { ...this.withRival(this.manager, r), rivalRow: hydrate(this.manager, RivalEntity, r, 'rival_') }]));
  }

  /** The campaigns against one rival (for recomputations after a distress event). */
  async findWithRivalByRivalId(manager: EntityManager, scope: AccessScope, rivalId: string): Promise<CampaignWithRival[]> {
    const params: unknown[] = [rivalId];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT c.*, ${RIVAL_COLUMNS}
       FROM campaign c JOIN rival r ON r.id = c.rival_id
       WHERE c.rival_id = $1 AND ${scopeClause(scope, 'c.id', params)} ORDER BY c.id`,
      params,
    );
    return rows.map((r) => this.withRival(manager, r));
  }

  private withRival(manager: EntityManager, r: Record<string, unknown>): CampaignWithRival {
    const shutdown = r['rival_shutdown_expected_at'];
    return {
      campaign: hydrate(manager, CampaignEntity, r),
      rival: {
        id: r['rival_id'] as string,
        name: r['rival_name'] as string,
        health: r['rival_health'] as RivalHealth,
        shutdownExpectedAt: shutdown === null || shutdown === undefined ? null : new Date(shutdown as string),
        scenarios: scenariosOf(r['rival_scenarios']),
      },
    };
  }

  /** Each campaign's team, managers first, then by name. */
  async membersByCampaignIds(scope: AccessScope, campaignIds: readonly string[]): Promise<Map<string, CampaignMemberEntity[]>> {
    const result = new Map<string, CampaignMemberEntity[]>(campaignIds.map((id) => [id, []]));
    if (campaignIds.length === 0) return result;
    const params: unknown[] = [[...campaignIds]];
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT m.* FROM campaign_member m JOIN app_user u ON u.id = m.user_id
       WHERE m.campaign_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'm.campaign_id', params)}
       ORDER BY m.campaign_id, m.team_role, u.name, u.id`,
      params,
    );
    for (const r of rows) result.get(r['campaign_id'] as string)?.push(hydrate(this.manager, CampaignMemberEntity, r));
    return result;
  }

  /** The user's role in the campaign's team, or null when not in it. */
  async teamRoleOf(manager: EntityManager, campaignId: string, userId: string): Promise<'manager' | 'rep' | null> {
    const rows: Array<{ team_role: 'manager' | 'rep' }> = await manager.query(
      `SELECT team_role FROM campaign_member WHERE campaign_id = $1 AND user_id = $2`,
      [campaignId, userId],
    );
    return rows[0]?.team_role ?? null;
  }

  /** Users the caller may see: those in the teams of its campaigns (everyone for a caller who sees all). */
  async usersByIds(scope: AccessScope, ids: readonly string[]): Promise<Map<string, UserEntity>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const visible = scope.all
      ? 'TRUE'
      : `EXISTS (SELECT 1 FROM campaign_member m WHERE m.user_id = u.id AND ${scopeClause(scope, 'm.campaign_id', params)})`;
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT u.id, u.email, u.name, u.role, u.active, u.is_demo, u.locale, u.last_login_at, u.version, u.created_at, u.updated_at
       FROM app_user u WHERE u.id = ANY($1::uuid[]) AND ${visible}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, hydrate(this.manager, UserEntity, r)]));
  }

  /** Accounts and deals of each campaign, counted in one query. */
  async countsByCampaignIds(scope: AccessScope, campaignIds: readonly string[], now: Date): Promise<Map<string, CampaignCounts>> {
    const zero = (): CampaignCounts => ({ accounts: 0, unassignedAccounts: 0, openOpportunities: 0, overdueOpportunities: 0, won: 0, lost: 0 });
    const result = new Map<string, CampaignCounts>(campaignIds.map((id) => [id, zero()]));
    if (campaignIds.length === 0) return result;
    const params: unknown[] = [[...campaignIds], now];
    const scoped = scopeClause(scope, 'c.id', params);
    const rows: Array<Record<string, number | string>> = await this.manager.query(
      `SELECT c.id,
         (SELECT count(*)::int FROM account a WHERE a.campaign_id = c.id) AS accounts,
         (SELECT count(*)::int FROM account a WHERE a.campaign_id = c.id AND a.owner_id IS NULL) AS unassigned_accounts,
         (SELECT count(*)::int FROM opportunity o WHERE o.campaign_id = c.id AND o.stage NOT IN ('won','lost')) AS open_opportunities,
         (SELECT count(*)::int FROM opportunity o WHERE o.campaign_id = c.id AND o.stage NOT IN ('won','lost') AND o.due_at < $2) AS overdue_opportunities,
         (SELECT count(*)::int FROM opportunity o WHERE o.campaign_id = c.id AND o.stage = 'won') AS won,
         (SELECT count(*)::int FROM opportunity o WHERE o.campaign_id = c.id AND o.stage = 'lost') AS lost
       FROM campaign c WHERE c.id = ANY($1::uuid[]) AND ${scoped}`,
      params,
    );
    for (const r of rows) {
      result.set(r['id'] as string, {
        accounts: Number(r['accounts']),
        unassignedAccounts: Number(r['unassigned_accounts']),
        openOpportunities: Number(r['open_opportunities']),
        overdueOpportunities: Number(r['overdue_opportunities']),
        won: Number(r['won']),
        lost: Number(r['lost']),
      });
    }
    return result;
  }
}

/** The scenarios' JSON (a string from some drivers, parsed by others), with dates. */
function scenariosOf(value: unknown): ShutdownScenarioLike[] {
  const list = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Array<{ id: string; goesDarkAt: string; probabilityPercent: number }>;
  return list.map((s) => ({ id: s.id, goesDarkAt: new Date(s.goesDarkAt), probabilityPercent: Number(s.probabilityPercent) }));
}
