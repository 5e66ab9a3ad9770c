import { BarChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ChartLegend } from '../../../lib/charts/chart-legend';
import { compactMoney, major } from '../../../lib/charts/money-axis';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';
import { STACK_QUERY, StackedTable } from './stacked-table';

type Forecast = PipelineDashboard['forecast'];
/** What a bar or a row counts: a week's or another bucket's deals and values. */
type Bucket = Pick<Forecast['beyondHorizon'], 'deals' | 'monthlyValue' | 'weightedValue'>;

/** One bar of the chart, one row of its table. */
export interface ForecastBar {
  key: string;
  /** The bar's name on the axis. */
  label: string;
  /** Its row's name in the table ("Week of 7 Dec"). */
  rowLabel: string;
  kind: 'overdue' | 'ahead' | 'after';
  bucket: Bucket;
}

/**
 * The bars, in time order: the deals whose expected date has passed (their own bar, not a past week),
 * then each week from the current one to the shutdown week, then what is expected after the shutdown
 * (past the line). Deals without a date are no bar: they are said below the chart and listed in the table.
 */
export function forecastBars(
  forecast: Forecast,
  timeZone: string,
  t: TFunction,
  shortDate: (iso: string, timeZone?: string) => string,
): ForecastBar[] {
  return [
    ...(forecast.overdue.deals > 0
      ? [{ key: 'overdue', label: t('dashboard.weekly.overdue'), rowLabel: t('dashboard.weekly.overdueRow'), kind: 'overdue' as const, bucket: forecast.overdue }]
      : []),
    ...forecast.weeks.map((w, i) => {
      const date = shortDate(w.weekStart, timeZone);
      return {
        key: w.weekStart,
        label: i === 0 ? t('dashboard.weekly.thisWeek') : date,
        rowLabel: i === 0 ? t('dashboard.weekly.thisWeekRow', { date }) : t('dashboard.weekly.week', { date }),
        kind: 'ahead' as const,
        bucket: w,
      };
    }),
    ...(forecast.beyondHorizon.deals > 0 || forecast.untilShutdown
      ? [
          {
            key: 'beyond',
            label: t(forecast.untilShutdown ? 'dashboard.weekly.afterShutdown' : 'dashboard.weekly.later'),
            rowLabel: t(forecast.untilShutdown ? 'dashboard.weekly.afterShutdown' : 'dashboard.weekly.later'),
            kind: forecast.untilShutdown ? ('after' as const) : ('ahead' as const),
            bucket: forecast.beyondHorizon,
          },
        ]
      : []),
  ];
}

/**
 * The weighted forecast as bars, week by week up to the rival's shutdown, with the shutdown as a
 * labelled vertical line (its label above the bars, covering none); the overdue deals in their own red
 * bar; the figures also as a table (folded) for screen readers and exact numbers.
 */
export function WeeklyForecastChart({ forecast, shutdownAt, timeZone }: { forecast: Forecast; shutdownAt: string | null; timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const narrow = useMediaQuery(STACK_QUERY);
  const currency = forecast.overdue.weightedValue.currency;
  const axisMoney = (value: number) => compactMoney(value, currency, format.language);
  const bars = forecastBars(forecast, timeZone, t, format.shortDate);
  const data = bars.map((b) => ({ key: b.key, label: b.label, [b.kind]: major(b.bucket.weightedValue) }));
  const shutdownWeek = forecast.untilShutdown ? bars.filter((b) => b.key !== 'beyond' && b.key !== 'overdue').at(-1) : undefined;
  const series = [
    { name: 'overdue', label: t('dashboard.weekly.seriesOverdue'), color: 'red.7' },
    { name: 'ahead', label: t(forecast.untilShutdown ? 'dashboard.weekly.seriesAhead' : 'dashboard.weekly.seriesExpected'), color: 'harbour.6' },
    ...(forecast.untilShutdown ? [{ name: 'after', label: t('dashboard.weekly.seriesAfter'), color: 'gray.5' }] : []),
  ];
  const rows = [
    ...bars,
    ...(forecast.unscheduled.deals > 0 ? [{ key: 'unscheduled', label: '', rowLabel: t('dashboard.weekly.unscheduled'), kind: 'ahead' as const, bucket: forecast.unscheduled }] : []),
  ];
  return (
    <>
      <BarChart
        h={250}
        mt="sm"
        data={data}
        dataKey="label"
        type="stacked"
        series={series}
        valueFormatter={axisMoney}
        // Every bar named when they are few (a name wraps to its bar's width); many weeks: the first and the last.
        xAxisProps={{
          interval: bars.length <= (narrow ? 5 : 12) ? 0 : 'preserveStartEnd',
          tick: { transform: 'translate(0, 10)', fontSize: 12, fill: 'currentColor', width: narrow ? 56 : 96 },
          height: 44,
        }}
        tickLine="y"
        // Room above the bars for the shutdown's label, so that it covers none.
        barChartProps={{ margin: { top: 24, right: 12 } }}
        referenceLines={
          shutdownWeek
            ? [
                {
                  x: shutdownWeek.label,
                  position: 'end',
                  color: 'red.7',
                  strokeWidth: 2,
                  label: {
                    value: shutdownAt ? t('dashboard.weekly.shutdownOn', { date: format.shortDate(shutdownAt, timeZone) }) : t('dashboard.weekly.shutdown'),
                    position: 'top',
                    textAnchor: 'end',
                    fontWeight: 700,
                  },
                },
              ]
            : []
        }
      />
      <ChartLegend series={series} />
      {forecast.unscheduled.deals > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('dashboard.weekly.noDate', { count: forecast.unscheduled.deals, weighted: format.money(forecast.unscheduled.weightedValue, { compact: true }) })}
        </Text>
      )}
      <Box component="details" mt="xs">
        <Text component="summary" size="sm" c="harbour.7" style={{ cursor: 'pointer' }}>
          {t('dashboard.weekly.asTable')}
        </Text>
        <Box mt="xs">
          <StackedTable
            labelledBy="weekly-forecast-title"
            rows={rows}
            rowKey={(r) => r.key}
            rowHeader={{ header: t('dashboard.weekly.when'), cell: (r) => r.rowLabel }}
            columns={[
              { key: 'deals', header: t('dashboard.weekly.deals'), numeric: true, cell: (r) => r.bucket.deals },
              { key: 'monthly', header: t('dashboard.weekly.monthly'), numeric: true, cell: (r) => format.money(r.bucket.monthlyValue, { compact: true }) },
              {
                key: 'weighted',
                header: t('dashboard.weekly.weighted'),
                numeric: true,
                cell: (r) => format.money(r.bucket.weightedValue, { compact: true }),
                stress: (r) => ({ c: r.kind === 'overdue' ? 'red.8' : undefined, fw: 600 }),
              },
            ]}
          />
        </Box>
      </Box>
    </>
  );
}
