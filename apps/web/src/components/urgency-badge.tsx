import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface UrgencyFactorView {
  key: string;
  points: number;
}

function colorFor(score: number): string {
  if (score >= 70) return 'red';
  if (score >= 40) return 'orange';
  if (score >= 20) return 'yellow';
  return 'gray';
}

/** The 0–100 urgency score, with its factors (worded by useUrgencyWords) on hover and focus. */
export function UrgencyBadge({ score, factors = [] }: { score: number; factors?: string[] }) {
  const { t } = useTranslation();
  const label = t('queue.urgency', { score });
  const badge = (
    <Badge color={colorFor(score)} variant="filled" size="lg" radius="sm" aria-label={label} tabIndex={factors.length ? 0 : undefined}>
      {score}
    </Badge>
  );
  if (!factors.length) return badge;
  return (
    <Tooltip
      multiline
      w={260}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
      label={factors.join('\n')}
      style={{ whiteSpace: 'pre-line' }}
    >
      {badge}
    </Tooltip>
  );
}
