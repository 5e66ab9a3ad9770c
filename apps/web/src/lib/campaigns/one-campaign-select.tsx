import { Select } from '@mantine/core';
import type { CampaignSummary } from './use-campaigns';

/**
 * Which campaign a one-campaign page shows, when the header says "all my campaigns" and there are
 * several: nothing otherwise (the header's choice stands, or there is only one).
 */
export function OneCampaignSelect({
  label,
  campaigns,
  campaignId,
  chosen,
  onChange,
}: {
  label: string;
  campaigns: CampaignSummary[] | null;
  campaignId: string | null;
  chosen: boolean;
  onChange: (campaignId: string) => void;
}) {
  if (chosen || !campaigns || campaigns.length <= 1) return null;
  return (
    <Select
      size="xs"
      w={200}
      label={label}
      data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
      value={campaignId}
      onChange={(value) => value && onChange(value)}
      allowDeselect={false}
    />
  );
}
