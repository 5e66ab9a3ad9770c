import { Anchor, Box, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BreakableUrl } from '../../../components/breakable-url';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { OneCampaignSelect } from '../../../lib/campaigns/one-campaign-select';
import { useOneCampaign } from '../../../lib/campaigns/use-campaigns';
import { useCanManageCampaign } from '../api/can-manage';
import { useCollectiveMutations, useCollectives, type CollectiveSummary } from '../api/use-collectives';
import { CancellationCountdown } from '../components/cancellation-countdown';
import { CollectiveForm } from '../components/collective-form';
import { CollectiveProgress } from '../components/collective-progress';

function CollectiveCard({ collective }: { collective: CollectiveSummary }) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconUsersGroup size={20} aria-hidden style={{ flexShrink: 0, marginTop: 4 }} />
          <Title order={2} size="h4" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/collectives/${encodeURIComponent(collective.id)}`} inherit>
              {collective.name}
            </Anchor>
          </Title>
        </Group>
        <CancellationCountdown at={collective.announcedCancellationAt} size="sm" />
        <Text size="sm">{t('collectives.linkedOfClaimed', { linked: collective.progress.linked, claimed: collective.progress.claimed })}</Text>
        <CollectiveProgress progress={collective.progress} compact />
        {collective.forumUrl ? (
          <Text size="sm" c="dimmed">
            {t('collectives.forum')}: <BreakableUrl url={collective.forumUrl} />
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('collectives.noForum')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** A campaign's customer collectives: each with its deadline and how many of its members are won. */
export function CollectivesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { campaigns, campaignId, chosen, setCampaignId, error: campaignsError } = useOneCampaign();
  const { collectives, error, refetch } = useCollectives(campaignId);
  const canManage = useCanManageCampaign(campaignId);
  const { create } = useCollectiveMutations();
  const [creating, setCreating] = useState(false);

  let body;
  if (campaignsError && !campaigns) body = <ErrorState>{t('collectives.error', { message: errorMessage(campaignsError) })}</ErrorState>;
  else if (error && !collectives) body = <ErrorState onRetry={() => void refetch()}>{t('collectives.error', { message: errorMessage(error) })}</ErrorState>;
  else if (!collectives) body = <LoadingState label={t('collectives.loading')} />;
  else if (collectives.length === 0) body = <EmptyState>{t('collectives.empty')}</EmptyState>;
  else
    body = (
      <Box component="ul" className="card-grid">
        {collectives.map((c) => (
          <CollectiveCard key={c.id} collective={c} />
        ))}
      </Box>
    );

  return (
    <Stack component="section" aria-labelledby="collectives-title" gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <div>
          <Title order={1} id="collectives-title">
            {t('collectives.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('collectives.intro')}
          </Text>
        </div>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <OneCampaignSelect label={t('collectives.campaign')} campaigns={campaigns} campaignId={campaignId} chosen={chosen} onChange={setCampaignId} />
          {canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('collectives.new')}
            </Button>
          )}
        </Group>
      </Group>
      {body}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('collectives.createTitle')} size="lg">
        {creating && campaignId && (
          <CollectiveForm
            contacts={[]}
            submitLabel={t('collectives.save')}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const res = await create({ variables: { input: { campaignId, ...values } } });
              setCreating(false);
              notifications.show({ color: 'green', message: t('collectives.created') });
              void refetch();
              const id = res.data?.createCollective.collective.id;
              if (id) void navigate(`/collectives/${encodeURIComponent(id)}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

export default CollectivesPage;
