import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCampaigns } from '../lib/campaigns/use-campaigns';

const ALL = '__all__';

/** Which campaign the queue, board and accounts show; the choice is kept on this browser. */
export function CampaignSwitcher() {
  const { t } = useTranslation();
  const { campaigns, campaignId, setCampaignId } = useCampaigns();
  return (
    <Select
      size="xs"
      w={{ base: '100%', sm: 190 }}
      aria-label={t('campaign.label')}
      placeholder={campaigns ? t('campaign.all') : t('campaign.loading')}
      data={[{ value: ALL, label: t('campaign.all') }, ...(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))]}
      value={campaignId ?? ALL}
      onChange={(value) => setCampaignId(!value || value === ALL ? null : value)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
