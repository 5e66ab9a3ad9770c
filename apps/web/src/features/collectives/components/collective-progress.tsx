import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CollectiveSummary } from '../api/use-collectives';

const STATES = [
  { key: 'won', color: 'green.7' },
  { key: 'pending', color: 'harbour.5' },
  { key: 'lost', color: 'gray.6' },
  { key: 'untouched', color: 'yellow.5' },
] as const;

/**
 * Members won, pending, lost and untouched, as parts of the count the collective claims (or of
 * the linked members, when more are linked than it claims); the rest of the bar is not linked yet.
 */
export function CollectiveProgress({ progress, compact = false }: { progress: CollectiveSummary['progress']; compact?: boolean }) {
  const { t } = useTranslation();
  const whole = Math.max(progress.claimed, progress.linked, 1);
  const notLinked = Math.max(progress.claimed - progress.linked, 0);
  return (
    <Stack gap={6}>
      <Progress.Root size={compact ? 'md' : 'xl'} aria-label={t('collectives.progress.label')}>
        {STATES.map(({ key, color }) =>
          progress[key] > 0 ? (
            <Progress.Section key={key} value={(progress[key] / whole) * 100} color={color} aria-label={`${t(`collectives.state.${key}`)}: ${progress[key]}`} />
          ) : null,
        )}
      </Progress.Root>
      <Group gap="md" wrap="wrap" role="list">
        {STATES.map(({ key, color }) => (
          <Group key={key} gap={6} wrap="nowrap" role="listitem">
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, flexShrink: 0, background: `var(--mantine-color-${color.replace('.', '-')})` }} aria-hidden />
            <Text size="sm">
              {t(`collectives.state.${key}`)} <strong>{progress[key]}</strong>
            </Text>
          </Group>
        ))}
        {!compact && (
          <Text size="sm" c="dimmed">
            {t('collectives.progress.notLinked', { count: notLinked })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
