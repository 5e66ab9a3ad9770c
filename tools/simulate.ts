/**
 * The race simulator from the command line (issue #23, part 3).
 *
 *   npm run simulate -- --scenario kpnqwest [--runs 1000] [--seed 2002] [--reps 5] [--actions 8]
 *                       [--capacity 600] [--accounts 500] [--now 2026-06-01T07:00:00Z]
 *
 * `kpnqwest`: a KPNQwest-like race built deterministically from the demo's own accounts
 * (apps/api/src/demo/demo-kpnqwest.ts `kpnqwestRaceAccounts`, which the forecast's timing uses too):
 * `--accounts` customers (500) cycling through the demo's mix of segments, spends, backup
 * providers, principal operators, countries, prepaid terms and workloads, each scaled by a seeded
 * log-normal factor; all of them identified the business day before `now` (a customer list just
 * imported). The demo's 15 deals are the campaign's history, so the
 * estimates are mostly priors (the table says which). Two scenarios, as the demo holds them: the
 * liquidation, the network dark 21 days from now (60 %), and the court's delay, 28 days later (40 %).
 * `now` is fixed (a Monday) so that a seed always prints the same table.
 *
 * Prints the estimates, then per scenario a Markdown table of the policies, and how long it took.
 */
import {
  DAY_MS,
  DEFAULT_CAMPAIGN_SETTINGS,
  estimateRace,
  fromLocalMs,
  OPEN_STAGES,
  RACE_EXITS,
  RACE_POLICIES,
  simulateRace,
  startOfLocalDay,
  subtractBusinessDays,
  toLocalMs,
  type DealHistory,
  type RaceEstimates,
  type RacePolicyResult,
  type RaceSettings,
  type RaceStat,
  type ShutdownScenarioLike,
} from '@lifeboat/domain';
import { KPNQWEST_ACCOUNTS, kpnqwestRaceAccounts } from '../apps/api/src/demo/demo-kpnqwest';
import type { When } from '../apps/api/src/demo/demo-plan';

interface Options {
  scenario: string;
  runs: number;
  seed: number;
  reps: number;
  actions: number;
  capacity: number;
  accounts: number;
  now: Date;
  /** 1: also time each policy alone (preparation included), for the issue's budget. */
  timing: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scenario: 'kpnqwest',
    runs: 1000,
    seed: 2002,
    reps: 5,
    actions: 8,
    capacity: 600,
    accounts: 500,
    now: new Date('2026-06-01T07:00:00Z'),
    timing: 0,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`--${key} needs a value`);
    if (key === 'scenario') options.scenario = value;
    else if (key === 'now') options.now = new Date(value);
    else if (key in options) (options as unknown as Record<string, number>)[key] = Number(value);
    else throw new Error(`Unknown option --${key}`);
  }
  if (options.scenario !== 'kpnqwest') throw new Error(`Unknown scenario ${options.scenario} (known: kpnqwest)`);
  return options;
}

function kpnqwestRace(o: Options) {
  const settings: RaceSettings = { ...DEFAULT_CAMPAIGN_SETTINGS, weeklyMigrationCapacity: o.capacity };
  const tz = settings.timeZone;
  const { now } = o;
  // The demo's `when`: a local time on the n-th business day before today.
  const today = startOfLocalDay(now, tz);
  const at = (w: When) => fromLocalMs(toLocalMs(subtractBusinessDays(today, w.bd, tz), tz) + (w.h * 60 + (w.m ?? 0)) * 60_000, tz);
  const history: DealHistory[] = KPNQWEST_ACCOUNTS.map((a) => ({ steps: a.deal.history.map((s) => ({ stage: s.stage, at: at(s.at) })) }));

  const accounts = kpnqwestRaceAccounts({ count: o.accounts, now, seed: o.seed, timeZone: tz });
  const scenarios: ShutdownScenarioLike[] = [
    { id: 'liquidation', goesDarkAt: new Date(now.getTime() + 21 * DAY_MS), probabilityPercent: 60 },
    { id: 'delay', goesDarkAt: new Date(now.getTime() + 49 * DAY_MS), probabilityPercent: 40 },
  ];
  const estimates = estimateRace({ now, history, settings });
  return { settings, accounts, scenarios, estimates };
}

const euros = (minor: number) => `€${Math.round(minor / 100).toLocaleString('en-GB')}`;
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function estimatesTable(estimates: RaceEstimates): string {
  const lines = ['| stage | exits | mean days | exits seen | source (prior share) |', '|---|---|---:|---:|---|'];
  for (const stage of OPEN_STAGES) {
    const e = estimates[stage];
    const exits = RACE_EXITS[stage].map((t) => `${t} ${pct(e.exits[t] ?? 0)}`).join(', ');
    lines.push(`| ${stage} | ${exits} | ${e.meanDays.toFixed(1)} | ${e.observedExits} | ${e.source} (${pct(e.priorShare)}) |`);
  }
  return lines.join('\n');
}

