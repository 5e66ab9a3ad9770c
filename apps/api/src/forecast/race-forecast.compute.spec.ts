import { DEFAULT_CAMPAIGN_SETTINGS, estimateRace } from '@lifeboat/domain';
import { kpnqwestRaceAccounts } from '../demo/demo-kpnqwest';
import { comparePolicies, COMPARISON_RUNS, forecastQueue, joinComparison, joinForecast, raceRuns, searchStaffing, type RaceBase } from './race-forecast.compute';
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
  it('joins slices of the queue’s runs, in any order, into the forecast of all the runs: the same numbers', () => {
    const slices = [raceRuns(base, 'a', ['queue_v2'], 0, 25), raceRuns(base, 'a', ['queue_v2'], 25, 5), raceRuns(base, 'a', ['queue_v2'], 30, 30)];
    expect(joinForecast(base, [slices[2], slices[0], slices[1]])).toEqual(forecastQueue(base, 60));
  });

  it('joins the queue’s first runs and the simple rules’ into the comparison: the same numbers', () => {
    const queue = raceRuns(base, 'b', ['queue_v2'], 0, COMPARISON_RUNS);
    const rules = [raceRuns(base, 'b', ['first_come', 'largest_spend'], 0, COMPARISON_RUNS), raceRuns(base, 'b', ['no_backup_first', 'shortest_lead_first'], 0, COMPARISON_RUNS)];
    expect(joinComparison(base, [queue], rules)).toEqual(comparePolicies(base));
  });

  it('runs the three jobs through the pool as the api does: the numbers of each job run whole', async () => {
    const pool = new ForecastPool();
    try {
      const all = await runForecastJobs(pool, base, 0.8);
      expect(all.forecast).toEqual(forecastQueue(base));
      expect(all.comparison).toEqual(comparePolicies(base));
      expect(all.staffing).toEqual(searchStaffing(base, 0.8));
    } finally {
      await pool.close();
    }
  });
});
