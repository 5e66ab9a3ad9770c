import * as fc from 'fast-check';
import { DomainRuleError } from './domain-error';
import {
  assertOutage,
  countRecentOutages,
  DEFAULT_OUTAGE_IMPACT_WEIGHTS,
  monthlyAvailability,
  OUTAGE_IMPACTS,
  type OutageImpactWeights,
  type OutageSpan,
} from './availability';

const at = (iso: string) => new Date(iso);
const MIN = 60_000;

describe('monthlyAvailability: AMEN, April 2005 (Europe/Paris)', () => {
  // Now: 10 May 2005, 12:00 Paris. April has 30 × 1,440 = 43,200 minutes (no clock change in it).
  const now = at('2005-05-10T12:00:00+02:00');
  const base = { now, timeZone: 'Europe/Paris', months: 2, claimedAvailabilityPercent: 99.9 };

  it('a 5-hour major incident on 12 April breaks a 99.9 % claim by 256.8 minutes', () => {
    const [april, may] = monthlyAvailability({
      ...base,
      outages: [{ startedAt: at('2005-04-12T08:00:00+02:00'), endedAt: at('2005-04-12T13:00:00+02:00'), impact: 'major' }],
    });
    expect(april).toMatchObject({ month: '2005-04', minutes: 43_200, elapsedMinutes: 43_200, weightedDowntimeMinutes: 300, allowedDowntimeMinutes: 43.2, shortfallMinutes: 256.8 });
    expect(april.startsAt).toEqual(at('2005-04-01T00:00:00+02:00'));
    expect(april.availabilityPercent).toBeCloseTo(100 * (1 - 300 / 43_200), 10);
    // May so far: 9 days and 12 hours, nothing down, the claim met.
    expect(may).toMatchObject({ month: '2005-05', minutes: 31 * 1440, elapsedMinutes: 9 * 1440 + 720, weightedDowntimeMinutes: 0, availabilityPercent: 100, shortfallMinutes: 0 });
  });

  it('overlapping outages count each minute once, at the largest weight', () => {
    const [april] = monthlyAvailability({
      ...base,
      outages: [
        { startedAt: at('2005-04-12T08:00:00+02:00'), endedAt: at('2005-04-12T10:00:00+02:00'), impact: 'partial' },
        { startedAt: at('2005-04-12T09:00:00+02:00'), endedAt: at('2005-04-12T09:30:00+02:00'), impact: 'major' },
        { startedAt: at('2005-04-12T08:00:00+02:00'), endedAt: at('2005-04-12T11:00:00+02:00'), impact: 'degraded' },
      ],
    });
    // 90 partial minutes × 0.5 + 30 major minutes × 1; the degraded hour weighs 0.
    expect(april.weightedDowntimeMinutes).toBe(75);
  });

  it('an outage across midnight at the end of the month is split between the months, in Paris time', () => {
    const [april, may] = monthlyAvailability({
      ...base,
      outages: [{ startedAt: at('2005-04-30T23:00:00+02:00'), endedAt: at('2005-05-01T01:00:00+02:00'), impact: 'major' }],
    });
    expect([april.weightedDowntimeMinutes, may.weightedDowntimeMinutes]).toEqual([60, 60]);
  });

  it('an ongoing outage is cut at now', () => {
    const [, may] = monthlyAvailability({ ...base, outages: [{ startedAt: at('2005-05-10T11:00:00+02:00'), endedAt: null, impact: 'major' }] });
    expect(may.weightedDowntimeMinutes).toBe(60);
  });

  it('March 2005 in Paris has an hour less (clocks forward on the 27th)', () => {
    const [march] = monthlyAvailability({ ...base, now: at('2005-04-02T00:00:00Z'), months: 2, outages: [] });
    expect(march).toMatchObject({ month: '2005-03', minutes: 31 * 1440 - 60 });
  });

  it('the campaign’s weights apply; no claim, no allowance or shortfall', () => {
    const [april] = monthlyAvailability({
      ...base,
      claimedAvailabilityPercent: null,
      weights: { major: 1, partial: 0.25, degraded: 0.1 },
      outages: [{ startedAt: at('2005-04-12T08:00:00+02:00'), endedAt: at('2005-04-12T10:00:00+02:00'), impact: 'degraded' }],
    });
    expect(april).toMatchObject({ weightedDowntimeMinutes: 12, allowedDowntimeMinutes: null, shortfallMinutes: null });
  });

  it('refuses bad weights and month counts naming the field', () => {
    expect(() => monthlyAvailability({ ...base, outages: [], weights: { major: 2, partial: 0.5, degraded: 0 } })).toThrow(
      expect.objectContaining({ field: 'weights.major' }),
    );
    expect(() => monthlyAvailability({ ...base, outages: [], months: 0 })).toThrow(expect.objectContaining({ field: 'months' }));
  });
});

