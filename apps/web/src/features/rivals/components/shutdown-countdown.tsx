import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysUntil, useFormat } from '../../../lib/i18n/format';

/** "Network may go dark in 12 days" — the number every rep and manager races against. */
export function ShutdownCountdown({ shutdownAt, now }: { shutdownAt: string | null; now: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!shutdownAt) return <Text c="dimmed" size="sm">{t('rivals.noShutdown')}</Text>;
  const days = daysUntil(shutdownAt, now);
  const date = format.date(shutdownAt);
  if (days <= 0) {
    return (
      <Text fw={700} c="red.8" className="countdown">
        {t('rivals.darkSince', { date })}
      </Text>
    );
  }
  return (
    <Text fw={700} c={days <= 14 ? 'red.8' : undefined} className="countdown">
      {t('rivals.darkIn', { count: days, date })}
    </Text>
  );
}
