import { addCalendarDays, isBusinessDay, startOfLocalDay } from '@lifeboat/domain';

/**
 * The moment `hours` business hours after `from` in `timeZone`: time passes only on business
 * days (Monday to Friday, local), whole days counted, so a deal due Friday 23:59 local reaches
 * its escalation Monday early morning, not Saturday.
 */
export function addBusinessHours(from: Date, hours: number, timeZone: string): Date {
  let remaining = hours * 3_600_000;
  let cursor = from;
  for (let guard = 0; remaining > 0 && guard < 1000; guard += 1) {
    const nextDay = addCalendarDays(startOfLocalDay(cursor, timeZone), 1, timeZone);
    if (!isBusinessDay(cursor, timeZone)) {
      cursor = nextDay;
      continue;
    }
    const step = Math.min(remaining, nextDay.getTime() - cursor.getTime());
    remaining -= step;
    cursor = new Date(cursor.getTime() + step);
  }
  return cursor;
}