describe('monthlyAvailability equals a brute-force count, minute by minute (property)', () => {
  const zones = fc.constantFrom('Europe/Paris', 'UTC', 'America/New_York', 'Australia/Sydney', 'Asia/Kathmandu');
  // Around a year that has every kind of boundary: month ends, DST changes in both hemispheres.
  const lo = at('2024-01-01T00:00:00Z').getTime();
  const hi = at('2024-12-31T00:00:00Z').getTime();
  const impact = fc.constantFrom(...OUTAGE_IMPACTS);
  const weight = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
  const weights = fc.record({ major: weight, partial: weight, degraded: weight });
  // Starts anywhere to the second (not minute aligned); lengths from seconds to ten days.
  const outage = fc.record({
    // How long before now it started: within the three months measured and a little before.
    before: fc.integer({ min: 0, max: 100 * 86_400_000 }),
    length: fc.integer({ min: 1_000, max: 10 * 86_400_000 }),
    ongoing: fc.boolean(),
    impact,
  });

  function bruteForce(outages: OutageSpan[], now: Date, w: OutageImpactWeights, from: Date, to: Date): number {
    const nowMinute = Math.floor(now.getTime() / MIN);
    const spans = outages.map((o) => ({
      from: Math.floor(o.startedAt.getTime() / MIN),
      to: Math.min(nowMinute, Math.floor((o.endedAt ?? now).getTime() / MIN)),
      w: Math.round(w[o.impact] * 100),
    }));
    let total = 0;
    for (let m = Math.floor(from.getTime() / MIN); m < Math.min(nowMinute, Math.floor(to.getTime() / MIN)); m++) {
      let max = 0;
      for (const s of spans) if (s.from <= m && m < s.to && s.w > max) max = s.w;
      total += max;
    }
    return total / 100;
  }

  it('weighted downtime, minutes and shortfall for every month', () => {
    fc.assert(
      fc.property(
        fc.array(outage, { maxLength: 8 }),
        fc.integer({ min: lo, max: hi }),
        zones,
        weights,
        fc.option(fc.constantFrom(99, 99.5, 99.9, 99.99, 100), { nil: null }),
        (raw, nowMs, timeZone, w, claim) => {
          const now = new Date(nowMs);
          const outages: OutageSpan[] = raw.map((r) => {
            const start = nowMs - r.before;
            return { startedAt: new Date(start), endedAt: r.ongoing ? null : new Date(start + r.length), impact: r.impact };
          });
          const months = monthlyAvailability({ outages, now, timeZone, months: 3, weights: w, claimedAvailabilityPercent: claim });
          expect(months).toHaveLength(3);
          for (let i = 0; i < months.length; i++) {
            const m = months[i];
            if (i > 0) expect(m.startsAt).toEqual(months[i - 1].endsAt);
            expect(m.minutes).toBe((m.endsAt.getTime() - m.startsAt.getTime()) / MIN);
            const expected = bruteForce(outages, now, w, m.startsAt, m.endsAt);
            expect(m.weightedDowntimeMinutes).toBe(expected);
            const elapsed = Math.max(0, Math.min(m.minutes, Math.floor(nowMs / MIN) - m.startsAt.getTime() / MIN));
            expect(m.elapsedMinutes).toBe(elapsed);
            if (claim !== null) {
              const allowed = Math.round(((elapsed * (100 - claim)) / 100) * 100) / 100;
              expect(m.allowedDowntimeMinutes).toBe(allowed);
              expect(m.shortfallMinutes).toBe(Math.max(0, Math.round((expected - allowed) * 100) / 100));
            }
          }
          expect(months[2].startsAt.getTime()).toBeLessThanOrEqual(nowMs);
          expect(months[2].endsAt.getTime()).toBeGreaterThan(nowMs);
        },
      ),
      { numRuns: 150, seed: 22 },
    );
  });
});

