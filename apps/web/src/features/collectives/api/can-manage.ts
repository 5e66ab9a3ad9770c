import { useAuth } from '../../../lib/auth/auth-context';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';

/** Whether the signed-in user may change a campaign's collectives: an admin, or a manager of its team (the api decides in the end). */
export function useCanManageCampaign(campaignId: string | null | undefined): boolean {
  const { user } = useAuth();
  const { campaigns } = useCampaigns();
  if (!user || !campaignId) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'manager') return false;
  const campaign = campaigns?.find((c) => c.id === campaignId);
  return !!campaign?.team.some((m) => m.user?.id === user.id && m.teamRole === 'manager');
}
