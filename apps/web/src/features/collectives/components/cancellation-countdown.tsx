import { timeLeft } from '@lifeboat/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDurationLabel } from '../../../components/countdown';
import { useFormat } from '../../../lib/i18n/format';
import { useNow } from '../../../lib/use-now';

/** "Collective cancellations in 11 d 23 h, announced for 19 Dec 2026": its members' deadline, live. */
export function CancellationCountdown({ at, size = 'md' }: { at: string | null; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDurationLabel();
  const now = useNow();
  if (!at) {
    return (
      <Text size={size} c="dimmed">
        {t('collectives.noCancellation')}
      </Text>
    );
  }
  const left = timeLeft(at, now);
  const date = format.date(at);
  if (left.passed) {
    return (
      <Text size={size} fw={700} c="red.8">
        <time dateTime={at}>{t('collectives.cancellationPassed', { date })}</time>
      </Text>
    );
  }
  return (
    <Text size={size} fw={700} c={left.days < 14 ? 'red.8' : undefined}>
      <time dateTime={at}>{t('collectives.cancellationIn', { duration: duration(left.ms) })}</time>{' '}
      <Text span size={size} fw={400} c="dimmed">
        ({t('collectives.cancellationOn', { date })})
      </Text>
    </Text>
  );
}
