import { BadInputError } from '../common/errors/lifeboat-error';
import type { CampaignEntity } from './campaign.entity';

/**
 * A closed (or archived) campaign takes no new work: no new accounts, by hand or by import.
 * Its open deals may still be worked, and everything in it stays readable.
 */
export function assertTakesNewAccounts(campaign: Pick<CampaignEntity, 'name' | 'status'>, field = 'input.campaignId'): void {
  if (campaign.status === 'active') return;
  throw new BadInputError(`${campaign.name} is ${campaign.status}: it takes no new accounts.`, [{ field, reason: `the campaign is ${campaign.status}` }]);
}
