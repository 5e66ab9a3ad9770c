import { LineChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import { STACK_QUERY, StackedTable } from '../../dashboards';
import { useMediaQuery } from '@mantine/hooks';
import type { RaceForecastScenario } from '../api/use-race-forecast';
import { ChartLegend } from '../../../lib/charts/chart-legend';
import { compactMoney, toMajor } from '../../../lib/charts/money-axis';

/**
 * One scenario's race week by week: spend migrated in time (P10, P50, P90: the band) and spend signed
 * (P50), cumulative; the same figures as a folded table (exact amounts, screen readers).
 */
export function ForecastChart({ scenario, timeZone, currency, titleId }: { scenario: RaceForecastScenario; timeZone: string; currency: string; titleId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const narrow = useMediaQuery(STACK_QUERY);
  const data = scenario.weeks.map((w) => ({
    week: format.shortDate(w.weekStart, timeZone),
    won: toMajor(w.spendWon.p50.amount, currency),
    p10: toMajor(w.spendMigrated.p10.amount, currency),
    p50: toMajor(w.spendMigrated.p50.amount, currency),
    p90: toMajor(w.spendMigrated.p90.amount, currency),
  }));
  const series = [
    { name: 'won', label: t('forecast.chart.won'), color: 'gray.6', strokeDasharray: '2 3' },
    { name: 'p90', label: t('forecast.chart.p90'), color: 'teal.4', strokeDasharray: '6 4' },
    { name: 'p50', label: t('forecast.chart.p50'), color: 'harbour.7' },
    { name: 'p10', label: t('forecast.chart.p10'), color: 'orange.6', strokeDasharray: '6 4' },
  ];
  const money = (amount: number) => format.money({ amount, currency }, { compact: true });
  return (
    <>
      <LineChart
        h={narrow ? 220 : 260}
        mt="sm"
        data={data}
        dataKey="week"
        series={series}
        curveType="monotone"
        withLegend={false}
        valueFormatter={(v) => compactMoney(v, currency, format.language)}
        yAxisProps={{ width: 70 }}
        xAxisProps={{ interval: data.length <= (narrow ? 5 : 10) ? 0 : 'preserveStartEnd', tick: { fontSize: 12, fill: 'currentColor' } }}
        lineChartProps={{ margin: { top: 8, right: 28, left: 4 } }}
      />
      <ChartLegend series={series} />
      <Box component="details" mt="xs">
        <Text component="summary" size="sm" c="harbour.7" style={{ cursor: 'pointer' }}>
          {t('forecast.chart.asTable')}
        </Text>
        <Box mt="xs">
          <StackedTable
            labelledBy={titleId}
            rows={scenario.weeks}
            perLine={1}
            rowKey={(w) => w.weekStart}
            rowHeader={{ header: t('forecast.chart.week'), cell: (w) => t('forecast.chart.weekOf', { date: format.shortDate(w.weekStart, timeZone) }) }}
            columns={[
              { key: 'won', header: t('forecast.chart.wonRange'), numeric: true, cell: (w) => `${money(w.spendWon.p10.amount)} · ${money(w.spendWon.p50.amount)} · ${money(w.spendWon.p90.amount)}` },
              {
                key: 'migrated',
                header: t('forecast.chart.migratedRange'),
                numeric: true,
                cell: (w) => `${money(w.spendMigrated.p10.amount)} · ${money(w.spendMigrated.p50.amount)} · ${money(w.spendMigrated.p90.amount)}`,
              },
            ]}
          />
        </Box>
      </Box>
    </>
  );
}

export default ForecastChart;
