import * as fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  DAY_MS,
  fromLocalMs,
  isBusinessDay,
  latestBusinessMomentAtOrBefore,
  localWeekday,
  startOfLocalDay,
  startOfLocalWeek,
  subtractBusinessDays,
  toLocalMs,
} from './business-calendar';
import { DomainRuleError } from './domain-error';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);

describe('business days in Paris across the spring-forward weekend of 2026', () => {
  it('Friday 27 March 10:00 + 1 business day is Monday 30 March 10:00 Paris, which is 08:00Z, not 09:00Z', () => {
    const friday = at('2026-03-27T10:00:00+01:00');
    expect(friday.toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(addBusinessDays(friday, 1, PARIS).toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('Friday 23 October 10:00 + 1 business day is Monday 26 October 10:00 Paris, 09:00Z after the autumn change', () => {
    expect(addBusinessDays(at('2026-10-23T10:00:00+02:00'), 1, PARIS).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('adds whole weeks and a remainder: Wednesday + 7 business days is the Friday of the next week', () => {
    expect(addBusinessDays(at('2026-03-25T16:30:00+01:00'), 7, PARIS).toISOString()).toBe('2026-04-03T14:30:00.000Z');
  });

  it('adding 0 business days on a weekday returns the same instant', () => {
    const tuesday = at('2026-03-24T08:15:00+01:00');
    expect(addBusinessDays(tuesday, 0, PARIS)).toEqual(tuesday);
  });
});

describe('a deal entering a stage on a weekend counts from Monday 00:00 local', () => {
  it('Saturday 15:00 + 2 business days is Wednesday 00:00 (Monday and Tuesday have passed)', () => {
    expect(addBusinessDays(at('2026-03-28T15:00:00+01:00'), 2, PARIS).toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('Sunday 23:00 + 0 business days is Monday 00:00', () => {
    expect(addBusinessDays(at('2026-03-29T23:00:00+02:00'), 0, PARIS).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('a Saturday evening in Paris is already Sunday in UTC, and the Paris calendar is the one that counts', () => {
    const saturdayNight = at('2026-03-28T23:30:00+01:00'); // 22:30Z Saturday; Paris Saturday
    expect(localWeekday(saturdayNight, PARIS)).toBe(6);
    expect(localWeekday(at('2026-03-29T23:30:00+02:00'), 'Asia/Tokyo')).toBe(1);
  });
});

describe('isBusinessDay', () => {
  it('is true Monday to Friday and false on Saturday and Sunday, in local time', () => {
    expect(isBusinessDay(at('2026-03-27T23:59:59+01:00'), PARIS)).toBe(true);
    expect(isBusinessDay(at('2026-03-28T00:00:00+01:00'), PARIS)).toBe(false);
    expect(isBusinessDay(at('2026-03-29T12:00:00+02:00'), PARIS)).toBe(false);
    expect(isBusinessDay(at('2026-03-30T00:00:00+02:00'), PARIS)).toBe(true);
    // 23:30Z on a Friday is Saturday 08:30 in Tokyo.
    expect(isBusinessDay(at('2026-03-27T23:30:00Z'), 'Asia/Tokyo')).toBe(false);
  });

  it('refuses an unknown time zone or an invalid date', () => {
    expect(() => isBusinessDay(at('2026-03-27T10:00:00Z'), 'Mars/Olympus')).toThrow(DomainRuleError);
    expect(() => isBusinessDay(at('2026-03-27T10:00:00Z'), '')).toThrow(/IANA time zone/);
    expect(() => isBusinessDay(new Date(Number.NaN), PARIS)).toThrow(/valid date/);
  });
});

describe('businessDaysBetween counts whole business days elapsed', () => {
  const friday10 = at('2026-03-27T10:00:00+01:00');

  it('Friday 10:00 → Monday 09:59 is 0, → Monday 10:00 is 1 (across the DST change)', () => {
    expect(businessDaysBetween(friday10, at('2026-03-30T09:59:00+02:00'), PARIS)).toBe(0);
    expect(businessDaysBetween(friday10, at('2026-03-30T10:00:00+02:00'), PARIS)).toBe(1);
  });

  it('is negative when the second instant comes first', () => {
    expect(businessDaysBetween(at('2026-04-03T10:00:00+02:00'), friday10, PARIS)).toBe(-5);
  });

  it('is 0 for the same instant and counts weeks', () => {
    expect(businessDaysBetween(friday10, friday10, PARIS)).toBe(0);
    expect(businessDaysBetween(friday10, at('2026-05-08T10:00:00+02:00'), PARIS)).toBe(30);
  });

  it('refuses invalid dates', () => {
    expect(() => businessDaysBetween(new Date(Number.NaN), friday10, PARIS)).toThrow(DomainRuleError);
  });
});

describe('calendar helpers', () => {
  it('addCalendarDays keeps the wall-clock time across DST, forwards and backwards', () => {
    expect(addCalendarDays(at('2026-03-28T09:00:00+01:00'), 2, PARIS).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(addCalendarDays(at('2026-03-30T09:00:00+02:00'), -2, PARIS).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(() => addCalendarDays(at('2026-03-30T09:00:00Z'), 1.5, PARIS)).toThrow(/whole number/);
  });

  it('a wall-clock time inside the spring-forward gap moves past the jump; an ambiguous one takes its first occurrence', () => {
    const gap = Date.UTC(2026, 2, 29, 2, 30); // 02:30 Paris does not exist on 29 March 2026
    expect(fromLocalMs(gap, PARIS).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    const overlap = Date.UTC(2026, 9, 25, 2, 30); // 02:30 Paris happens twice on 25 October 2026
    expect(fromLocalMs(overlap, PARIS).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
  });

  it('startOfLocalDay and startOfLocalWeek use local midnight and Monday', () => {
    expect(startOfLocalDay(at('2026-03-29T20:00:00+02:00'), PARIS).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalWeek(at('2026-03-29T20:00:00+02:00'), PARIS).toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(startOfLocalWeek(at('2026-03-30T00:00:00+02:00'), PARIS).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('latestBusinessMomentAtOrBefore keeps a weekday and moves a weekend back to Friday 23:59:59.999 local', () => {
    const wednesday = at('2026-03-25T12:00:00+01:00');
    expect(latestBusinessMomentAtOrBefore(wednesday, PARIS)).toEqual(wednesday);
    expect(latestBusinessMomentAtOrBefore(at('2026-03-29T14:00:00+02:00'), PARIS).toISOString()).toBe('2026-03-27T22:59:59.999Z');
    expect(latestBusinessMomentAtOrBefore(at('2026-03-28T00:00:00+01:00'), PARIS).toISOString()).toBe('2026-03-27T22:59:59.999Z');
  });

  it('refuses a negative or fractional number of business days', () => {
    expect(() => addBusinessDays(at('2026-03-27T10:00:00Z'), -1, PARIS)).toThrow(DomainRuleError);
    expect(() => addBusinessDays(at('2026-03-27T10:00:00Z'), 0.5, PARIS)).toThrow(/whole number/);
  });
});

describe('properties of the business calendar', () => {
  const zones = fc.constantFrom('Europe/Paris', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney');
  const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });
  const dayTime = (instant: Date, zone: string) => ((toLocalMs(instant, zone) % DAY_MS) + DAY_MS) % DAY_MS;

  it('addBusinessDays always lands on a business day and keeps the local wall-clock time (00:00 from a weekend)', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 400 }), zones, (from, days, zone) => {
        // Keep clear of the small hours, where some zones (Sydney, New York) jump their clocks.
        fc.pre(dayTime(from, zone) >= 4 * 3_600_000);
        const result = addBusinessDays(from, days, zone);
        expect(isBusinessDay(result, zone)).toBe(true);
        expect(result.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(dayTime(result, zone)).toBe(isBusinessDay(from, zone) ? dayTime(from, zone) : 0);
      }),
    );
  });

  it('businessDaysBetween undoes addBusinessDays from a business day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 400 }), zones, (from, days, zone) => {
        fc.pre(isBusinessDay(from, zone) && dayTime(from, zone) >= 4 * 3_600_000);
        expect(businessDaysBetween(from, addBusinessDays(from, days, zone), zone)).toBe(days);
      }),
    );
  });
});

describe('counting business days back (the demo dates its history this way)', () => {
  const paris = 'Europe/Paris';
  it('Monday 30 March 10:00 − 1 business day is Friday 27 March 10:00, across the change to summer time', () => {
    expect(subtractBusinessDays(new Date('2026-03-30T08:00:00Z'), 1, paris)).toEqual(new Date('2026-03-27T09:00:00Z'));
  });
  it('from a Sunday, − 1 is the Friday before at the same local time; − 0 is the same instant', () => {
    // Sunday 29 March 12:00 in Paris (summer time began at 02:00) → Friday 27 March 12:00 (winter time).
    expect(subtractBusinessDays(new Date('2026-03-29T10:00:00Z'), 1, paris)).toEqual(new Date('2026-03-27T11:00:00Z'));
    expect(subtractBusinessDays(new Date('2026-03-29T10:00:00Z'), 0, paris)).toEqual(new Date('2026-03-29T10:00:00Z'));
  });
  it('undoes addBusinessDays from a business day', () => {
    const from = new Date('2026-06-10T07:30:00Z');
    for (const n of [0, 1, 4, 5, 6, 23]) expect(subtractBusinessDays(addBusinessDays(from, n, paris), n, paris)).toEqual(from);
  });
  it('refuses a negative or fractional count', () => {
    expect(() => subtractBusinessDays(new Date(), -1, paris)).toThrow(/0 or more/);
    expect(() => subtractBusinessDays(new Date(), 1.5, paris)).toThrow(/0 or more/);
  });
});

describe('offsets read once per zone and minute (kept, then reused)', () => {
  // Zones with half-hour and 45-minute offsets, a 30-minute daylight-saving change, southern summers.
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'UTC'];
  const runtime = (instant: number, zone: string) => tzOffset(zone, new Date(instant)) * 60_000;

  it('gives the runtime’s offset for any instant, asked first or again', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (instant, zone) => {
        const expected = runtime(instant, zone);
        expect(toLocalMs(new Date(instant), zone) - instant).toBe(expected);
        expect(toLocalMs(new Date(instant), zone) - instant).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('is right on both sides of a change, to the millisecond, whichever side is asked first', () => {
    // Paris: summer time on 29 March 2026 at 01:00 UTC; Lord Howe: +11 → +10:30 on 5 April 2026 at 15:00 UTC.
    for (const [zone, change] of [['Europe/Paris', Date.UTC(2026, 2, 29, 1)], ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)]] as const) {
      for (const order of [[change, change - 1], [change - 1, change]]) {
        for (const at of order) expect(toLocalMs(new Date(at), zone) - at).toBe(runtime(at, zone));
      }
      expect(runtime(change, zone)).not.toBe(runtime(change - 1, zone));
    }
  });
});
