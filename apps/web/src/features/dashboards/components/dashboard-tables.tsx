import { Card, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../gql/graphql';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';
import { formatNumber, formatPercent } from './number-format';
import { StackedTable } from './stacked-table';

function TableCard({ id, title, subtitle, wide, children }: { id: string; title: string; subtitle: string; wide?: boolean; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} padding="md" style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Title order={2} size="h5" id={id}>
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {subtitle}
      </Text>
      {children}
    </Card>
  );
}

/** Stage to stage: of the deals that entered a stage in the period, the share that reached each later one. */
function Conversions({ conversions }: { conversions: PipelineDashboard['conversions'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Rows and columns in the api's order (pipeline order): the stages conversions start from and lead to.
  const fromStages = [...new Set(conversions.map((c) => c.fromStage))];
  const toStages = [...new Set(conversions.map((c) => c.toStage))];
  const pair = (from: Stage, to: Stage) => conversions.find((c) => c.fromStage === from && c.toStage === to);
  return (
    // The widest table: the whole row, so "To won" and "To lost" fit beside the others at 1280 px.
    <TableCard id="conversions-title" title={t('dashboard.conversions.title')} subtitle={t('dashboard.conversions.subtitle')} wide>
      <StackedTable
        labelledBy="conversions-title"
        rows={fromStages}
        rowKey={(from) => from}
        rowHeader={{ header: t('dashboard.conversions.from'), cell: (from) => t(`domain.stage.${from}`) }}
        columns={[
          { key: 'entered', header: t('dashboard.conversions.entered'), numeric: true, cell: (from) => conversions.find((c) => c.fromStage === from)?.entered ?? 0 },
          ...toStages.map((to) => ({
            key: to,
            header: t('dashboard.conversions.to', { stage: t(`domain.stage.${to}`) }),
            numeric: true,
            cell: (from: Stage) => {
              const c = pair(from, to);
              return !c ? null : c.rate === null ? '—' : `${formatPercent(c.rate, format.language)} (${c.converted})`;
            },
          })),
        ]}
      />
    </TableCard>
  );
}

/** How long stays in each open stage last (median), against the time they were allowed and the stage's due time. */
function StageTimes({ stageTimes }: { stageTimes: PipelineDashboard['stageTimes'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = (hours: number | null) =>
    hours === null
      ? '—'
      : hours < 48
        ? t('dashboard.stageTimes.hours', { value: formatNumber(hours, format.language) })
        : t('dashboard.stageTimes.days', { value: formatNumber(hours / 24, format.language, 1) });
  // No time allowed: most stays began after their due time (past the signing deadline), so were overdue at once.
  const allowed = (hours: number | null) => (hours !== null && hours <= 0 ? t('dashboard.stageTimes.noTime') : duration(hours));
  type Row = PipelineDashboard['stageTimes'][number];
  const slow = (s: Row) => s.medianHours !== null && s.medianAllowedHours !== null && s.medianHours > s.medianAllowedHours;
  return (
    <TableCard id="stage-times-title" title={t('dashboard.stageTimes.title')} subtitle={t('dashboard.stageTimes.subtitle')} wide>
      <StackedTable
        labelledBy="stage-times-title"
        rows={stageTimes}
        rowKey={(s) => s.stage}
        rowHeader={{ header: t('dashboard.stageTimes.stage'), cell: (s) => t(`domain.stage.${s.stage}`) }}
        columns={[
          { key: 'stays', header: t('dashboard.stageTimes.stays'), numeric: true, cell: (s) => s.stays },
          {
            key: 'median',
            header: t('dashboard.stageTimes.median'),
            numeric: true,
            cell: (s) => duration(s.medianHours),
            stress: (s) => (slow(s) ? { c: 'red.8', fw: 700 } : undefined),
          },
          { key: 'allowed', header: t('dashboard.stageTimes.allowed'), numeric: true, cell: (s) => allowed(s.medianAllowedHours) },
          { key: 'due', header: t('dashboard.stageTimes.due'), numeric: true, cell: (s) => t('dashboard.stageTimes.businessDays', { count: s.dueBusinessDays }) },
          {
            key: 'pastDue',
            header: t('dashboard.stageTimes.pastDue'),
            numeric: true,
            cell: (s) => s.staysPastDue,
            stress: (s) => (s.staysPastDue > 0 ? { c: 'red.8' } : undefined),
          },
        ]}
      />
    </TableCard>
  );
}

/** The rival's customer base: accounts and their monthly spend won, still open, lost (and to whom), untouched. */
function Capture({ capture }: { capture: PipelineDashboard['capture'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { key: 'won', bucket: capture.won },
    { key: 'open', bucket: capture.open },
    { key: 'lost', bucket: capture.lost },
    { key: 'untouched', bucket: capture.untouched },
    { key: 'total', bucket: capture.total },
  ] as const;
  return (
    <TableCard id="capture-title" title={t('dashboard.capture.title')} subtitle={t('dashboard.capture.subtitle')}>
      <Table striped verticalSpacing={4} fz="sm" aria-labelledby="capture-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.capture.state')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.capture.accounts')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.capture.spend')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, bucket }) => (
            <Table.Tr key={key} fw={key === 'total' ? 700 : undefined}>
              <Table.Th scope="row" fw={key === 'total' ? 700 : 500}>
                {t(`dashboard.capture.${key}`)}
              </Table.Th>
              <Table.Td ta="right">{format.number(bucket.accounts)}</Table.Td>
              <Table.Td ta="right">{format.money(bucket.monthlySpend, { compact: true })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {capture.lostTo.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="sm" id="lost-to-title">
            {t('dashboard.capture.lostTo')}
          </Text>
          <List size="sm" spacing={2} aria-labelledby="lost-to-title">
            {capture.lostTo.map((l) => (
              <List.Item key={l.bidder ?? ''}>
                {t('dashboard.capture.bidder', {
                  bidder: l.bidder ?? t('dashboard.capture.unnamed'),
                  count: l.accounts,
                  spend: format.money(l.monthlySpend, { compact: true }),
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </TableCard>
  );
}

/**
 * The figures the api computes beyond the charts, as compact tables below them: conversions stage to
 * stage (the whole row), time in each stage against its due time, capture of the rival's base.
 */
export function DashboardTables({ dashboard }: { dashboard: PipelineDashboard }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Conversions conversions={dashboard.conversions} />
      <StageTimes stageTimes={dashboard.stageTimes} />
      <Capture capture={dashboard.capture} />
    </SimpleGrid>
  );
}
