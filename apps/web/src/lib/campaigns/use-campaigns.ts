import { useQuery } from '@apollo/client/react';
import { CampaignsDocument, type CampaignsQuery } from '../../gql/graphql';
import { useCampaignSelection } from '../campaign-selection';

export type CampaignSummary = CampaignsQuery['campaigns']['edges'][number]['node'];

/** The campaigns the user works in, and the one chosen in the header (null: all of them). */
export function useCampaigns() {
  const { campaignId, setCampaignId } = useCampaignSelection();
  const query = useQuery(CampaignsDocument, { variables: { first: 50 }, fetchPolicy: 'cache-first' });
  const campaigns = query.data?.campaigns.edges.map((edge) => edge.node) ?? null;
  // A campaign kept from another user (or since removed) is ignored rather than hiding everything.
  const selected = campaigns?.find((c) => c.id === campaignId) ?? null;
  return {
    campaigns,
    selected,
    campaignId: campaigns && !selected ? null : campaignId,
    setCampaignId,
    loading: query.loading,
    error: query.error,
  };
}

/**
 * For a page about one campaign (dashboard, migrations, imports): the campaign chosen in the
 * header, or the first one when "all my campaigns" is chosen. `chosen` says whether the header
 * chose it (when not, the page offers its own choice: see OneCampaignSelect).
 */
export function useOneCampaign() {
  const { campaigns, campaignId: chosen, setCampaignId, error } = useCampaigns();
  return { campaigns, campaignId: chosen ?? campaigns?.[0]?.id ?? null, chosen: chosen !== null, setCampaignId, error };
}
