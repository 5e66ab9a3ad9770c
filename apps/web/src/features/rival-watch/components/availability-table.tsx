import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useMinutes, useMonthLabel, usePercent, type MonthFigures } from './availability-chart';

/** The month figures as a table (cards on a phone): availability, weighted downtime, what the claim allows, the shortfall. */
export function AvailabilityTable({ months, labelledBy }: { months: readonly MonthFigures[]; labelledBy?: string }) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const percent = usePercent();
  const minutes = useMinutes();
  return (
    <DataTable
      caption={t('outages.table.caption')}
      labelledBy={labelledBy}
      rows={months}
      rowKey={(m) => m.month}
      rowProps={(m) => ({ 'data-testid': `month-${m.month}` }) as never}
      empty={t('outages.none')}
      columns={[
        {
          key: 'month',
          header: t('outages.table.month'),
          primary: true,
          cell: (m) => (
            <>
              {monthLabel(m.month, 'long')}
              {m.elapsedMinutes < m.minutes && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  {t('outages.table.soFar')}
                </Text>
              )}
            </>
          ),
        },
        { key: 'availability', header: t('outages.table.availability'), cell: (m) => percent(m.availabilityPercent) },
        { key: 'downtime', header: t('outages.table.downtime'), cell: (m) => minutes(m.weightedDowntimeMinutes) },
        { key: 'allowed', header: t('outages.table.allowed'), cell: (m) => (m.allowedDowntimeMinutes === null ? '—' : minutes(m.allowedDowntimeMinutes)) },
        {
          key: 'shortfall',
          header: t('outages.table.shortfall'),
          cell: (m) =>
            m.shortfallMinutes === null ? (
              '—'
            ) : (
              <Text span inherit c={m.shortfallMinutes ? 'red.8' : undefined} fw={m.shortfallMinutes ? 700 : undefined}>
                {minutes(m.shortfallMinutes)}
              </Text>
            ),
        },
      ]}
    />
  );
}
