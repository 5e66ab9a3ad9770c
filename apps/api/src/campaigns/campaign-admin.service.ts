import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFAULT_CAMPAIGN_SETTINGS, resolveCampaignSettings, type CampaignSettings, type CampaignSettingsOverrides } from '@lifeboat/domain';
import type { Actor } from '../common/access/actor';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/lifeboat-error';
import { applyRule } from '../common/errors/domain-rule';
import { expectGlobalId } from '../common/graphql/global-id';
import { hydrate, returnedRows } from '../database/hydrate';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CampaignEntity, CampaignMemberEntity } from './campaign.entity';
import {
  AddCampaignMemberInput,
  CampaignStatusInput,
  CreateCampaignInput,
  RemoveCampaignMemberInput,
  UpdateCampaignSettingsInput,
} from './dto/campaign-admin.inputs';

/** The nested groups of settings an input may change key by key. */
const GROUPS = ['stageDueBusinessDays', 'migrationLeadDays', 'discountLimits', 'switchCredit', 'urgencyWeights', 'outageImpactWeights'] as const;
const SCALARS = ['timeZone', 'proposalValidityDays', 'weeklyMigrationCapacity'] as const;

/** Settings as dotted paths (`discountLimits.repPercent` → 10), so the audit names each changed value. */
export function flattenSettings(settings: CampaignSettings): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (value && typeof value === 'object') for (const [inner, v] of Object.entries(value)) flat[`${key}.${inner}`] = v;
    else flat[key] = value;
  }
  return flat;
}

/** The stored overrides with the input's given values laid over them (null or left out: unchanged). */
export function mergeOverrides(stored: CampaignSettingsOverrides | null, input: UpdateCampaignSettingsInput): { merged: CampaignSettingsOverrides; given: number } {
  const merged: Record<string, unknown> = { ...(stored ?? {}) };
  let given = 0;
  for (const key of SCALARS) {
    const value = input[key];
    if (value !== undefined && value !== null) {
      merged[key] = value;
      given += 1;
    }
  }
  for (const group of GROUPS) {
    const values = input[group] as Record<string, unknown> | null | undefined;
    if (!values) continue;
    const next: Record<string, unknown> = { ...((merged[group] as Record<string, unknown> | undefined) ?? {}) };
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null) continue;
      next[k] = v;
      given += 1;
    }
    merged[group] = next;
  }
  return { merged: merged as CampaignSettingsOverrides, given };
}

interface UserRow {
  id: string;
  name: string;
  role: 'admin' | 'manager' | 'rep';
  active: boolean;
}

/**
 * Campaign administration (issue #6): an admin changes a campaign's rules and its team.
 * Managers read both (`campaigns`); what a manager may change of their campaign stays with its
 * use cases (its weekly migration capacity: `setMigrationCapacity`), since the rules below set
 * their own powers (discount limits) and their team's deadlines.
 */
