import { Anchor, Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';
import { StackedTable } from './stacked-table';

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
        <StackedTable
          labelledBy="reps-title"
          rows={reps}
          rowKey={(rep) => rep.user.id}
          rowHeader={{
            header: t('dashboard.reps.name'),
            cell: (rep) => (
              <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => onOpen(rep.user)} aria-label={t('dashboard.reps.open', { name: rep.user.name })}>
                {rep.user.name}
              </Anchor>
            ),
          }}
          columns={[
            { key: 'load', header: t('dashboard.reps.load'), numeric: true, cell: (rep) => rep.openDeals },
            { key: 'value', header: t('dashboard.reps.openValue'), numeric: true, cell: (rep) => format.money(rep.openMonthlyValue, { compact: true }) },
            {
              key: 'overdue',
              header: t('dashboard.reps.overdue'),
              numeric: true,
              cell: (rep) => rep.overdueDeals,
              stress: (rep) => (rep.overdueDeals > 0 ? { c: 'red.8', fw: 700 } : undefined),
            },
            { key: 'won', header: t('dashboard.reps.won'), numeric: true, cell: (rep) => rep.wonDeals },
            { key: 'lost', header: t('dashboard.reps.lost'), numeric: true, cell: (rep) => rep.lostDeals },
            { key: 'activities', header: t('dashboard.reps.activities'), numeric: true, cell: (rep) => rep.activities },
          ]}
        />
      )}
    </Card>
  );
}
