import { BarChart } from '@mantine/charts';
import { Box, Group, Text } from '@mantine/core';
import { ChartLegend } from '../../../lib/charts/chart-legend';
import { useTranslation } from 'react-i18next';
import { intlLocale, useFormat } from '../../../lib/i18n/format';

export interface MonthFigures {
  month: string;
  minutes: number;
  elapsedMinutes: number;
  weightedDowntimeMinutes: number;
  availabilityPercent: number;
  allowedDowntimeMinutes: number | null;
  shortfallMinutes: number | null;
}

/** "2026-04" → "Apr 2026" / "avr. 2026", in the reader's language. */
export function useMonthLabel() {
  const { i18n } = useTranslation();
  return (month: string, style: 'short' | 'long' = 'short') => {
    const [y, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(intlLocale(i18n.language), { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
  };
}

/** A percentage with up to 3 decimals, the reader's way ("99,875 %" in French). */
export function usePercent() {
  const { i18n } = useTranslation();
  return (value: number) => new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 3 }).format(value / 100);
}

/** Minutes with up to 2 decimals, the reader's way. */
export function useMinutes() {
  const { i18n } = useTranslation();
  return (value: number) => new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 2 }).format(value);
}

/**
 * Availability by calendar month as bars, the claimed availability as a red line across them; a
 * month short of the claim is drawn red. The axis starts just below the lowest figure, so that a
 * fraction of a percent shows.
 */
export function AvailabilityChart({ months, claimed, labelledBy }: { months: readonly MonthFigures[]; claimed: number | null; labelledBy: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const monthLabel = useMonthLabel();
  const percent = usePercent();
  const data = months.map((m) => ({
    label: monthLabel(m.month),
    met: m.shortfallMinutes ? null : m.availabilityPercent,
    short: m.shortfallMinutes ? m.availabilityPercent : null,
  }));
  const series = [
    { name: 'met', label: t('outages.chart.met'), color: 'harbour.6' },
    { name: 'short', label: t('outages.chart.short'), color: 'red.7' },
  ];
  const lowest = Math.min(...months.map((m) => m.availabilityPercent), claimed ?? 100);
  // A floor a little under the lowest value, on a round step.
  const floor = Math.max(0, Math.floor((lowest - Math.max(0.05, (100 - lowest) * 0.5)) * 20) / 20);
  return (
    <Box role="img" aria-labelledby={labelledBy} aria-describedby={`${labelledBy}-claim`}>
      <BarChart
        h={220}
        data={data}
        dataKey="label"
        type="stacked"
        series={series}
        yAxisProps={{ domain: [floor, 100], allowDataOverflow: true, width: 72 }}
        valueFormatter={(v) => percent(v)}
        tickLine="y"
        barChartProps={{ margin: { top: 20, right: 12 } }}
        xAxisProps={{ interval: 'preserveStartEnd', tick: { fontSize: 12, fill: 'currentColor' } }}
        referenceLines={claimed === null ? [] : [{ y: claimed, color: 'red.8', strokeWidth: 2, strokeDasharray: '6 3' }]}
      />
      <ChartLegend series={series}>
        {claimed !== null && (
          <Group gap={6} wrap="nowrap">
            <Box w={18} style={{ borderTop: '2px dashed var(--mantine-color-red-8)' }} />
            <Text size="sm">{t('outages.chart.claimLine', { value: percent(claimed) })}</Text>
          </Group>
        )}
      </ChartLegend>
      <Text id={`${labelledBy}-claim`} size="xs" c="dimmed" mt={4}>
        {claimed === null ? t('outages.chart.noClaim') : t('outages.chart.claim', { value: percent(claimed), n: format.number(months.length) })}
      </Text>
    </Box>
  );
}