@Injectable()
export class CampaignAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async campaignRow(manager: EntityManager, campaignId: string): Promise<CampaignEntity> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM campaign WHERE id = $1`, [campaignId]);
    if (rows.length === 0) throw new NotFoundError('The campaign');
    return hydrate(manager, CampaignEntity, rows[0]);
  }

  /**
   * Lays the given settings over the campaign's, checks the whole by the domain's rules, and
   * writes it if the campaign is still at `expectedVersion`. Audited value by value; the accounts'
   * urgency and their deals' due times follow through the outbox (`campaign.settings_changed`).
   * Values equal to the current ones change nothing (no new version, no entry).
   */
  async updateSettings(actor: Actor, input: UpdateCampaignSettingsInput): Promise<CampaignEntity> {
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    return this.uow.run(async (tx) => {
      const campaign = await this.campaignRow(tx.manager, campaignId);
      if (campaign.version !== input.expectedVersion) {
        throw new ConflictError(`The campaign changed since you read it (version ${campaign.version}, you had ${input.expectedVersion}).`);
      }
      const { merged, given } = mergeOverrides(campaign.settings, input);
      if (given === 0) {
        throw new BadInputError('Nothing to change: give at least one setting.', [{ field: 'input', reason: 'no setting given' }]);
      }
      const before = flattenSettings(applyRule(() => resolveCampaignSettings(campaign.settings), 'campaign.settings'));
      // The merged settings must hold as a whole (e.g. the manager's limit not below the rep's).
      const after = flattenSettings(applyRule(() => resolveCampaignSettings(merged), 'input'));
      const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (changed.length === 0) return campaign;
      const rows = returnedRows(
        await tx.manager.query(
          `UPDATE campaign SET settings = $1::jsonb, version = version + 1, updated_at = now() WHERE id = $2 AND version = $3 RETURNING *`,
          [JSON.stringify(merged), campaignId, input.expectedVersion],
        ),
      );
      if (rows.length === 0) throw new ConflictError('The campaign changed while its settings were being saved; read it again.');
      await this.audit.record(tx.manager, actor, {
        action: 'campaign.settings_updated',
        entityType: 'Campaign',
        entityId: campaignId,
        campaignId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
      await tx.emit('campaign.settings_changed', { campaignId, rivalId: campaign.rivalId, settings: changed });
      return hydrate(tx.manager, CampaignEntity, rows[0]);
    });
  }

  private async userRow(manager: EntityManager, userId: string): Promise<UserRow> {
    const rows: UserRow[] = await manager.query(`SELECT id, name, role, active FROM app_user WHERE id = $1`, [userId]);
    if (rows.length === 0) throw new NotFoundError('The user');
    return rows[0];
  }

  private async otherManagers(manager: EntityManager, campaignId: string, userId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM campaign_member WHERE campaign_id = $1 AND team_role = 'manager' AND user_id <> $2`,
      [campaignId, userId],
    );
    return row.n as number;
  }

  /**
   * Puts a user in the team with a role, or changes their role in it. Refused for a deactivated
   * user, an admin (who sees every campaign already), a rep as manager, and for turning the
   * team's last manager into a rep.
   */
  async addMember(actor: Actor, input: AddCampaignMemberInput): Promise<{ campaign: CampaignEntity; member: CampaignMemberEntity }> {
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    const userId = expectGlobalId(input.userId, 'User', 'input.userId');
    return this.uow.run(async (tx) => {
      const campaign = await this.campaignRow(tx.manager, campaignId);
      const user = await this.userRow(tx.manager, userId);
      if (!user.active) {
        throw new BadInputError(`${user.name} is deactivated: reactivate them before adding them to a team.`, [
          { field: 'input.userId', reason: 'the user is deactivated' },
        ]);
      }
      if (user.role === 'admin') {
        throw new BadInputError(`${user.name} is an admin: admins see and run every campaign, they are not team members.`, [
          { field: 'input.userId', reason: 'admins are not team members' },
        ]);
      }
      if (user.role === 'rep' && input.teamRole === 'manager') {
        throw new BadInputError(`${user.name} is a rep: only a manager can lead a team. Make them a manager first, or add them as a rep.`, [
          { field: 'input.teamRole', reason: 'a rep cannot lead a team' },
        ]);
      }
      const rows: Array<{ team_role: 'manager' | 'rep' }> = await tx.manager.query(
        `SELECT team_role FROM campaign_member WHERE campaign_id = $1 AND user_id = $2 FOR UPDATE`,
        [campaignId, userId],
      );
      const current = rows[0]?.team_role ?? null;
      if (current === 'manager' && input.teamRole === 'rep' && (await this.otherManagers(tx.manager, campaignId, userId)) === 0) {
        throw new BadInputError(`${user.name} is the last manager of ${campaign.name}: add another manager first.`, [
          { field: 'input.teamRole', reason: 'the team keeps at least one manager' },
        ]);
      }
      const saved = returnedRows(
        await tx.manager.query(
          `INSERT INTO campaign_member (campaign_id, user_id, team_role) VALUES ($1, $2, $3)
           ON CONFLICT (campaign_id, user_id) DO UPDATE SET team_role = EXCLUDED.team_role RETURNING *`,
          [campaignId, userId, input.teamRole],
        ),
      );
      if (current !== input.teamRole) {
        await this.audit.record(tx.manager, actor, {
          action: current ? 'campaign.member_role_changed' : 'campaign.member_added',
          entityType: 'Campaign',
          entityId: campaignId,
          campaignId,
          before: { [`team.${userId}`]: current },
          after: { [`team.${userId}`]: input.teamRole },
        });
      }
      return { campaign, member: hydrate(tx.manager, CampaignMemberEntity, saved[0]) };
    });
  }

  /**
   * Takes a user out of the team. Refused while they own accounts with an open deal in the
   * campaign (a manager or admin reassigns those first, so no customer is left without a rep
   * and nothing is silently unassigned), and for the team's last manager.
   */
  async removeMember(actor: Actor, input: RemoveCampaignMemberInput): Promise<CampaignEntity> {
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    const userId = expectGlobalId(input.userId, 'User', 'input.userId');
    return this.uow.run(async (tx) => {
      const campaign = await this.campaignRow(tx.manager, campaignId);
      const user = await this.userRow(tx.manager, userId);
      const rows: Array<{ team_role: 'manager' | 'rep' }> = await tx.manager.query(
        `SELECT team_role FROM campaign_member WHERE campaign_id = $1 AND user_id = $2 FOR UPDATE`,
        [campaignId, userId],
      );
      const current = rows[0]?.team_role;
      if (!current) throw new NotFoundError(`${user.name} in the team of ${campaign.name}`);
      if (current === 'manager' && (await this.otherManagers(tx.manager, campaignId, userId)) === 0) {
        throw new BadInputError(`${user.name} is the last manager of ${campaign.name}: add another manager first.`, [
          { field: 'input.userId', reason: 'the team keeps at least one manager' },
        ]);
      }
      const [open] = await tx.manager.query(
        `SELECT count(*)::int AS n FROM opportunity o JOIN account a ON a.id = o.account_id
         WHERE a.campaign_id = $1 AND a.owner_id = $2 AND o.stage NOT IN ('won', 'lost')`,
        [campaignId, userId],
      );
      if ((open.n as number) > 0) {
        throw new BadInputError(
          `${user.name} still owns ${open.n} open deal${open.n === 1 ? '' : 's'} in ${campaign.name}: reassign them to another rep first, then remove ${user.name}.`,
          [{ field: 'input.userId', reason: `owns ${open.n} open deal${open.n === 1 ? '' : 's'} in the campaign` }],
        );
      }
      await tx.manager.query(`DELETE FROM campaign_member WHERE campaign_id = $1 AND user_id = $2`, [campaignId, userId]);
      await this.audit.record(tx.manager, actor, {
        action: 'campaign.member_removed',
        entityType: 'Campaign',
        entityId: campaignId,
        campaignId,
        before: { [`team.${userId}`]: current },
        after: { [`team.${userId}`]: null },
      });
      return campaign;
    });
  }

  /**
   * Opens a campaign against a rival with its team, in one transaction: the campaign, its members
   * and the audit entry are written together or not at all. The rival's row is locked, so two
   * admins opening a campaign against the same rival at once queue and the second is refused.
   * Its rules are the domain's defaults (DEFAULT_CAMPAIGN_SETTINGS), with the time zone given.
   */
  async createCampaign(actor: Actor, input: CreateCampaignInput): Promise<CampaignEntity> {
    const rivalId = expectGlobalId(input.rivalId, 'Rival', 'input.rivalId');
    const name = input.name.trim();
    if (!name) throw new BadInputError('Give the campaign a name.', [{ field: 'input.name', reason: 'must not be blank' }]);
    const members = input.team.map((m, i) => ({ userId: expectGlobalId(m.userId, 'User', `input.team.${i}.userId`), teamRole: m.teamRole, index: i }));
    const seen = new Set<string>();
    for (const m of members) {
      if (seen.has(m.userId)) {
        throw new BadInputError('A user appears twice in the team.', [{ field: `input.team.${m.index}.userId`, reason: 'already in the team' }]);
      }
      seen.add(m.userId);
    }
    if (!members.some((m) => m.teamRole === 'manager')) {
      throw new BadInputError('The team needs at least one manager to lead it.', [{ field: 'input.team', reason: 'needs at least one manager' }]);
    }
    const timeZone = input.timeZone ?? DEFAULT_CAMPAIGN_SETTINGS.timeZone;
    const settings: CampaignSettingsOverrides = timeZone === DEFAULT_CAMPAIGN_SETTINGS.timeZone ? {} : { timeZone };
    applyRule(() => resolveCampaignSettings(settings), 'input');
    const currency = (input.currency ?? 'EUR').toUpperCase();
    return this.uow.run(async (tx) => {
      const rivals: Array<{ id: string; name: string }> = await tx.manager.query(`SELECT id, name FROM rival WHERE id = $1 FOR UPDATE`, [rivalId]);
      if (rivals.length === 0) throw new BadInputError('There is no such rival.', [{ field: 'input.rivalId', reason: 'no such rival' }]);
      const open: Array<{ name: string }> = await tx.manager.query(`SELECT name FROM campaign WHERE rival_id = $1 AND status = 'active' LIMIT 1`, [rivalId]);
      if (open.length > 0) {
        throw new BadInputError(`${rivals[0].name} is already the target of the active campaign “${open[0].name}”: close it first, or work in it.`, [
          { field: 'input.rivalId', reason: 'another active campaign targets this rival' },
        ]);
      }
      const users: UserRow[] = await tx.manager.query(`SELECT id, name, role, active FROM app_user WHERE id = ANY($1::uuid[])`, [members.map((m) => m.userId)]);
      const byId = new Map(users.map((u) => [u.id, u]));
      for (const m of members) {
        const field = `input.team.${m.index}.userId`;
        const user = byId.get(m.userId);
        if (!user) throw new BadInputError('There is no such user.', [{ field, reason: 'no such user' }]);
        if (!user.active) throw new BadInputError(`${user.name} is deactivated.`, [{ field, reason: 'the user is deactivated' }]);
        if (user.role === 'admin') {
          throw new BadInputError(`${user.name} is an admin: admins see and run every campaign, they are not team members.`, [{ field, reason: 'admins are not team members' }]);
        }
        if (user.role === 'rep' && m.teamRole === 'manager') {
          throw new BadInputError(`${user.name} is a rep: only a manager can lead a team.`, [{ field: `input.team.${m.index}.teamRole`, reason: 'a rep cannot lead a team' }]);
        }
      }
      const rows = returnedRows(
        await tx.manager.query(`INSERT INTO campaign (rival_id, name, settings, currency) VALUES ($1, $2, $3::jsonb, $4) RETURNING *`, [
          rivalId,
          name,
          JSON.stringify(settings),
          currency,
        ]),
      );
      const campaign = hydrate(tx.manager, CampaignEntity, rows[0]);
      await tx.manager.query(
        `INSERT INTO campaign_member (campaign_id, user_id, team_role) SELECT $1, * FROM unnest($2::uuid[], $3::text[])`,
        [campaign.id, members.map((m) => m.userId), members.map((m) => m.teamRole)],
      );
      await this.audit.record(tx.manager, actor, {
        action: 'campaign.created',
        entityType: 'Campaign',
        entityId: campaign.id,
        campaignId: campaign.id,
        before: {},
        after: {
          name,
          rivalId,
          currency,
          timeZone,
          status: 'active',
          ...Object.fromEntries(members.map((m) => [`team.${m.userId}`, m.teamRole])),
        },
      });
      return campaign;
    });
  }

  /**
   * Closes (active → closed: no new accounts; its open deals may still be worked) or archives
   * (active or closed → archived: closed, and hidden from `campaigns` unless asked for) a campaign
   * at the version read. Audited.
   */
  async changeStatus(actor: Actor, input: CampaignStatusInput, to: 'closed' | 'archived'): Promise<CampaignEntity> {
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    return this.uow.run(async (tx) => {
      const campaign = await this.campaignRow(tx.manager, campaignId);
      if (campaign.version !== input.expectedVersion) {
        throw new ConflictError(`The campaign changed since you read it (version ${campaign.version}, you had ${input.expectedVersion}).`);
      }
      const allowed = to === 'closed' ? ['active'] : ['active', 'closed'];
      if (!allowed.includes(campaign.status)) {
        throw new BadInputError(`${campaign.name} is already ${campaign.status}.`, [{ field: 'input.campaignId', reason: `the campaign is already ${campaign.status}` }]);
      }
      const rows = returnedRows(
        await tx.manager.query(
          `UPDATE campaign SET status = $1, version = version + 1, updated_at = now() WHERE id = $2 AND version = $3 RETURNING *`,
          [to, campaignId, input.expectedVersion],
        ),
      );
      if (rows.length === 0) throw new ConflictError('The campaign changed while it was being saved; read it again.');
      await this.audit.record(tx.manager, actor, {
        action: to === 'closed' ? 'campaign.closed' : 'campaign.archived',
        entityType: 'Campaign',
        entityId: campaignId,
        campaignId,
        before: { status: campaign.status },
        after: { status: to },
      });
      return hydrate(tx.manager, CampaignEntity, rows[0]);
    });
  }
}
