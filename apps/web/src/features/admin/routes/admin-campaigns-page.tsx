import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/page-states';
import { useFormat } from '../../../lib/i18n/format';
import { useAdminCampaigns, type AdminCampaign } from '../api/use-admin-campaigns';
import { useAdminUsers, type AdminUser } from '../api/use-admin-users';
import { AdminPage } from '../components/admin-page';
import { CampaignSettingsForm } from '../components/campaign-settings-form';
import { CampaignTeam } from '../components/campaign-team';

/** Campaigns: each one's rival and counts, its team (add, remove) and every rule (one form). */
export function AdminCampaignsPage() {
  const { t } = useTranslation();
  const { campaigns, total, hasMore, loadMore, error, refetch, updateSettings, addMember, removeMember } = useAdminCampaigns();
  const { users } = useAdminUsers();
  return (
    <AdminPage id="admin-campaigns-title" title={t('admin.campaigns.title')} loading={!campaigns} error={error} onRetry={() => void refetch()}>
      {campaigns && campaigns.length === 0 ? (
        <EmptyState>{t('admin.campaigns.empty')}</EmptyState>
      ) : (
        campaigns?.map((campaign) => (
          <CampaignCard
            key={campaign.id}
            campaign={campaign}
            users={users}
            onSave={(input) => updateSettings({ variables: { input } })}
            onReload={() => void refetch()}
            onAdd={(input) => addMember({ variables: { input } })}
            onRemove={(input) => removeMember({ variables: { input } })}
          />
        ))
      )}
      {hasMore && campaigns ? (
        <Group justify="center">
          <Button variant="light" onClick={() => void loadMore()}>
            {t('admin.campaigns.more', { shown: campaigns.length, total })}
          </Button>
        </Group>
      ) : null}
    </AdminPage>
  );
}

function CampaignCard({
  campaign,
  users,
  onSave,
  onReload,
  onAdd,
  onRemove,
}: {
  campaign: AdminCampaign;
  users: AdminUser[] | null;
  onSave: Parameters<typeof CampaignSettingsForm>[0]['onSave'];
  onReload: () => void;
  onAdd: Parameters<typeof CampaignTeam>[0]['onAdd'];
  onRemove: Parameters<typeof CampaignTeam>[0]['onRemove'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { settings, counts } = campaign;
  const headingId = `campaign-${campaign.id}`;
  return (
    <Card component="section" aria-labelledby={headingId} padding="md">
      <Group gap="sm" align="center">
        <Title order={2} size="h3" id={headingId}>
          {campaign.name}
        </Title>
        <Badge variant="light" color={campaign.status === 'active' ? 'teal' : 'gray'}>
          {t(`admin.campaigns.status.${campaign.status}`)}
        </Badge>
        <Text c="dimmed">
          {t('admin.campaigns.rival', { name: campaign.rival.name })} · {t(`rivals.health.${campaign.rival.health}`)}
          {campaign.rival.shutdownExpectedAt ? ` · ${format.date(campaign.rival.shutdownExpectedAt, settings.timeZone)}` : ''}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {t('admin.campaigns.counts', {
          accounts: counts.accounts,
          open: counts.openOpportunities,
          overdue: counts.overdueOpportunities,
          won: counts.won,
          lost: counts.lost,
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" mt="md">
        <CampaignTeam campaign={campaign} users={users} onAdd={onAdd} onRemove={onRemove} />
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('admin.campaigns.rules')}
          </Title>
          {/* A new version (saved here or elsewhere) starts the form afresh from the campaign's values. */}
          <CampaignSettingsForm key={campaign.version} campaign={campaign} onSave={onSave} onReload={onReload} />
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

export default AdminCampaignsPage;
