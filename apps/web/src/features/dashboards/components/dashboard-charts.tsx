import '@mantine/charts/styles.css';
import { BarChart, FunnelChart } from '@mantine/charts';
import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkloadChart } from '../../../components/workload-chart';
import type { Stage } from '../../../gql/graphql';
import { intlLocale, useFormat, type MoneyValue } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';
import { formatNumber, formatPercent } from './number-format';

const STAGE_COLOR: Record<Stage, string> = {
  identified: 'harbour.2',
  contacted: 'harbour.4',
  proposal_sent: 'harbour.6',
  negotiating: 'harbour.8',
  won: 'teal.6',
  lost: 'gray.5',
};

/** Money in major units for a chart axis (charts plot numbers, not Money). */
function major(value: MoneyValue): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return value.amount / 10 ** digits;
}

function ChartCard({ id, title, subtitle, children }: { id: string; title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} padding="md">
      <Title order={2} size="h5" id={id}>
        {title}
      </Title>
      {subtitle && (
        <Text size="xs" c="dimmed">
          {subtitle}
        </Text>
      )}
      {children}
    </Card>
  );
}

type CycleBucket = PipelineDashboard['cycleTime']['buckets'][number];

interface Props {
  dashboard: PipelineDashboard;
  onStage: (stage: Stage) => void;
  /** A bar of the cycle-time histogram: its deals, with the bucket's label. */
  onCycleBucket: (bucket: CycleBucket, label: string) => void;
}

/**
 * The dashboard's charts, in their own chunk (recharts is heavy): funnel, value by stage, cycle
 * time against the one-week target, migration workload against capacity. A click on a stage or a
 * cycle-time bar opens its deals; the buttons under the funnel and the histogram do the same from
 * the keyboard.
 */
