import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';

export interface WorkloadWeek {
  /** The week's label on the axis. */
  week: string;
  /** Workload units cut over that week. */
  load: number;
  /** Workload units the team can cut over in a week. */
  capacity: number;
}

/**
 * Migration workload per week in bars against the weekly capacity as a line, both in workload units,
 * with a line at the week the rival is expected to go dark: the dashboard's forecast and the
 * migrations page draw the same picture. recharts is heavy: import this from a lazily loaded chunk.
 */
export function WorkloadChart({
  weeks,
  shutdownWeek,
  labels,
  h = 250,
  legendHeight = 30,
}: {
  weeks: WorkloadWeek[];
  /** The `week` label of the week holding the shutdown; none: no line. */
  shutdownWeek: string | null;
  labels: { load: string; capacity: string; shutdown: string };
  h?: number;
  /** Room for the legend (two lines need about 52). */
  legendHeight?: number;
}) {
  return (
    <CompositeChart
      h={h}
      mt="sm"
      data={weeks}
      dataKey="week"
      series={[
        { name: 'load', label: labels.load, color: 'harbour.6', type: 'bar' },
        { name: 'capacity', label: labels.capacity, color: 'orange.6', type: 'line' },
      ]}
      withLegend
      legendProps={{ verticalAlign: 'bottom', height: legendHeight }}
      tickLine="y"
      yAxisProps={{ allowDecimals: false }}
      // The shutdown's label sits above the plot, ending at its line: it covers no bar (the units are in the legend).
      composedChartProps={{ margin: { top: 22 } }}
      referenceLines={
        shutdownWeek !== null
          ? [{ x: shutdownWeek, color: 'red.7', strokeWidth: 2, label: { value: labels.shutdown, position: 'top', textAnchor: 'end', fontWeight: 700 } }]
          : []
      }
    />
  );
}
