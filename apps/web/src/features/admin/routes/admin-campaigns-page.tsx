import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/apollo/errors';
import { EmptyState } from '../../../components/page-states';
import { ShutdownWarning } from '../../../components/shutdown-warning';
import { useNow } from '../../../lib/use-now';
import { useFormat } from '../../../lib/i18n/format';
import { useAdminCampaigns, type AdminCampaign } from '../api/use-admin-campaigns';
import { useAdminRivals } from '../api/use-admin-rivals';
import { useAdminUsers, type AdminUser } from '../api/use-admin-users';
import { CreateCampaignForm } from '../components/create-campaign-form';
import { AdminPage } from '../components/admin-page';
import { CampaignSettingsForm } from '../components/campaign-settings-form';
import { CampaignTeam } from '../components/campaign-team';

/** Campaigns: each one's rival and counts, its team (add, remove) and every rule (one form). */
export function AdminCampaignsPage() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const [opening, setOpening] = useState(false);
  const { campaigns, total, hasMore, loadMore, error, refetch, updateSettings, addMember, removeMember, createCampaign, closeCampaign, archiveCampaign } =
    useAdminCampaigns(showArchived);
  const { users } = useAdminUsers();
  const { rivals } = useAdminRivals();
  const takenRivalIds = useMemo(() => new Set((campaigns ?? []).filter((c) => c.status === 'active').map((c) => c.rival.id)), [campaigns]);

  const changeStatus = async (campaign: AdminCampaign, to: 'closed' | 'archived') => {
    if (!window.confirm(t(to === 'closed' ? 'admin.campaigns.confirmClose' : 'admin.campaigns.confirmArchive', { name: campaign.name }))) return;
    try {
      const input = { campaignId: campaign.id, expectedVersion: campaign.version };
      await (to === 'closed' ? closeCampaign({ variables: { input } }) : archiveCampaign({ variables: { input } }));
      notifications.show({ color: 'teal', message: t(to === 'closed' ? 'admin.campaigns.closed' : 'admin.campaigns.archived', { name: campaign.name }) });
    } catch (e) {
      notifications.show({ color: 'red', message: t('admin.common.failed', { message: errorMessage(e) }) });
      void refetch();
    }
  };

  return (
    <AdminPage
      id="admin-campaigns-title"
      title={t('admin.campaigns.title')}
      action={
        <Group gap="sm" wrap="wrap">
          <Switch label={t('admin.campaigns.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpening(true)}>
            {t('admin.campaigns.create.title')}
          </Button>
        </Group>
      }
      loading={!campaigns}
      error={error}
      onRetry={() => void refetch()}
    >
      <Modal opened={opening} onClose={() => setOpening(false)} title={t('admin.campaigns.create.title')} size="lg">
        {opening && (
          <CreateCampaignForm
            rivals={rivals ?? []}
            takenRivalIds={takenRivalIds}
            users={users ?? []}
            onCancel={() => setOpening(false)}
            onSubmit={async (input) => {
              await createCampaign({ variables: { input } });
              notifications.show({ color: 'teal', message: t('admin.campaigns.create.done', { name: input.name }) });
              setOpening(false);
            }}
          />
        )}
      </Modal>
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
            onStatus={(to) => void changeStatus(campaign, to)}
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
  onStatus,
}: {
  campaign: AdminCampaign;
  users: AdminUser[] | null;
  onSave: Parameters<typeof CampaignSettingsForm>[0]['onSave'];
  onReload: () => void;
  onAdd: Parameters<typeof CampaignTeam>[0]['onAdd'];
  onRemove: Parameters<typeof CampaignTeam>[0]['onRemove'];
  onStatus: (to: 'closed' | 'archived') => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { settings, counts } = campaign;
  const headingId = `campaign-${campaign.id}`;
  const now = useNow(60_000);
  return (
    <Card component="section" aria-labelledby={headingId} padding="md">
      <Group gap="sm" align="center" wrap="wrap">
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
        <Text c="dimmed" size="sm">
          {campaign.currency} · {settings.timeZone}
        </Text>
        <Group gap="xs" ml="auto">
          {campaign.status === 'active' && (
            <Button size="compact-sm" variant="light" color="orange" onClick={() => onStatus('closed')} aria-label={t('admin.campaigns.closeNamed', { name: campaign.name })}>
              {t('admin.campaigns.close')}
            </Button>
          )}
          {campaign.status !== 'archived' && (
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onStatus('archived')} aria-label={t('admin.campaigns.archiveNamed', { name: campaign.name })}>
              {t('admin.campaigns.archive')}
            </Button>
          )}
        </Group>
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
      {campaign.status !== 'archived' && (
        <Stack mt="sm">
          <ShutdownWarning campaign={campaign} now={now} here="settings" />
        </Stack>
      )}
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
