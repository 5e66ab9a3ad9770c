import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessScope, Actor, FULL_ACCESS, NO_ACCESS } from '../common/access/actor';

/** A user's place in a campaign team, as `campaign_member` stores it. */
export interface CampaignMembership {
  campaign_id: string;
  team_role: 'manager' | 'rep';
}

/** Resolves what an actor may see (DESIGN.md §5), once per request. */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `memberships`: the user's campaign teams when the caller already read them (the session
   * lookup does, in the same statement); read here otherwise.
   */
  async scopeFor(actor: Actor, memberships?: readonly CampaignMembership[]): Promise<AccessScope> {
    switch (actor.kind) {
      case 'system':
        return FULL_ACCESS;
      case 'api_key':
        return actor.campaignId
          ? { all: false, campaignIds: [actor.campaignId], managedCampaignIds: [actor.campaignId] }
          : FULL_ACCESS;
      case 'user': {
        if (actor.role === 'admin') return FULL_ACCESS;
        const rows: readonly CampaignMembership[] =
          memberships ??
          (await this.dataSource.query(`SELECT campaign_id, team_role FROM campaign_member WHERE user_id = $1 ORDER BY campaign_id`, [actor.userId]));
        return {
          all: false,
          campaignIds: rows.map((r) => r.campaign_id),
          // A manager leads the teams they are a manager of; a rep leads none.
          managedCampaignIds: actor.role === 'manager' ? rows.filter((r) => r.team_role === 'manager').map((r) => r.campaign_id) : [],
        };
      }
      default:
        return NO_ACCESS;
    }
  }
}
