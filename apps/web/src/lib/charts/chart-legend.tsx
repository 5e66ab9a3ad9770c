import { ColorSwatch, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A series as the legend names it: its key, its label, its Mantine colour ("harbour.7"). */
export interface LegendSeries {
  name: string;
  label: string;
  color: string;
}

/**
 * A chart's legend outside the chart (hidden from screen readers, which read the chart's table):
 * it wraps on a phone instead of spilling over or covering what follows. `children` adds entries
 * that are not series (a reference line).
 */
export function ChartLegend({ series, children }: { series: ReadonlyArray<LegendSeries>; children?: ReactNode }) {
  return (
    <Group gap="md" mt={4} wrap="wrap" justify="center" aria-hidden>
      {series.map((serie) => (
        <Group key={serie.name} gap={6} wrap="nowrap">
          <ColorSwatch color={`var(--mantine-color-${serie.color.replace('.', '-')})`} size={12} withShadow={false} />
          <Text size="sm">{serie.label}</Text>
        </Group>
      ))}
      {children}
    </Group>
  );
}
