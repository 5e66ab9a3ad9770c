import { Badge, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/apollo/errors';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';
import { API_KEY_SCOPES, useApiKeys, type ApiKeySummary } from '../api/use-api-keys';
import { AdminPage } from '../components/admin-page';
import { SecretReveal } from '../components/secret-reveal';

type Scope = (typeof API_KEY_SCOPES)[number];
const GLOBAL = '__global__';

/** API keys for integrations: created with scopes and a campaign, the secret shown once; revoked at will. */
export function AdminApiKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { keys, error, refetch, create, revoke, busy } = useApiKeys();
  const { campaigns } = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const campaignName = (id: string | null) => (id ? (campaigns?.find((c) => c.id === id)?.name ?? id) : t('admin.apiKeys.global'));

  const revokeKey = async (key: ApiKeySummary) => {
    if (!window.confirm(t('admin.apiKeys.confirmRevoke', { name: key.name }))) return;
    try {
      await revoke({ variables: { input: { apiKeyId: key.id } } });
      notifications.show({ color: 'teal', message: t('admin.apiKeys.revokedDone', { name: key.name }) });
    } catch (e) {
      notifications.show({ color: 'red', message: t('admin.common.failed', { message: errorMessage(e) }) });
    }
  };

  return (
    <AdminPage
      id="admin-api-keys-title"
      title={t('admin.apiKeys.title')}
      action={
        <Button leftSection={<IconKey size={16} />} onClick={() => setCreating(true)}>
          {t('admin.apiKeys.create')}
        </Button>
      }
      loading={!keys}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.apiKeys.title')}
        labelledBy="admin-api-keys-title"
        rows={keys ?? []}
        rowKey={(key) => key.id}
        rowProps={(key) => ({ c: key.revokedAt ? 'dimmed' : undefined })}
        empty={t('admin.apiKeys.empty')}
        columns={[
          { key: 'name', header: t('admin.apiKeys.name'), primary: true, cell: (key) => key.name },
          {
            key: 'key',
            header: t('admin.apiKeys.key'),
            cell: (key) => (
              <Text ff="monospace" size="sm">
                {key.prefix}…
              </Text>
            ),
          },
          {
            key: 'scopes',
            header: t('admin.apiKeys.scopes'),
            cell: (key) => (
              <Group gap={4}>
                {key.scopes.map((scope) => (
                  <Badge key={scope} size="sm" variant="light">
                    {API_KEY_SCOPES.includes(scope as Scope) ? t(`admin.apiKeys.scope.${scope as Scope}`) : scope}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { key: 'campaign', header: t('admin.apiKeys.campaign'), cell: (key) => campaignName(key.campaignId) },
          {
            key: 'lastUsed',
            header: t('admin.apiKeys.lastUsed'),
            cell: (key) => (key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('admin.common.never')),
          },
          {
            key: 'actions',
            header: t('admin.common.actions'),
            cell: (key) =>
              key.revokedAt ? (
                <Badge color="gray" variant="outline">
                  {t('admin.apiKeys.revoked', { date: format.date(key.revokedAt) })}
                </Badge>
              ) : (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => void revokeKey(key)} disabled={busy} aria-label={`${t('admin.apiKeys.revoke')} ${key.name}`}>
                  {t('admin.apiKeys.revoke')}
                </Button>
              ),
          },
        ]}
      />
      <CreateApiKeyDialog
        opened={creating}
        busy={busy}
        campaigns={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onClose={() => setCreating(false)}
        onCreate={async (input) => {
          try {
            const { data } = await create({ variables: { input } });
            if (!data) return false;
            setCreating(false);
            setSecret({ name: data.createApiKey.apiKey.name, value: data.createApiKey.secret });
            return true;
          } catch (e) {
            notifications.show({ color: 'red', message: t('admin.common.failed', { message: errorMessage(e) }) });
            return false;
          }
        }}
      />
      <SecretReveal
        title={secret ? t('admin.apiKeys.secretTitle', { name: secret.name }) : ''}
        label={t('admin.apiKeys.secret')}
        value={secret?.value ?? null}
        onDone={() => setSecret(null)}
      />
    </AdminPage>
  );
}

function CreateApiKeyDialog({
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
  onCreate: (input: { name: string; scopes: string[]; campaignId: string | null }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['read']);
  const [campaign, setCampaign] = useState<string>(GLOBAL);
  const [touched, setTouched] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.apiKeys.create')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!name.trim() || scopes.length === 0) return;
          void onCreate({ name: name.trim(), scopes, campaignId: campaign === GLOBAL ? null : campaign }).then((ok) => {
            if (!ok) return;
            setName('');
            setScopes(['read']);
            setCampaign(GLOBAL);
            setTouched(false);
          });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('admin.apiKeys.name')}
            placeholder={t('admin.apiKeys.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={touched && !name.trim() ? t('admin.apiKeys.nameRequired') : undefined}
            data-autofocus
          />
          <Checkbox.Group
            label={t('admin.apiKeys.scopes')}
            value={scopes}
            onChange={setScopes}
            required
            error={touched && scopes.length === 0 ? t('admin.apiKeys.scopesRequired') : undefined}
          >
            <Group gap="md" mt={4}>
              {API_KEY_SCOPES.map((scope) => (
                <Checkbox key={scope} value={scope} label={t(`admin.apiKeys.scope.${scope}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Select
            label={t('admin.apiKeys.campaign')}
            data={[{ value: GLOBAL, label: t('admin.apiKeys.global') }, ...campaigns]}
            value={campaign}
            onChange={(v) => v && setCampaign(v)}
            allowDeselect={false}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('admin.common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('admin.apiKeys.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export default AdminApiKeysPage;
