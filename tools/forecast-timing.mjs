/**
 * How long `raceForecast` takes to simulate a campaign (issue #23 part 2's budget: ≤ 2 s for 5,000
 * open deals), measured on the built api (run `node apps/api/build.mjs` or `npm run build` first):
 *
 *   nice -n 19 node tools/forecast-timing.mjs [--accounts 5000] [--reps 50] [--capacity 6000] [--repeat 5]
 *
 * The race is the simulate CLI's KPNQwest-like one (the same generator, apps/api/src/demo/demo-kpnqwest.ts
 * `kpnqwestRaceAccounts`; all deals open in identified, the liquidation in 21 days at 60 % and the delay
 * in 49 days at 40 %).
 * Prints each job alone on this thread (forecast: the queue × 1,000 runs; comparison: 5 policies ×
 * 200 runs; staffing: the search), then the three through the forecast pool as the api runs them
 * (`runForecastJobs`: the forecast's runs in slices, side by side with the others on the worker
 * threads), `--repeat` times after one warm-up, with the median. The last figure is the budget's.
 */
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist/apps/api');
const domain = require(join(dist, 'libs/domain/src/index.js'));
const { kpnqwestRaceAccounts } = require(join(dist, 'apps/api/src/demo/demo-kpnqwest.js'));
const compute = require(join(dist, 'apps/api/src/forecast/race-forecast.compute.js'));
const { ForecastPool, runForecastJobs } = require(join(dist, 'apps/api/src/forecast/race-forecast.pool.js'));

const options = { accounts: 5000, reps: 50, capacity: 6000, repeat: 5, actions: 8 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) options[argv[i].replace(/^--/, '')] = Number(argv[i + 1]);

const now = new Date('2026-06-01T07:00:00Z');
const DAY = 86_400_000;
const settings = { ...domain.DEFAULT_CAMPAIGN_SETTINGS, weeklyMigrationCapacity: options.capacity };
const accounts = kpnqwestRaceAccounts({ count: options.accounts, now, seed: 2002, timeZone: settings.timeZone });
const base = {
  now,
  rival: { health: 'liquidating', shutdownExpectedAt: new Date(now.getTime() + 21 * DAY) },
  scenarios: [
    { id: 'liquidation', goesDarkAt: new Date(now.getTime() + 21 * DAY), probabilityPercent: 60 },
    { id: 'delay', goesDarkAt: new Date(now.getTime() + 49 * DAY), probabilityPercent: 40 },
  ],
  accounts,
  reps: { count: options.reps, dailyActions: options.actions },
  settings,
  estimates: domain.estimateRace({ now, history: [], settings }),
  seed: 2002,
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => {
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
};
const timeAsync = async (f) => {
  const t0 = performance.now();
  const r = await f();
  return [performance.now() - t0, r];
};

const lines = [`${options.accounts} open deals, ${options.reps} reps × ${options.actions} actions, capacity ${options.capacity}; median of ${options.repeat} after a warm-up (ms):`];
const jobs = {
  forecast: () => compute.runForecastJob({ kind: 'forecast', base }),
  comparison: () => compute.runForecastJob({ kind: 'comparison', base }),
  staffing: () => compute.runForecastJob({ kind: 'staffing', base, targetShare: 0.8 }),
};
let evaluations = 0;
for (const [name, job] of Object.entries(jobs)) {
  job();
  const ms = [];
  for (let k = 0; k < options.repeat; k++) {
    const [t, r] = time(job);
    ms.push(t);
    if (name === 'staffing') evaluations = r.result.evaluations;
  }
  lines.push(`  ${name} alone, this thread: ${median(ms).toFixed(0)} (${ms.map((x) => x.toFixed(0)).join(', ')})${name === 'staffing' ? `, ${evaluations} evaluations` : ''}`);
}
const pool = new ForecastPool();
// What the api's raceForecast runs: the forecast in slices of runs, the comparison and the staffing search, on the pool's threads.
const all = () => runForecastJobs(pool, base, 0.8);
await all();
const ms = [];
for (let k = 0; k < options.repeat; k++) ms.push((await timeAsync(all))[0]);
lines.push(`  all three through the pool as the api runs them (${pool.threads} threads): ${median(ms).toFixed(0)} (${ms.map((x) => x.toFixed(0)).join(', ')})`);
await pool.close();
console.log(lines.join('\n'));
