import { Injectable, Module } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LifeboatError } from '../errors/lifeboat-error';
import { NO_ACCESS, type AccessScope, type Actor } from '../access/actor';
import { UserEntity } from '../../identity/user.entity';
import { RivalsModule } from '../../rivals/rivals.module';
import { RivalsRepository } from '../../rivals/rivals.repository';
import { DistressEventEntity } from '../../rivals/distress-event.entity';
import { RivalEntity } from '../../rivals/rival.entity';
import { CampaignsModule } from '../../campaigns/campaigns.module';
import { CampaignCounts, CampaignsRepository } from '../../campaigns/campaigns.repository';
import { CampaignEntity, CampaignMemberEntity } from '../../campaigns/campaign.entity';
import { AccountsModule } from '../../accounts/accounts.module';
import { AccountRecord, AccountsRepository } from '../../accounts/accounts.repository';
import { ContactEntity, RivalServiceEntity } from '../../accounts/account.entity';
import { PipelineModule } from '../../pipeline/pipeline.module';
import { OpportunityRecord, PipelineRepository } from '../../pipeline/pipeline.repository';
import { ActivityEntity } from '../../pipeline/opportunity.entity';
import { RECENT_ACTIVITIES } from '../../pipeline/recent-activities';

/** The DataLoaders of one request: made fresh for each, so nothing is cached across callers. */
export interface Loaders {
  rival: DataLoader<string, RivalEntity | null>;
  /** The rival of a campaign, keyed by campaign id (one statement, not campaign then rival). */
  rivalByCampaign: DataLoader<string, RivalEntity | null>;
  recentDistressEvents: DataLoader<string, DistressEventEntity[]>;
  campaign: DataLoader<string, CampaignEntity | null>;
  campaignMembers: DataLoader<string, CampaignMemberEntity[]>;
  campaignCounts: DataLoader<string, CampaignCounts>;
  user: DataLoader<string, UserEntity | null>;
  account: DataLoader<string, AccountRecord | null>;
  contactsByAccount: DataLoader<string, ContactEntity[]>;
  rivalServicesByAccount: DataLoader<string, RivalServiceEntity[]>;
  /** Every deal of an account: its open one first, then newest first (the first is its current deal). */
  opportunitiesByAccount: DataLoader<string, OpportunityRecord[]>;
  opportunity: DataLoader<string, OpportunityRecord | null>;
  recentActivitiesByAccount: DataLoader<string, ActivityEntity[]>;
}

export interface GraphqlContext {
  req?: unknown;
  /** Who calls (resolved from the Authorization header once per request). */
  actor: Actor;
  /** What the caller may see; the loaders below are bound to it. */
  scope: AccessScope;
  /** A problem found while resolving the caller (expired token, rate limit), raised by the guard before any resolver. */
  refusal?: LifeboatError;
  loaders: Loaders;
}

const RECENT_EVENTS = 50;


function byId<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

function listsById<V>(load: (ids: readonly string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly rivals: RivalsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly accounts: AccountsRepository,
    private readonly pipeline: PipelineRepository,
  ) {}

  /** Loaders bound to the caller's scope: a nested field can never load what the caller may not see. */
  create(scope: AccessScope = NO_ACCESS): Loaders {
    const now = new Date();
    return {
      rival: byId((ids) => this.rivals.getByIds(scope, ids)),
      rivalByCampaign: byId((ids) => this.accounts.rivalsByCampaignIds(scope, ids)),
      recentDistressEvents: listsById((ids) => this.rivals.recentEventsByRivalIds(ids, RECENT_EVENTS)),
      campaign: byId((ids) => this.campaigns.getByIds(scope, ids)),
      campaignMembers: listsById((ids) => this.campaigns.membersByCampaignIds(scope, ids)),
      campaignCounts: new DataLoader(async (ids) => {
        const found = await this.campaigns.countsByCampaignIds(scope, ids, now);
        return ids.map((id) => found.get(id) as CampaignCounts);
      }),
      user: byId((ids) => this.campaigns.usersByIds(scope, ids)),
      account: byId((ids) => this.accounts.getByIds(scope, ids)),
      contactsByAccount: listsById((ids) => this.accounts.contactsByAccountIds(scope, ids)),
      rivalServicesByAccount: listsById((ids) => this.accounts.rivalServicesByAccountIds(scope, ids)),
      opportunitiesByAccount: listsById((ids) => this.pipeline.byAccountIds(scope, ids)),
      opportunity: byId((ids) => this.pipeline.getByIds(scope, ids)),
      recentActivitiesByAccount: listsById((ids) => this.pipeline.recentActivitiesByAccountIds(scope, ids, RECENT_ACTIVITIES)),
    };
  }
}

@Module({
  imports: [RivalsModule, CampaignsModule, AccountsModule, PipelineModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