function policyTable(policies: RacePolicyResult[], x: number): string {
  const base = policies.find((p) => p.policy === 'first_come')?.scenarios[x].spendMigrated.mean ?? NaN;
  const s = (v: RaceStat) => euros(v.p50);
  const lines = [
    '| policy | won (P50) | captured P10 | captured P50 | captured P90 | captured mean | × first come | customers captured (P50) | signed but dark: customers / spend (mean) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const p of policies) {
    const r = p.scenarios[x];
    lines.push(
      `| ${p.policy} | ${s(r.spendWon)} | ${euros(r.spendMigrated.p10)} | ${euros(r.spendMigrated.p50)} | ${euros(r.spendMigrated.p90)} | ${euros(r.spendMigrated.mean)} | ${(r.spendMigrated.mean / base).toFixed(2)} | ${r.accountsMigrated.p50} | ${r.signedButDark.accounts.mean.toFixed(1)} / ${euros(r.signedButDark.monthlySpend.mean)} |`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const race = kpnqwestRace(o);
  const input = {
    now: o.now,
    rival: { health: 'liquidating' as const },
    scenarios: race.scenarios,
    accounts: race.accounts,
    reps: { count: o.reps, dailyActions: o.actions },
    settings: race.settings,
    estimates: race.estimates,
    runs: o.runs,
    seed: o.seed,
  };
  const started = process.hrtime.bigint();
  const result = simulateRace(input);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const timings = new Map<string, string>();
  if (o.timing) {
    // Twice each, the second time reported: the first pays for the compiler's warm-up.
    for (const policy of [...RACE_POLICIES, ...RACE_POLICIES]) {
      const t0 = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      simulateRace({ ...input, policies: [policy] });
      const cpu = process.cpuUsage(cpu0);
      timings.set(policy, `${policy} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`);
    }
  }
  const spend = race.accounts.reduce((sum, a) => sum + a.monthlySpend, 0);
  const units = race.accounts.reduce((sum, a) => sum + (a.workload ?? 1), 0);

  const out: string[] = [];
  out.push(`# KPNQwest-like race: ${race.accounts.length} accounts (${euros(spend)} a month with the rival, ${units} workload units), ${o.reps} reps × ${o.actions} actions a business day, migrations ${o.capacity} units a week`);
  out.push('', `now ${o.now.toISOString()}, ${o.runs} runs, seed ${o.seed}; spend is monthly spend with the rival; "captured" = won and cut over before the network goes dark.`);
  out.push('', '## Estimates (the demo\'s 15 deals as history, priors where it is thin)', '', estimatesTable(race.estimates));
  race.scenarios.forEach((scenario, x) => {
    const days = Math.round((scenario.goesDarkAt.getTime() - o.now.getTime()) / DAY_MS);
    out.push('', `## Scenario ${scenario.id}: dark on ${scenario.goesDarkAt.toISOString().slice(0, 10)} (in ${days} days, ${scenario.probabilityPercent} %)`, '', policyTable(result.policies, x));
    const queue = result.policies.find((p) => p.policy === 'queue')?.scenarios[x];
    if (queue) {
      const darkest = [...queue.darkProbability.keys()]
        .sort((a, b) => queue.darkProbability[b] * race.accounts[b].monthlySpend - queue.darkProbability[a] * race.accounts[a].monthlySpend)
        .slice(0, 5)
        .map((i) => `${race.accounts[i].id} (${race.accounts[i].segment}, ${euros(race.accounts[i].monthlySpend)}, ${pct(queue.darkProbability[i])})`);
      out.push('', `Most spend likely to go dark with the queue: ${darkest.join('; ')}.`);
    }
  });
  out.push('', `Expected over the scenarios (captured, mean): ${result.policies.map((p) => `${p.policy} ${euros(p.expectedSpendMigrated)}`).join(', ')}.`);
  out.push('', `${o.runs} runs × ${result.policies.length} policies × ${race.accounts.length} accounts in ${ms.toFixed(0)} ms (${(ms / result.policies.length).toFixed(0)} ms a policy).`);
  if (timings.size) {
    out.push('', `Each policy alone, ${o.runs} runs × ${race.accounts.length} accounts, preparation included, wall clock (CPU time of this process): ${[...timings.values()].join(', ')}.`);
  }
  console.log(out.join('\n'));
}

main();
