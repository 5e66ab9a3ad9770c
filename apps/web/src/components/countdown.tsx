import { timeLeft } from '@lifeboat/shared';
import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../lib/use-now';

const DAY = 24 * 60 * 60_000;

/**
 * "2 d 4 h", "3 h 12 min", "8 min": the time between now and `at` (`ms` from now, negative once
 * past), coarse enough to read at a glance, by the one rounding rule of `timeLeft` (whole units,
 * never rounded up) that the rival's page and the urgency factors use too.
 */
export function useDurationLabel() {
  const { t } = useTranslation();
  return (ms: number) => {
    const left = timeLeft(ms, 0);
    if (left.days > 0) return t('time.daysHours', { days: left.days, hours: left.hours });
    if (left.hours > 0) return t('time.hoursMinutes', { hours: left.hours, minutes: left.minutes });
    return t('time.minutes', { minutes: Math.max(1, left.minutes) });
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
