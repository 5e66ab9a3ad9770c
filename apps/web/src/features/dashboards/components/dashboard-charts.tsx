import '@mantine/charts/styles.css';
import { BarChart, FunnelChart } from '@mantine/charts';
import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkloadChart } from '../../../components/workload-chart';
import type { Stage } from '../../../gql/graphql';
import { compactMoney, major } from '../../../lib/charts/money-axis';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';
import { formatNumber, formatPercent } from './number-format';
import { WeeklyForecastChart } from './weekly-forecast-chart';

const STAGE_COLOR: Record<Stage, string> = {
  identified: 'harbour.2',
  contacted: 'harbour.4',
  proposal_sent: 'harbour.6',
  negotiating: 'harbour.8',
  won: 'teal.6',
  lost: 'gray.5',
};

/** Room for the longest stage's name beside its bars ("Proposition envoyée"). */
const STAGE_AXIS_WIDTH = 132;

function ChartCard({ id, title, subtitle, wide, children }: { id: string; title: string; subtitle?: string; wide?: boolean; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} padding="md" style={wide ? { gridColumn: '1 / -1' } : undefined}>
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
  const currency = dashboard.campaign.currency;
  const axisMoney = (value: number) => compactMoney(value, currency, format.language);

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
      <ChartCard id="weekly-forecast-title" title={t('dashboard.weekly.title')} subtitle={t('dashboard.weekly.subtitle')} wide>
        <WeeklyForecastChart forecast={dashboard.forecast} shutdownAt={dashboard.shutdown.shutdownExpectedAt ?? null} timeZone={dashboard.timeZone} />
      </ChartCard>

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
          h={300}
          mt="sm"
          data={stageValues}
          dataKey="stage"
          series={[
            { name: 'monthly', label: t('dashboard.stages.monthly'), color: 'harbour.6' },
            { name: 'weighted', label: t('dashboard.stages.weighted'), color: 'teal.5' },
          ]}
          valueFormatter={axisMoney}
          // Bars across, one stage a row: every stage named in full, at any width, without overlap.
          orientation="vertical"
          yAxisProps={{ width: STAGE_AXIS_WIDTH, interval: 0 }}
          xAxisProps={{ tickCount: 4 }}
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
            h={330}
            mt="sm"
            data={cycle}
            dataKey="bucket"
            series={[{ name: 'deals', label: t('dashboard.cycle.deals'), color: 'harbour.6' }]}
            // One row per bucket, each named as its button and its tooltip name it ("5–6 d"): no label is
            // skipped, so no bar sits between two labels that are not its own.
            orientation="vertical"
            tickLine="x"
            yAxisProps={{ width: 80, interval: 0 }}
            xAxisProps={{ allowDecimals: false }}
            // The target's line between the last bucket within the week and the first beyond it; named in the note below.
            referenceLines={targetBucket ? [{ y: bucketLabel(targetBucket), position: 'start', color: 'red.7', strokeWidth: 2, strokeDasharray: '4 3' }] : []}
            barProps={{
              onClick: (data) => openBucket((data.payload as { fromDays?: number } | undefined)?.fromDays),
              style: { cursor: 'pointer' },
            }}
          />
        )}
        {dashboard.cycleTime.measuredDeals > 0 && targetBucket && (
          <Text size="xs" c="red.8" mt={4}>
            {t('dashboard.cycle.targetLine', { bucket: bucketLabel(targetBucket) })}
          </Text>
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
