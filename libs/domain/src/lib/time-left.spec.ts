import { timeLeft, wholeDaysLeft } from './time-left';

const NOW = new Date('2026-12-06T23:56:00Z');
const at = (days: number, hours = 0, minutes = 0) => new Date(NOW.getTime() + ((days * 24 + hours) * 60 + minutes) * 60_000);

describe('time left until a moment', () => {
  it('counts 11 days 23 hours as 11 days, the same number the days-and-hours countdown shows', () => {
    expect(timeLeft(at(11, 23, 59), NOW)).toEqual({ ms: expect.any(Number), days: 11, hours: 23, minutes: 59, passed: false });
    expect(wholeDaysLeft(at(11, 23, 59), NOW)).toBe(11);
  });

  it('never rounds up: one minute short of 12 days is 11 days; exactly 12 days is 12', () => {
    expect(wholeDaysLeft(at(12, 0, -1), NOW)).toBe(11);
    expect(wholeDaysLeft(at(12), NOW)).toBe(12);
  });

  it('says 0 days for less than a day, and marks a moment now or past as passed', () => {
    expect(wholeDaysLeft(at(0, 5), NOW)).toBe(0);
    expect(timeLeft(at(0, 5), NOW).passed).toBe(false);
    expect(timeLeft(NOW, NOW).passed).toBe(true);
    expect(timeLeft(at(-2, -3), NOW)).toMatchObject({ days: 2, hours: 3, passed: true });
    expect(wholeDaysLeft(at(-2), NOW)).toBe(0);
  });

  it('reads ISO strings and epoch milliseconds alike', () => {
    expect(timeLeft(at(3, 4).toISOString(), NOW.getTime())).toMatchObject({ days: 3, hours: 4, minutes: 0 });
  });
});
