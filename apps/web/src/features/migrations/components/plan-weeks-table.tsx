import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import type { MigrationPlan } from '../api/use-migrations';
import { shutdownWeekIndex } from './shutdown-week';

/** The plan's weeks in a compact table: the load against the capacity, who is planned, and the shutdown's week. */
export function PlanWeeksTable({ plan }: { plan: MigrationPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = new Map(plan.placements.map((p) => [p.migration.id, p.accountName]));
  const shutdownWeek = shutdownWeekIndex(plan);
  return (
    // On a phone each week is a card (styles.css, `.data-table`).
    <Table className="data-table" verticalSpacing={4} fz="sm" aria-label={t('migrations.weeks.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('migrations.weeks.week')}</Table.Th>
          <Table.Th ta="right">{t('migrations.weeks.load')}</Table.Th>
          <Table.Th>{t('migrations.weeks.migrations')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.weeks.map((week, index) => (
          <Table.Tr key={week.weekStart}>
            <Table.Td data-primary>
              <Group gap={6} wrap="nowrap">
                {format.date(week.weekStart, plan.timeZone)}
                {index === shutdownWeek && (
                  <Badge size="xs" color="red" variant="light">
                    {t('migrations.weeks.shutdown')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td data-label={t('migrations.weeks.load')} ta="right" c={week.overCapacity ? 'red.8' : undefined} fw={week.overCapacity ? 700 : undefined}>
              <Group gap={6} justify="flex-end" wrap="nowrap">
                {week.overCapacity && (
                  <Badge size="xs" color="red" variant="light">
                    {t('migrations.weeks.over')}
                  </Badge>
                )}
                {t('migrations.weeks.loadOf', { load: week.load, capacity: week.capacity })}
              </Group>
            </Table.Td>
            <Table.Td data-label={t('migrations.weeks.migrations')}>{format.list(week.migrationIds.map((id) => names.get(id) ?? id))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
