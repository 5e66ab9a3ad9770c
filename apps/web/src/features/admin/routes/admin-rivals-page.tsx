import { Badge, Button, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../lib/i18n/format';
import { useAdminRivals, type AdminRival } from '../api/use-admin-rivals';
import { AdminPage } from '../components/admin-page';
import { instantOf, RivalForm, type RivalValues } from '../components/rival-form';

/** Rivals: every failing competitor, added and edited by admins (health, shutdown, services, claimed SLA). */
export function AdminRivalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { rivals, error, refetch, createRival, updateRival } = useAdminRivals();
  const [editing, setEditing] = useState<AdminRival | 'new' | null>(null);

  const create = async (v: RivalValues) => {
    await createRival({
      variables: {
        input: {
          name: v.name,
          country: v.country,
          health: v.health,
          services: v.services,
          shutdownExpectedAt: v.shutdownDate ? instantOf(v.shutdownDate) : null,
          claimedAvailabilityPercent: v.claimedAvailabilityPercent,
        },
      },
    });
    notifications.show({ color: 'teal', message: t('admin.rivals.created', { name: v.name }) });
    setEditing(null);
  };

  const update = async (rival: AdminRival, v: RivalValues) => {
    await updateRival({
      variables: {
        input: {
          id: rival.id,
          expectedVersion: rival.version,
          name: v.name,
          country: v.country,
          health: v.health,
          services: v.services,
          ...(v.shutdownDate ? (v.shutdownDate !== rival.shutdownExpectedAt?.slice(0, 10) ? { shutdownExpectedAt: instantOf(v.shutdownDate) } : {}) : { clearShutdown: true }),
          ...(v.claimedAvailabilityPercent === null ? { clearClaimedAvailability: true } : { claimedAvailabilityPercent: v.claimedAvailabilityPercent }),
        },
      },
    });
    notifications.show({ color: 'teal', message: t('admin.rivals.saved', { name: v.name }) });
    setEditing(null);
  };

  return (
    <AdminPage
      id="admin-rivals-title"
      title={t('admin.rivals.title')}
      action={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('admin.rivals.create')}
        </Button>
      }
      loading={!rivals}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.rivals.title')}
        labelledBy="admin-rivals-title"
        highlightOnHover
        rows={rivals ?? []}
        rowKey={(rival) => rival.id}
        empty={t('admin.rivals.empty')}
        columns={[
          { key: 'name', header: t('admin.rivals.name'), primary: true, cell: (rival) => rival.name },
          { key: 'country', header: t('admin.rivals.country'), cell: (rival) => rival.country },
          {
            key: 'health',
            header: t('admin.rivals.health'),
            cell: (rival) => (
              // Whole on a phone too: never cut the badge.
              <Badge
                variant="light"
                color={rival.health === 'operating' ? 'teal' : rival.health === 'distressed' ? 'yellow' : 'red'}
                style={{ minWidth: 'max-content' }}
              >
                {t(`rivals.health.${rival.health}`)}
              </Badge>
            ),
          },
          {
            key: 'shutdown',
            header: t('admin.rivals.shutdown'),
            cell: (rival) =>
              rival.shutdownExpectedAt ? (
                format.date(rival.shutdownExpectedAt)
              ) : (
                <Text c="dimmed" size="sm">
                  {t('admin.rivals.unknown')}
                </Text>
              ),
          },
          {
            key: 'services',
            header: t('admin.rivals.services'),
            cell: (rival) => (rival.services.length ? rival.services.map((s) => t(`domain.service.${s}`)).join(', ') : '—'),
          },
          {
            key: 'sla',
            header: t('admin.rivals.slaShort'),
            cell: (rival) => (rival.claimedAvailabilityPercent != null ? `${rival.claimedAvailabilityPercent.toLocaleString(format.language)} %` : '—'),
          },
          {
            key: 'actions',
            header: t('admin.common.actions'),
            cell: (rival) => (
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(rival)} aria-label={t('admin.rivals.editNamed', { name: rival.name })}>
                {t('admin.rivals.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing && editing !== 'new' ? t('admin.rivals.editNamed', { name: editing.name }) : t('admin.rivals.create')}
      >
        {editing !== null && (
          <RivalForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            initial={editing === 'new' ? undefined : editing}
            onSubmit={(v) => (editing === 'new' ? create(v) : update(editing, v))}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </AdminPage>
  );
}

export default AdminRivalsPage;
