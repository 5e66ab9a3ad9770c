import { useTranslation } from 'react-i18next';
import { WorkloadChart } from '../../../components/workload-chart';
import { useFormat } from '../../../lib/i18n/format';
import type { MigrationPlan } from '../api/use-migrations';
import { shutdownWeekIndex } from './shutdown-week';

/**
 * The plan's weeks, load against capacity (in their own chunk: recharts is heavy).
 */
export function MigrationPlanChart({ plan }: { plan: MigrationPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weeks = plan.weeks.map((w) => ({ week: format.shortDate(w.weekStart, plan.timeZone), load: w.load, capacity: w.capacity }));
  const shutdownWeek = shutdownWeekIndex(plan);
  return (
    <WorkloadChart
      weeks={weeks}
      shutdownWeek={shutdownWeek !== null ? weeks[shutdownWeek].week : null}
      labels={{ load: t('migrations.chart.load'), capacity: t('migrations.chart.capacity'), shutdown: t('migrations.chart.shutdown') }}
    />
  );
}

export default MigrationPlanChart;