export function DashboardCharts({ dashboard, onStage, onCycleBucket }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  // Every stage named on a wide screen; on a phone recharts drops the labels that would overlap.
  const narrow = useMediaQuery('(max-width: 48em)');
  const currency = dashboard.campaign.currency;
  const compactMoney = (value: number) =>
    new Intl.NumberFormat(intlLocale(format.language), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);

  const funnel = dashboard.stages
    .filter((s) => s.stage !== 'lost')
    .map((s) => ({ key: s.stage, name: t(`domain.stage.${s.stage}`), value: s.deals, color: STAGE_COLOR[s.stage] }));
  const stageValues = dashboard.stages.map((s) => ({
    key: s.stage,
    stage: t(`domain.stage.${s.stage}`),
    monthly: major(s.monthlyValue),
    weighted: major(s.weightedValue),
  }));
  const bucketLabel = (b: CycleBucket) =>
    b.toDays === null ? t('dashboard.cycle.lastBucket', { from: b.fromDays }) : t('dashboard.cycle.bucket', { from: b.fromDays, to: b.toDays });
  const cycle = dashboard.cycleTime.buckets.map((b) => ({ bucket: bucketLabel(b), deals: b.deals, fromDays: b.fromDays }));
  const openBucket = (fromDays: number | undefined) => {
    const bucket = dashboard.cycleTime.buckets.find((b) => b.fromDays === fromDays);
    if (bucket) onCycleBucket(bucket, bucketLabel(bucket));
  };
  const targetDays = Math.round(dashboard.cycleTime.targetHours / 24);
  const targetBucket = dashboard.cycleTime.buckets.find((b) => b.fromDays === targetDays);
  // Like with like: the workload the migration plan cuts over each week against the weekly capacity,
  // both in workload units (the weighted forecast, in money, is in its own table below the charts).
  const weeks = dashboard.forecast.weeks.map((w) => ({
    week: format.shortDate(w.weekStart, dashboard.timeZone),
    load: w.plannedWorkload,
    capacity: w.migrationCapacity,
  }));
  const lastWeek = weeks[weeks.length - 1];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard id="funnel-title" title={t('dashboard.funnel.title')} subtitle={t('dashboard.funnel.hint')}>
        <FunnelChart
          data={funnel}
          h={190}
          mt="sm"
          withLabels
          labelsPosition="right"
          withTooltip
          funnelProps={{ onClick: (_data, index) => funnel[index] && onStage(funnel[index].key), style: { cursor: 'pointer' } }}
        />
        <Group gap={6} mt="sm" role="group" aria-label={t('dashboard.funnel.stages')}>
          {dashboard.stages.map((s) => (
            <Button key={s.stage} size="compact-xs" variant="light" color={s.stage === 'lost' ? 'gray' : 'harbour'} onClick={() => onStage(s.stage)}>
              {t('dashboard.funnel.open', { stage: t(`domain.stage.${s.stage}`), count: s.deals })}
            </Button>
          ))}
        </Group>
      </ChartCard>

      <ChartCard id="stage-values-title" title={t('dashboard.stages.title')}>
        <BarChart
          h={250}
          mt="sm"
          data={stageValues}
          dataKey="stage"
          series={[
            { name: 'monthly', label: t('dashboard.stages.monthly'), color: 'harbour.6' },
            { name: 'weighted', label: t('dashboard.stages.weighted'), color: 'teal.5' },
          ]}
          valueFormatter={compactMoney}
          xAxisProps={{ interval: narrow ? 'preserveStartEnd' : 0 }}
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 30 }}
          tickLine="y"
          barProps={{
            onClick: (data) => {
              const key = (data.payload as { key?: Stage } | undefined)?.key;
              if (key) onStage(key);
            },
            style: { cursor: 'pointer' },
          }}
        />
      </ChartCard>

      <ChartCard
        id="cycle-title"
        title={t('dashboard.cycle.title')}
        subtitle={
          dashboard.cycleTime.medianHours !== null && dashboard.cycleTime.withinTargetShare !== null
            ? `${t('dashboard.cycle.subtitle')} · ${t('dashboard.cycle.median', {
                days: formatNumber(dashboard.cycleTime.medianHours / 24, format.language, 1),
                share: formatPercent(dashboard.cycleTime.withinTargetShare, format.language),
              })}`
            : t('dashboard.cycle.subtitle')
        }
      >
        {dashboard.cycleTime.measuredDeals === 0 ? (
          <Text size="sm" c="dimmed" mt="sm">
            {t('dashboard.cycle.noData')}
          </Text>
        ) : (
          <BarChart
            h={230}
            mt="sm"
            data={cycle}
            dataKey="bucket"
            series={[{ name: 'deals', label: t('dashboard.cycle.deals'), color: 'harbour.6' }]}
            tickLine="y"
            yAxisProps={{ allowDecimals: false }}
            referenceLines={
              targetBucket
                ? [{ x: bucketLabel(targetBucket), position: 'start', color: 'red.7', label: t('dashboard.cycle.target'), labelPosition: 'insideTopLeft' }]
                : []
            }
            barProps={{
              onClick: (data) => openBucket((data.payload as { fromDays?: number } | undefined)?.fromDays),
              style: { cursor: 'pointer' },
            }}
          />
        )}
        {dashboard.cycleTime.measuredDeals > 0 && (
          <Group gap={6} mt="sm" role="group" aria-label={t('dashboard.cycle.buckets')}>
            {dashboard.cycleTime.buckets
              .filter((b) => b.deals > 0)
              .map((b) => (
                <Button key={b.fromDays} size="compact-xs" variant="light" onClick={() => onCycleBucket(b, bucketLabel(b))}>
                  {t('dashboard.cycle.open', { bucket: bucketLabel(b), count: b.deals })}
                </Button>
              ))}
          </Group>
        )}
      </ChartCard>

      <ChartCard id="forecast-title" title={t('dashboard.forecast.title')} subtitle={t('dashboard.forecast.subtitle')}>
        {weeks.length === 0 ? (
          <Text size="sm" c="dimmed" mt="sm">
            {t('dashboard.forecast.empty')}
          </Text>
        ) : (
          <WorkloadChart
            weeks={weeks}
            shutdownWeek={dashboard.forecast.untilShutdown && lastWeek ? lastWeek.week : null}
            labels={{
              load: t('dashboard.forecast.planned'),
              capacity: t('dashboard.forecast.capacity'),
              shutdown: t('dashboard.forecast.shutdown'),
              axis: t('dashboard.forecast.axis'),
            }}
            // Its two labels name their unit: room for them on two lines.
            h={272}
            legendHeight={52}
          />
        )}
      </ChartCard>
    </SimpleGrid>
  );
}

export default DashboardCharts;
