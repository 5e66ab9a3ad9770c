import { Badge, Button, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/page-states';
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
      {rivals && rivals.length === 0 ? (
        <EmptyState>{t('admin.rivals.empty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-labelledby="admin-rivals-title" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.rivals.name')}</Table.Th>
                <Table.Th>{t('admin.rivals.country')}</Table.Th>
                <Table.Th>{t('admin.rivals.health')}</Table.Th>
                <Table.Th>{t('admin.rivals.shutdown')}</Table.Th>
                <Table.Th>{t('admin.rivals.services')}</Table.Th>
                <Table.Th>{t('admin.rivals.slaShort')}</Table.Th>
                <Table.Th>{t('admin.common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rivals?.map((rival) => (
                <Table.Tr key={rival.id}>
                  <Table.Td fw={600}>{rival.name}</Table.Td>
                  <Table.Td>{rival.country}</Table.Td>
                  <Table.Td>
                    {/* Whole on a phone too: the table scrolls rather than cut the badge. */}
                    <Badge
                      variant="light"
                      color={rival.health === 'operating' ? 'teal' : rival.health === 'distressed' ? 'yellow' : 'red'}
                      style={{ minWidth: 'max-content' }}
                    >
                      {t(`rivals.health.${rival.health}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{rival.shutdownExpectedAt ? format.date(rival.shutdownExpectedAt) : <Text c="dimmed" size="sm">{t('admin.rivals.unknown')}</Text>}</Table.Td>
                  <Table.Td>{rival.services.length ? rival.services.map((s) => t(`domain.service.${s}`)).join(', ') : '—'}</Table.Td>
                  <Table.Td>{rival.claimedAvailabilityPercent != null ? `${rival.claimedAvailabilityPercent.toLocaleString(format.language)} %` : '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(rival)} aria-label={t('admin.rivals.editNamed', { name: rival.name })}>
                      {t('admin.rivals.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
