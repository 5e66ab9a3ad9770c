import { DEFAULT_CAMPAIGN_SETTINGS, estimateRace } from '@lifeboat/domain';
import { kpnqwestRaceAccounts } from '../demo/demo-kpnqwest';
import { forecastQueue, forecastQueueRuns, forecastSlices, joinForecast, type RaceBase } from './race-forecast.compute';
import { ForecastPool, runForecastJobs } from './race-forecast.pool';

const DAY = 86_400_000;
const now = new Date('2026-06-01T07:00:00Z');
const settings = { ...DEFAULT_CAMPAIGN_SETTINGS, weeklyMigrationCapacity: 60 };
const base: RaceBase = {
  now,
  rival: { health: 'liquidating', shutdownExpectedAt: new Date(now.getTime() + 21 * DAY) },
  scenarios: [
    { id: 'liquidation', goesDarkAt: new Date(now.getTime() + 21 * DAY), probabilityPercent: 60 },
    { id: 'delay', goesDarkAt: new Date(now.getTime() + 49 * DAY), probabilityPercent: 40 },
  ],
  accounts: kpnqwestRaceAccounts({ count: 60, now, seed: 2002, timeZone: settings.timeZone }),
  reps: { count: 2, dailyActions: 8 },
  settings,
  estimates: estimateRace({ now, history: [], settings }),
  seed: 7,
};

describe('the forecast in slices of runs (what the pool runs on its threads)', () => {
  it('cuts the runs into even slices that cover each run once', () => {
    expect(forecastSlices(3, 1000)).toEqual([
      [0, 333],
      [333, 333],
      [666, 334],
    ]);
    expect(forecastSlices(1, 1000)).toEqual([[0, 1000]]);
    expect(forecastSlices(5, 2)).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('joins its slices, in any order, into the forecast of all the runs: the same numbers', () => {
    const runs = 60;
    const slices = forecastSlices(3, runs).map(([first, count]) => forecastQueueRuns(base, first, count));
    expect(joinForecast(base, [slices[2], slices[0], slices[1]])).toEqual(forecastQueue(base, runs));
  });

  it('runs the three jobs through the pool as the api does (inline from the sources)', async () => {
    const pool = new ForecastPool();
    try {
      const all = await runForecastJobs(pool, base, 0.8);
      expect(all.forecast).toEqual(forecastQueue(base));
      expect(all.comparison.map((p) => p.policy)[0]).toBe('queue_v2');
      expect(all.staffing.targetShare).toBe(0.8);
    } finally {
      await pool.close();
    }
  });
});
