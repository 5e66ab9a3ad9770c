import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { IconChartLine, IconHourglassHigh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';

const HEALTH_COLOR: Record<PipelineDashboard['shutdown']['health'], string> = {
  operating: 'gray',
  distressed: 'yellow',
  insolvent: 'orange',
  liquidating: 'red',
  shut_down: 'dark',
};

/**
 * The number the whole team races against: how long before the rival's network goes dark, and the
 * way to the race's forecast (will we make it?) when `forecastHref` is given.
 */
export function ShutdownCard({ shutdown, timeZone, forecastHref }: { shutdown: PipelineDashboard['shutdown']; timeZone: string; forecastHref?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rival = shutdown.rival.name;
  const { daysLeft, shutdownExpectedAt } = shutdown;
  let figure: string | null = null;
  let sentence: string;
  if (daysLeft === null || !shutdownExpectedAt) {
    sentence = t('dashboard.countdown.noDate', { rival });
  } else if (daysLeft <= 0) {
    sentence = t('dashboard.countdown.darkSince', { rival, date: format.date(shutdownExpectedAt, timeZone) });
  } else {
    figure =
      daysLeft >= 2
        ? t('dashboard.countdown.days', { count: Math.floor(daysLeft) })
        : t('dashboard.countdown.hours', { count: Math.max(1, Math.floor(daysLeft * 24)) });
    sentence = t('dashboard.countdown.left', { rival, date: format.dateTime(shutdownExpectedAt, timeZone) });
  }
  const urgent = daysLeft !== null && daysLeft <= 14;
  return (
    <Card component="section" aria-labelledby="countdown-title" h="100%" padding="md">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Group gap={6} wrap="nowrap">
          <IconHourglassHigh size={18} aria-hidden />
          <Title order={2} size="h5" id="countdown-title">
            {t('dashboard.countdown.title')}
          </Title>
        </Group>
        <Badge color={HEALTH_COLOR[shutdown.health]} variant="light" style={{ flexShrink: 0 }}>
          {t(`rivals.health.${shutdown.health}`)}
        </Badge>
      </Group>
      {figure && (
        <Text fz={40} fw={750} lh={1.1} mt="sm" c={urgent ? 'red.8' : undefined} data-testid="countdown-figure">
          {figure}
        </Text>
      )}
      <Text size="sm" mt={figure ? 4 : 'sm'} fw={figure ? undefined : 700} c={figure ? 'dimmed' : 'red.8'}>
        {sentence}
      </Text>
      {forecastHref && (
        <Anchor component={Link} to={forecastHref} size="sm" mt="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <IconChartLine size={16} aria-hidden />
          {t('dashboard.forecastLink')}
        </Anchor>
      )}
    </Card>
  );
}
