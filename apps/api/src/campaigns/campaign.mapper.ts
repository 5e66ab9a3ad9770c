import { resolveCampaignSettings } from '@lifeboat/domain';
import { toGlobalId } from '../common/graphql/global-id';
import { CampaignEntity, CampaignMemberEntity } from './campaign.entity';
import { CampaignModel, CampaignSettingsModel, TeamMemberModel } from './campaign.model';

export function toCampaignModel(e: CampaignEntity): CampaignModel & { __typename: 'Campaign' } {
  return {
    __typename: 'Campaign',
    id: toGlobalId('Campaign', e.id),
    dbId: e.id,
    rivalDbId: e.rivalId,
    name: e.name,
    status: e.status,
    currency: e.currency.trim(),
    settings: resolveCampaignSettings(e.settings) as CampaignSettingsModel,
    version: e.version,
  };
}

export function toTeamMemberModel(e: CampaignMemberEntity): TeamMemberModel {
  return { userDbId: e.userId, teamRole: e.teamRole, addedAt: e.addedAt };
}
