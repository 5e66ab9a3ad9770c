import { timeLeft } from '@lifeboat/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDurationLabel } from '../../../components/countdown';
import { useFormat } from '../../../lib/i18n/format';

/** "Network may go dark in 11 d 23 h" — the number every rep and manager races against, counted as the queue counts it. */
export function ShutdownCountdown({ shutdownAt, now }: { shutdownAt: string | null; now: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDurationLabel();
  if (!shutdownAt) return <Text c="dimmed" size="sm">{t('rivals.noShutdown')}</Text>;
  const left = timeLeft(shutdownAt, now);
  const date = format.date(shutdownAt);
  if (left.passed) {
    return (
      <Text fw={700} c="red.8" className="countdown">
        {t('rivals.darkSince', { date })}
      </Text>
    );
  }
  return (
    <Text fw={700} c={left.days < 14 ? 'red.8' : undefined} className="countdown">
      {t('rivals.darkIn', { duration: duration(left.ms), date })}
    </Text>
  );
}
