import { Card, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../gql/graphql';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';
import { formatNumber, formatPercent } from './number-format';

function TableCard({ id, title, subtitle, children }: { id: string; title: string; subtitle: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} padding="md">
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
    <TableCard id="conversions-title" title={t('dashboard.conversions.title')} subtitle={t('dashboard.conversions.subtitle')}>
      <Table.ScrollContainer minWidth={460}>
        <Table striped verticalSpacing={4} fz="sm" aria-labelledby="conversions-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.conversions.from')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.conversions.entered')}</Table.Th>
              {toStages.map((to) => (
                <Table.Th key={to} ta="right">
                  {t('dashboard.conversions.to', { stage: t(`domain.stage.${to}`) })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fromStages.map((from) => (
              <Table.Tr key={from}>
                <Table.Th scope="row" fw={500}>
                  {t(`domain.stage.${from}`)}
                </Table.Th>
                <Table.Td ta="right">{conversions.find((c) => c.fromStage === from)?.entered ?? 0}</Table.Td>
                {toStages.map((to) => {
                  const c = pair(from, to);
                  return (
                    <Table.Td key={to} ta="right">
                      {!c ? '' : c.rate === null ? '—' : `${formatPercent(c.rate, format.language)} (${c.converted})`}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
  return (
    <TableCard id="stage-times-title" title={t('dashboard.stageTimes.title')} subtitle={t('dashboard.stageTimes.subtitle')}>
      <Table.ScrollContainer minWidth={460}>
        <Table striped verticalSpacing={4} fz="sm" aria-labelledby="stage-times-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.stageTimes.stage')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.stageTimes.stays')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.stageTimes.median')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.stageTimes.allowed')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.stageTimes.due')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.stageTimes.pastDue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stageTimes.map((s) => {
              const slow = s.medianHours !== null && s.medianAllowedHours !== null && s.medianHours > s.medianAllowedHours;
              return (
                <Table.Tr key={s.stage}>
                  <Table.Th scope="row" fw={500}>
                    {t(`domain.stage.${s.stage}`)}
                  </Table.Th>
                  <Table.Td ta="right">{s.stays}</Table.Td>
                  <Table.Td ta="right" c={slow ? 'red.8' : undefined} fw={slow ? 700 : undefined}>
                    {duration(s.medianHours)}
                  </Table.Td>
                  <Table.Td ta="right">{duration(s.medianAllowedHours)}</Table.Td>
                  <Table.Td ta="right">{t('dashboard.stageTimes.businessDays', { count: s.dueBusinessDays })}</Table.Td>
                  <Table.Td ta="right" c={s.staysPastDue > 0 ? 'red.8' : undefined}>
                    {s.staysPastDue}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
              <Table.Td ta="right">{bucket.accounts}</Table.Td>
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

/** The weighted forecast week by week up to the shutdown, then what lies beyond and what has no date. */
function WeeklyForecast({ forecast, timeZone }: { forecast: PipelineDashboard['forecast']; timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    ...forecast.weeks.map((w) => ({ key: w.weekStart, label: t('dashboard.weekly.week', { date: format.shortDate(w.weekStart, timeZone) }), bucket: w })),
    ...(forecast.beyondHorizon.deals > 0
      ? [{ key: 'beyond', label: t(forecast.untilShutdown ? 'dashboard.weekly.afterShutdown' : 'dashboard.weekly.later'), bucket: forecast.beyondHorizon }]
      : []),
    ...(forecast.unscheduled.deals > 0 ? [{ key: 'unscheduled', label: t('dashboard.weekly.unscheduled'), bucket: forecast.unscheduled }] : []),
  ];
  return (
    <TableCard id="weekly-forecast-title" title={t('dashboard.weekly.title')} subtitle={t('dashboard.weekly.subtitle')}>
      <Table striped verticalSpacing={4} fz="sm" aria-labelledby="weekly-forecast-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.weekly.when')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.weekly.deals')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.weekly.monthly')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.weekly.weighted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, label, bucket }) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              <Table.Td ta="right">{bucket.deals}</Table.Td>
              <Table.Td ta="right">{format.money(bucket.monthlyValue, { compact: true })}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {format.money(bucket.weightedValue, { compact: true })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableCard>
  );
}

/**
 * The figures the api computes beyond the charts, as compact tables below them: conversions stage to
 * stage, time in each stage against its due time, capture of the rival's base, weighted forecast by week.
 */
export function DashboardTables({ dashboard }: { dashboard: PipelineDashboard }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Conversions conversions={dashboard.conversions} />
      <StageTimes stageTimes={dashboard.stageTimes} />
      <Capture capture={dashboard.capture} />
      <WeeklyForecast forecast={dashboard.forecast} timeZone={dashboard.timeZone} />
    </SimpleGrid>
  );
}