describe('assertOutage', () => {
  const now = at('2005-04-12T12:00:00Z');
  const ok = { startedAt: at('2005-04-12T08:00:00Z'), endedAt: at('2005-04-12T10:00:00Z'), impact: 'major', services: ['web_hosting'] };
  const fieldOf = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return e instanceof DomainRuleError ? e.field : 'not a rule error';
    }
    return null;
  };

  it('accepts an outage that ended, or goes on', () => {
    expect(fieldOf(() => assertOutage(ok, now))).toBeNull();
    expect(fieldOf(() => assertOutage({ ...ok, endedAt: null }, now))).toBeNull();
  });

  it('names the field it refuses', () => {
    expect(fieldOf(() => assertOutage({ ...ok, endedAt: ok.startedAt }, now))).toBe('endedAt');
    expect(fieldOf(() => assertOutage({ ...ok, endedAt: at('2005-04-12T12:10:00Z') }, now))).toBe('endedAt');
    expect(fieldOf(() => assertOutage({ ...ok, startedAt: at('2005-04-12T12:10:00Z'), endedAt: null }, now))).toBe('startedAt');
    expect(fieldOf(() => assertOutage({ ...ok, services: [] }, now))).toBe('services');
    expect(fieldOf(() => assertOutage({ ...ok, services: ['web_hosting', 'gopher'] }, now))).toBe('services[1]');
    expect(fieldOf(() => assertOutage({ ...ok, impact: 'total' }, now))).toBe('impact');
  });

  it('tolerates a few minutes of clock difference', () => {
    expect(fieldOf(() => assertOutage({ ...ok, endedAt: at('2005-04-12T12:04:00Z') }, now))).toBeNull();
  });
});

describe('countRecentOutages', () => {
  const now = at('2005-05-10T12:00:00Z');
  it('counts outages going on at some point in the last 30 days, ongoing ones included', () => {
    expect(
      countRecentOutages(
        [
          { startedAt: at('2005-04-01T00:00:00Z'), endedAt: at('2005-04-02T00:00:00Z') },
          { startedAt: at('2005-04-09T00:00:00Z'), endedAt: at('2005-04-12T00:00:00Z') },
          { startedAt: at('2005-05-09T00:00:00Z'), endedAt: null },
        ],
        now,
      ),
    ).toBe(2);
  });
});

it('default weights are major 1, partial 0.5, degraded 0', () => {
  expect(DEFAULT_OUTAGE_IMPACT_WEIGHTS).toEqual({ major: 1, partial: 0.5, degraded: 0 });
});

it('campaign settings carry the outage weights (defaults, overrides, bounds)', async () => {
  const { resolveCampaignSettings } = await import('./campaign-settings');
  expect(resolveCampaignSettings(null).outageImpactWeights).toEqual({ major: 1, partial: 0.5, degraded: 0 });
  expect(resolveCampaignSettings({ outageImpactWeights: { partial: 0.3 } }).outageImpactWeights).toEqual({ major: 1, partial: 0.3, degraded: 0 });
  expect(() => resolveCampaignSettings({ outageImpactWeights: { degraded: 1.5 } })).toThrow(expect.objectContaining({ field: 'outageImpactWeights.degraded' }));
});
