import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMinutes, useMonthLabel, usePercent, type MonthFigures } from './availability-chart';

/** The month figures as a table: availability, weighted downtime, what the claim allows, the shortfall. */
export function AvailabilityTable({ months, labelledBy }: { months: readonly MonthFigures[]; labelledBy?: string }) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const percent = usePercent();
  const minutes = useMinutes();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped withTableBorder aria-labelledby={labelledBy} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outages.table.month')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('outages.table.availability')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('outages.table.downtime')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('outages.table.allowed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('outages.table.shortfall')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={m.month} data-testid={`month-${m.month}`}>
              <Table.Th scope="row" fw={500}>
                {monthLabel(m.month, 'long')}
                {m.elapsedMinutes < m.minutes && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {t('outages.table.soFar')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="right">{percent(m.availabilityPercent)}</Table.Td>
              <Table.Td ta="right">{minutes(m.weightedDowntimeMinutes)}</Table.Td>
              <Table.Td ta="right">{m.allowedDowntimeMinutes === null ? '—' : minutes(m.allowedDowntimeMinutes)}</Table.Td>
              <Table.Td ta="right" c={m.shortfallMinutes ? 'red.8' : undefined} fw={m.shortfallMinutes ? 700 : undefined}>
                {m.shortfallMinutes === null ? '—' : minutes(m.shortfallMinutes)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
