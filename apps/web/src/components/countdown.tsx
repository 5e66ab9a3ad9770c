import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../lib/use-now';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 d 4 h", "3 h 12 min", "8 min": the time between now and `at`, coarse enough to read at a glance. */
export function useDurationLabel() {
  const { t } = useTranslation();
  return (ms: number) => {
    const abs = Math.abs(ms);
    if (abs >= DAY) return t('time.daysHours', { days: Math.floor(abs / DAY), hours: Math.floor((abs % DAY) / HOUR) });
    if (abs >= HOUR) return t('time.hoursMinutes', { hours: Math.floor(abs / HOUR), minutes: Math.floor((abs % HOUR) / MINUTE) });
    return t('time.minutes', { minutes: Math.max(1, Math.floor(abs / MINUTE)) });
  };
}

/**
 * A live countdown to `at`: "due in 3 h 12 min", then "overdue by 20 min" once past.
 * `future` and `past` are the sentences, given `{{duration}}`.
 */
export function Countdown({
  at,
  future,
  past,
  urgentWithinMs = DAY,
  ...textProps
}: { at: string; future: (duration: string) => string; past: (duration: string) => string; urgentWithinMs?: number } & TextProps) {
  const now = useNow();
  const duration = useDurationLabel();
  const left = new Date(at).getTime() - now.getTime();
  const late = left <= 0;
  const urgent = late || left <= urgentWithinMs;
  return (
    <Text size="sm" c={late ? 'red.8' : urgent ? 'orange.8' : 'dimmed'} fw={urgent ? 600 : undefined} {...textProps}>
      <time dateTime={at}>{late ? past(duration(left)) : future(duration(left))}</time>
    </Text>
  );
}
