import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import type { MigrationPlan } from '../api/use-migrations';
import { shutdownWeekIndex } from './shutdown-week';

/**
 * The plan's weeks as the dashboard draws its forecast (in their own chunk: recharts is heavy):
 * the load planned each week in bars, the weekly capacity as a line, and a line at the week the
 * rival is expected to go dark.
 */
export function MigrationPlanChart({ plan }: { plan: MigrationPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weeks = plan.weeks.map((w) => ({ week: format.shortDate(w.weekStart, plan.timeZone), load: w.load, capacity: w.capacity }));
  const shutdownWeek = shutdownWeekIndex(plan);
  return (
    <CompositeChart
      h={250}
      mt="sm"
      data={weeks}
      dataKey="week"
      series={[
        { name: 'load', label: t('migrations.chart.load'), color: 'harbour.6', type: 'bar' },
        { name: 'capacity', label: t('migrations.chart.capacity'), color: 'orange.6', type: 'line' },
      ]}
      withLegend
      legendProps={{ verticalAlign: 'bottom', height: 30 }}
      tickLine="y"
      yAxisProps={{ allowDecimals: false }}
      referenceLines={
        shutdownWeek !== null
          ? [{ x: weeks[shutdownWeek].week, color: 'red.7', label: t('migrations.chart.shutdown'), labelPosition: 'insideTopLeft' }]
          : []
      }
    />
  );
}

export default MigrationPlanChart;
