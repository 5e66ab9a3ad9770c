import { Badge, Button, Checkbox, Drawer, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakableUrl } from '../../../components/breakable-url';
import { DataTable } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import type { WebhookDeliveryStatus, WebhookEvent } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';
import { useWebhookDeliveries, useWebhooks, type WebhookSummary } from '../api/use-webhooks';
import { AdminPage } from '../components/admin-page';
import { SecretReveal } from '../components/secret-reveal';

const EVENTS: WebhookEvent[] = [
  'opportunity_won',
  'opportunity_lost',
  'opportunity_moved',
  'proposal_sent',
  'proposal_accepted',
  'distress_event_recorded',
  'import_finished',
];
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { pending: 'gray', succeeded: 'teal', failed: 'orange', dead: 'red' };
const ALL = '__all__';

/** Webhooks: create (the signing secret shown once), pause, delete; each one's deliveries, replayed at will. */
export function AdminWebhooksPage() {
  const { t } = useTranslation();
  const { webhooks, error, refetch, create, update, remove, busy } = useWebhooks();
  const { campaigns } = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [watching, setWatching] = useState<WebhookSummary | null>(null);
  const failed = (e: unknown) => notifications.show({ color: 'red', message: t('admin.common.failed', { message: errorMessage(e) }) });
  const campaignName = (id: string | null) => (id ? (campaigns?.find((c) => c.id === id)?.name ?? id) : t('admin.common.allCampaigns'));

  return (
    <AdminPage
      id="admin-webhooks-title"
      title={t('admin.webhooks.title')}
      action={
        <Button leftSection={<IconWebhook size={16} />} onClick={() => setCreating(true)}>
          {t('admin.webhooks.create')}
        </Button>
      }
      loading={!webhooks}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.webhooks.title')}
        labelledBy="admin-webhooks-title"
        rows={webhooks ?? []}
        rowKey={(webhook) => webhook.id}
        empty={t('admin.webhooks.empty')}
        columns={[
          {
            key: 'url',
            header: t('admin.webhooks.url'),
            primary: true,
            cell: (webhook) => (
              <>
                <Text size="sm" fw={600}>
                  <BreakableUrl url={webhook.url} />
                </Text>
                {webhook.description && (
                  <Text size="xs" c="dimmed">
                    {webhook.description}
                  </Text>
                )}
              </>
            ),
          },
          {
            key: 'events',
            header: t('admin.webhooks.events'),
            cell: (webhook) => (
              <Group gap={4}>
                {webhook.events.map((event) => (
                  <Badge key={event} size="sm" variant="light">
                    {t(`admin.webhooks.event.${event}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { key: 'campaign', header: t('admin.webhooks.campaign'), cell: (webhook) => campaignName(webhook.campaignId) },
          {
            key: 'status',
            header: t('admin.users.status'),
            cell: (webhook) => (
              <Badge color={webhook.active ? 'teal' : 'gray'} variant="light">
                {t(webhook.active ? 'admin.webhooks.active' : 'admin.webhooks.paused')}
              </Badge>
            ),
          },
          {
            key: 'actions',
            header: t('admin.common.actions'),
            cell: (webhook) => (
              <Group gap={4}>
                <Button size="compact-sm" variant="light" onClick={() => setWatching(webhook)}>
                  {t('admin.webhooks.deliveries')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  disabled={busy}
                  onClick={() =>
                    void update({ variables: { input: { id: webhook.id, expectedVersion: webhook.version, active: !webhook.active } } }).catch(failed)
                  }
                >
                  {t(webhook.active ? 'admin.webhooks.pause' : 'admin.webhooks.resume')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  disabled={busy}
                  onClick={() => {
                    if (!window.confirm(t('admin.webhooks.confirmDelete', { url: webhook.url }))) return;
                    void remove({ variables: { input: { id: webhook.id } } })
                      .then(() => notifications.show({ color: 'teal', message: t('admin.webhooks.deleted') }))
                      .catch(failed);
                  }}
                >
                  {t('admin.webhooks.delete')}
                </Button>
              </Group>
            ),
          },
        ]}
      />
      <CreateWebhookDialog
        opened={creating}
        busy={busy}
        campaigns={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onClose={() => setCreating(false)}
        onCreate={async (input) => {
          try {
            const { data } = await create({ variables: { input } });
            if (!data) return false;
            setCreating(false);
            setSecret(data.createWebhook.secret);
            return true;
          } catch (e) {
            failed(e);
            return false;
          }
        }}
      />
      <SecretReveal title={t('admin.webhooks.secretTitle')} label={t('admin.webhooks.secret')} value={secret} onDone={() => setSecret(null)} />
      <DeliveriesDrawer webhook={watching} onClose={() => setWatching(null)} />
    </AdminPage>
  );
}

function DeliveriesDrawer({ webhook, onClose }: { webhook: WebhookSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { deliveries, error, refetch, replay, busy } = useWebhookDeliveries(webhook?.id ?? null);
  return (
    <Drawer opened={!!webhook} onClose={onClose} position="right" size="lg" closeButtonProps={{ 'aria-label': t('admin.common.close') }} title={webhook ? t('admin.webhooks.deliveriesOf', { url: webhook.url }) : ''}>
      {error ? (
        <ErrorState onRetry={() => void refetch()}>{t('admin.common.error', { message: errorMessage(error) })}</ErrorState>
      ) : !deliveries ? (
        <LoadingState />
      ) : deliveries.length === 0 ? (
        <EmptyState>{t('admin.webhooks.noDeliveries')}</EmptyState>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {deliveries.map((delivery) => (
            <Stack component="li" key={delivery.id} gap={2} py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs">
                  <Badge color={STATUS_COLOR[delivery.status]} variant="light">
                    {t(`admin.webhooks.deliveryStatus.${delivery.status}`)}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {delivery.event}
                  </Text>
                </Group>
                <Button
                  size="compact-xs"
                  variant="light"
                  loading={busy}
                  onClick={() =>
                    void replay({ variables: { input: { id: delivery.id } } })
                      .then(() => notifications.show({ color: 'teal', message: t('admin.webhooks.replayed') }))
                      .catch((e: unknown) => notifications.show({ color: 'red', message: t('admin.common.failed', { message: errorMessage(e) }) }))
                  }
                >
                  {t('admin.webhooks.replay')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {format.dateTime(delivery.createdAt)} · {t('admin.webhooks.attempts', { count: delivery.attempts })} · {t('admin.webhooks.response', { code: delivery.lastResponseCode ?? t('admin.webhooks.noResponse') })}
              </Text>
              {(delivery.lastResponseExcerpt || delivery.lastError) && (
                <Text size="xs" ff="monospace" c={delivery.lastError ? 'red.8' : undefined} style={{ wordBreak: 'break-all' }}>
                  {delivery.lastError ?? delivery.lastResponseExcerpt}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}

function CreateWebhookDialog({
  opened,
  busy,
  campaigns,
  onClose,
  onCreate,
}: {
  opened: boolean;
  busy: boolean;
  campaigns: Array<{ value: string; label: string }>;
  onClose: () => void;
  onCreate: (input: { url: string; description: string | null; events: WebhookEvent[]; campaignId: string | null }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(['opportunity_won']);
  const [campaign, setCampaign] = useState(ALL);
  const [touched, setTouched] = useState(false);
  const urlValid = /^https?:\/\/\S+$/i.test(url.trim());
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.webhooks.create')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!urlValid || events.length === 0) return;
          void onCreate({
            url: url.trim(),
            description: description.trim() || null,
            events: events as WebhookEvent[],
            campaignId: campaign === ALL ? null : campaign,
          }).then((ok) => {
            if (!ok) return;
            setUrl('');
            setDescription('');
            setTouched(false);
          });
        }}
      >
        <Stack gap="sm">
          <TextInput type="url" label={t('admin.webhooks.url')} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} required error={touched && !urlValid ? t('admin.webhooks.urlInvalid') : undefined} data-autofocus />
          <TextInput label={t('admin.webhooks.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <Checkbox.Group label={t('admin.webhooks.events')} value={events} onChange={setEvents} required error={touched && events.length === 0 ? t('admin.webhooks.eventsRequired') : undefined}>
            <Stack gap={4} mt={4}>
              {EVENTS.map((event) => (
                <Checkbox key={event} value={event} label={t(`admin.webhooks.event.${event}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select label={t('admin.webhooks.campaign')} data={[{ value: ALL, label: t('admin.common.allCampaigns') }, ...campaigns]} value={campaign} onChange={(v) => v && setCampaign(v)} allowDeselect={false} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('admin.common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('admin.webhooks.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export default AdminWebhooksPage;
