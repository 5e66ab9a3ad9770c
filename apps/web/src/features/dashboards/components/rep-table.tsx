import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';

/** Each rep's load now and results in the period; a name opens that rep's deals. */
export function RepTable({ reps, onOpen }: { reps: PipelineDashboard['reps']; onOpen: (rep: { id: string; name: string }) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card component="section" aria-labelledby="reps-title" padding="md">
      <Title order={2} size="h5" id="reps-title" mb="xs">
        {t('dashboard.reps.title')}
      </Title>
      {reps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.reps.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover aria-labelledby="reps-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.reps.name')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.reps.load')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.reps.openValue')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.reps.overdue')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.reps.won')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.reps.lost')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.reps.activities')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reps.map((rep) => (
                <Table.Tr key={rep.user.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      fw={600}
                      onClick={() => onOpen(rep.user)}
                      aria-label={t('dashboard.reps.open', { name: rep.user.name })}
                    >
                      {rep.user.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{rep.openDeals}</Table.Td>
                  <Table.Td ta="right">{format.money(rep.openMonthlyValue, { compact: true })}</Table.Td>
                  <Table.Td ta="right" c={rep.overdueDeals > 0 ? 'red.8' : undefined} fw={rep.overdueDeals > 0 ? 700 : undefined}>
                    {rep.overdueDeals}
                  </Table.Td>
                  <Table.Td ta="right">{rep.wonDeals}</Table.Td>
                  <Table.Td ta="right">{rep.lostDeals}</Table.Td>
                  <Table.Td ta="right">{rep.activities}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
