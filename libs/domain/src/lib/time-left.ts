const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long until a moment, in whole units: what every "time left until X" shows. */
export interface TimeLeft {
  /** Milliseconds until the moment; 0 or less once it has passed. */
  ms: number;
  /** Whole days left, rounded down: 11 days and 23 hours is 11 days, not 12. */
  days: number;
  /** Whole hours left past `days`. */
  hours: number;
  /** Whole minutes left past `hours`. */
  minutes: number;
  passed: boolean;
}

/**
 * The one rounding rule for "time left until X" (issue #20: the queue read "11 d 23 h", the rival's
 * page "12 days" and an urgency factor "13 days" for the same shutdown): every unit is counted down
 * whole, never rounded up, so a countdown in days agrees with one in days and hours. Once the moment
 * has passed, the same units count how long ago it was.
 */
export function timeLeft(until: Date | string | number, now: Date | number): TimeLeft {
  const ms = new Date(until).getTime() - new Date(now).getTime();
  const abs = Math.abs(ms);
  return {
    ms,
    days: Math.floor(abs / DAY_MS),
    hours: Math.floor((abs % DAY_MS) / HOUR_MS),
    minutes: Math.floor((abs % HOUR_MS) / MINUTE_MS),
    passed: ms <= 0,
  };
}

/** Whole days left until a moment by the same rule (0 once it is less than a day away or past). */
export function wholeDaysLeft(until: Date | string | number, now: Date | number): number {
  const left = timeLeft(until, now);
  return left.passed ? 0 : left.days;
}
