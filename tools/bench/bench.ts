/**
 * Lifeboat benchmark (issue #11). Starts the built api as a user would and measures it over HTTP
 * with autocannon, against yardsticks measured in the same run by the same harness.
 *
 *   # against a database made by seed:scale (the figures of BENCHMARKS.md):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lifeboat_scale npm run bench
 *   # quick run: seeds its own small database (<server>/lifeboat_bench_quick, dropped and remade):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- --accounts 5000 --duration 5 --soak-seconds 20
 *
 * Options: --duration S (measured seconds per case, 20) --warmup S (5) --connections N (10)
 *   --soak-seconds S (300) --import-rows N (100000; 0 skips) --profile (CPU-profile the api on
 *   every GraphQL case whose goal is missed, and summarise) --profile-all --out FILE
 *   --cases LIST (statements,queue,accounts,dashboard,me,memory,import,embedded-health,export; with
 *   embedded-health alone no DATABASE_URL is needed: /health of the embedded mode, tools/bench/embedded-health.ts;
 *   day-one, only when asked and alone: a real team's first day on a fresh database, tools/bench/day-one.ts —
 *   `npm run bench -- --cases day-one --mode embedded|server --accounts 100000`)
 *   (tmp/bench/bench-results.json) --pg-log FILE (PostgreSQL's server log, for statement counts)
 *   --redis URL (REDIS_URL or redis://127.0.0.1:6379).
 *
 * The api runs as in production: NODE_ENV=production (introspection off), LIFEBOAT_ROLE=api,
 * DATABASE_URL, REDIS_URL (queue prefix lbbench, isolated from other processes), LOG_LEVEL=warn,
 * a random LIFEBOAT_JWT_SECRET. The database must hold no demo user (refused otherwise).
 *
 * Rate limits: the api allows a user 600 operations a minute; a load test of one rep at 10
 * connections would be refused within a second. The harness signs in every user of the biggest
 * campaign and rotates them, and deletes the limiter's counters (keys lbbench:rl:* in Redis)
 * every 500 ms: the limiter still runs (and costs) on every request, it just never refuses.
 *
 * SQL statements per request: PostgreSQL's own log. `ALTER DATABASE … SET log_statement = 'all'`
 * applies to new sessions only, so a second api process is started after it (and the setting
 * reset once that process stops, before anything is timed); each request is sent alone and the
 * lines the server appended to its log for that database, from any backend but the harness's
 * own, are counted (statement and execute lines; BEGIN/COMMIT included and shown separately).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import IORedis from 'ioredis';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon');
import { argFlag, argNumber, argValue, ApiProcess, freePort, track, globalId, redact, rssKiB, SCALE_PASSWORD, sleep, startApi, WORKSPACE } from './common';
import { summariseProfile } from './profile-summary';
import { measureEmbeddedHealth } from './embedded-health';
import { dayOne, dayOneTable } from './day-one';

// ---------------------------------------------------------------------------------------------
// GraphQL documents (the queue is the web app's own document, libs/shared queue.documents.ts)

const MY_QUEUE = `query MyQueue($first: Int, $after: String) {
  myQueue(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      reason reasonText dueAt urgency urgencyFactors { key points reason }
      account { id version name rival { id name shutdownExpectedAt } monthlySpend { amount currency } }
      opportunity { id stage overdue }
      priority { deadlines { goesDarkAt weightPercent migrationLeadDays signBy nowPercent laterPercent } }
    } }
  }
}`;
const ACCOUNTS_NESTED = `query Accounts($first: Int) {
  accounts(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id version name segment urgency monthlySpend { amount currency }
      owner { id name }
      rival { id name shutdownExpectedAt }
      contacts { id name }
      currentOpportunity { id stage overdue dueAt }
    } }
  }
}`;
const DASHBOARD = `query Dashboard($campaignId: ID!) {
  pipelineDashboard(campaignId: $campaignId) {
    asOf timeZone
    stages { stage deals monthlyValue { amount currency } weightedValue { amount currency } }
    openPipeline { deals }
    conversions { fromStage toStage entered converted rate }
    stageTimes { stage stays medianHours staysPastDue }
    overdue { count monthlyValue { amount } deals { opportunityId accountName hoursOverdue } }
    cycleTime { signedDeals measuredDeals medianHours p90Hours withinTargetShare buckets { fromDays deals } }
    reps { user { id name } openDeals overdueDeals wonDeals lostDeals activities loggedActivities }
    unassigned { openDeals overdueDeals }
    capture { wonShareOfSpend lostTo { bidder accounts } }
    forecast { untilShutdown weeks { weekStart deals } }
    migrationPlan { planned late willGoDark overCapacityWeeks }
  }
}`;
const ME = `{ me { id } }`;

// ---------------------------------------------------------------------------------------------
// Load generation

interface Stats {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  errors: number;
  sampleError?: string;
}
interface RequestSpec {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** autocannon at `connections`, for `seconds`; each request from `next()`; latency percentiles from every response. */
function load(base: string, next: () => RequestSpec, seconds: number, connections: number, check: (status: number, body: string) => string | null): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let failures = 0;
    let sampleError: string | undefined;
    const started = performance.now();
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: 30,
        requests: [
          {
            setupRequest: (req: Record<string, unknown>) => {
              const spec = next();
              return { ...req, method: spec.method ?? 'GET', path: spec.path, headers: { ...(req['headers'] as object), ...spec.headers }, body: spec.body };
            },
            onResponse: (status: number, body: string) => {
              const problem = check(status, body);
              if (problem) {
                failures++;
                sampleError ??= problem.slice(0, 400);
              }
            },
          },
        ],
      },
      (error: Error | null, result: { requests: { total: number }; errors: number; timeouts: number; non2xx: number }) => {
        if (error) return reject(error);
        const elapsed = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        const total = latencies.length;
        resolve({
          requests: total,
          seconds: round(elapsed, 2),
          rps: round(total / seconds, 1),
          p50: round(percentile(latencies, 50), 2),
          p95: round(percentile(latencies, 95), 2),
          p99: round(percentile(latencies, 99), 2),
          mean: round(latencies.reduce((s, x) => s + x, 0) / Math.max(1, total), 2),
          errors: failures + result.errors + result.timeouts,
          sampleError,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

const graphqlCheck = (status: number, body: string): string | null =>
  status !== 200 ? `HTTP ${status}: ${body}` : body.startsWith('{"errors"') || body.includes('"errors":[') ? body : null;
const plainCheck = (status: number, body: string): string | null => (status !== 200 ? `HTTP ${status}: ${body}` : null);

function gqlSpec(token: string, query: string, variables: Record<string, unknown> = {}): RequestSpec {
  return {
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  };
}
function rotate<T>(items: T[]): () => T {
  let k = 0;
  return () => items[k++ % items.length];
}

async function gql<T = any>(
  base: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 120_000,
): Promise<{ status: number; data?: T; errors?: any[] }> {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, ...((await r.json()) as object) };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL's log: statements per request

class StatementCounter {
  constructor(
    private readonly file: string,
    private readonly database: string,
    private readonly ownPid: number,
  ) {}
  size(): number {
    return statSync(this.file).size;
  }
  /** The statements logged for the database since byte `from`, by other backends than the harness. */
  since(from: number): string[] {
    const to = this.size();
    if (to <= from) return [];
    const fd = openSync(this.file, 'r');
    const buf = Buffer.alloc(to - from);
    readSync(fd, buf, 0, buf.length, from);
    closeSync(fd);
    const out: string[] = [];
    const line = /^\S+ \S+ \S+ \[(\d+)\] \S*@(\S+) LOG:\s+(?:statement|execute [^:]*):\s*(.*)$/;
    for (const l of buf.toString('utf8').split('\n')) {
      const m = line.exec(l);
      // The outbox relay polls about once a second in every api process: background work, not the request's.
      if (m && m[2] === this.database && Number(m[1]) !== this.ownPid && !/OutboxEventEntity|outbox_event/.test(m[3])) {
        out.push((m[3].trim() || 'WITH … (statement continues on the next lines)').replace(/\s+/g, ' ').slice(0, 160));
      }
    }
    return out;
  }
}

function findServerLog(pgVersionMajor: string, collector: string, currentLogfile: string | null, dataDir: string): string | null {
  const given = argValue('pg-log');
  if (given) return given;
  if (collector === 'on' && currentLogfile) return currentLogfile.startsWith('/') ? currentLogfile : join(dataDir, currentLogfile);
  const debian = `/var/log/postgresql/postgresql-${pgVersionMajor}-main.log`;
  if (existsSync(debian)) return debian;
  return null;
}

// ---------------------------------------------------------------------------------------------

interface Row {
  case: string;
  metric: string;
  value: string;
  reference: string;
  ratio: string;
  goal: string;
  met: 'met' | 'missed' | 'n/a';
}

const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

function embeddedRow(p: { phase: string; requests: number; errors: number; p50: number; p95: number; max: number }): string {
  return `| /health, embedded, ${p.phase} | p50 / p95 / max | ${p.p50} / ${p.p95} / ${p.max} ms (${p.requests} requests, ${p.errors} errors) | ≤ 200 ms | ${p.errors === 0 && p.max <= 200 ? 'met' : 'missed'} |`;
}

async function main(): Promise<void> {
  const duration = argNumber('duration', 20);
  const warmup = argNumber('warmup', 5);
  const connections = argNumber('connections', 10);
  const soakSeconds = argNumber('soak-seconds', 300);
  const importRows = argNumber('import-rows', 100_000);
  const quickAccounts = argValue('accounts');
  const out = argValue('out', join(WORKSPACE, 'tmp/bench/bench-results.json')) as string;
  const only = new Set((argValue('cases', 'statements,queue,accounts,dashboard,me,memory,import,embedded-health,bulk-assign,export') as string).split(','));
  const want = (c: string) => only.has(c);
  if (want('day-one')) {
    // Day one (issue #16): its own fresh database (embedded data folder, or a throwaway database of
    // the server named by DATABASE_URL), its own api; nothing else runs beside it.
    if (only.size > 1) throw new Error('--cases day-one runs alone (it makes its own database and api)');
    const t0 = Date.now();
    const result = await dayOne((s) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}`));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ dayOne: result }, null, 2));
    console.log('\n' + dayOneTable(result));
    console.log(`\nmachine: ${JSON.stringify(result['machine'])}\nresults: ${out}`);
    console.log(JSON.stringify({ dayOne: result }));
    return;
  }
  if (only.size === 1 && want('embedded-health')) {
    // The embedded mode alone needs no database server: its own data folder, the demo loaded.
    const embedded = await measureEmbeddedHealth();
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ embeddedHealth: embedded }, null, 2));
    console.log('| case | metric | value | goal | met |\n|---|---|---|---|---|');
    for (const p of embedded.phases) console.log(embeddedRow(p));
    console.log(`| SIGTERM during an import (embedded) | exit after | ${embedded.stopSeconds} s | ≤ 10 s | ${embedded.stopSeconds <= 10 ? 'met' : 'missed'} |`);
    return;
  }
  const redisUrl = argValue('redis', process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379') as string;
  const givenUrl = process.env['DATABASE_URL'];
  if (!givenUrl || !/^postgres(ql)?:\/\//.test(givenUrl)) {
    console.error('bench needs DATABASE_URL=postgres://… (a database seeded by `npm run seed:scale`, or any database of the server with --accounts N).');
    process.exit(2);
  }
  let dbUrl = givenUrl;
  const t0 = Date.now();
  const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}`);

  if (quickAccounts) {
    const u = new URL(givenUrl);
    u.pathname = '/lifeboat_bench_quick';
    dbUrl = u.toString();
    log(`seeding ${quickAccounts} accounts into ${redact(dbUrl)} (seed:scale --fresh)`);
    const seeded = spawnSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(__dirname, 'seed-scale.ts'), '--accounts', quickAccounts, '--fresh'], {
      cwd: WORKSPACE,
      env: { ...process.env, DATABASE_URL: dbUrl },
      stdio: 'inherit',
    });
    if (seeded.status !== 0) throw new Error('seed:scale failed');
  }
  const dbName = decodeURIComponent(new URL(dbUrl).pathname.slice(1));

  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  const ownPid = (await pg.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
  /** A request given up on leaves its statement running in PostgreSQL: cancel what runs in the database for more than 2 s. */
  const cancelRunaway = async () => {
    const { rows } = await pg.query(
      `SELECT pid, pg_cancel_backend(pid) AS cancelled, left(query, 60) AS query FROM pg_stat_activity
       WHERE datname = $1 AND pid <> pg_backend_pid() AND state = 'active' AND now() - query_start > interval '2 seconds'`,
      [dbName],
    );
    if (rows.length) log(`cancelled ${rows.length} runaway statement(s): ${rows.map((r) => r.query.replace(/\s+/g, ' ')).join(' | ')}`);
  };
  const probeSeconds = argNumber('probe-seconds', 20);
  const seedInfo = (await pg.query(`SELECT value FROM instance_setting WHERE key = 'bench.seed'`).catch(() => ({ rows: [] as any[] }))).rows[0]?.value;
  if (!seedInfo) throw new Error(`${redact(dbUrl)} was not made by seed:scale (no bench.seed setting): run npm run seed:scale first, or pass --accounts N.`);
  const demo = (await pg.query(`SELECT count(*)::int AS n FROM app_user WHERE is_demo OR email LIKE '%@lifeboat.demo'`)).rows[0].n;
  if (demo > 0) throw new Error(`${redact(dbUrl)} holds ${demo} demo users: the benchmark refuses a database with demo users.`);

  const sizes = Object.fromEntries(
    (
      await pg.query(`SELECT 'accounts' AS k, count(*)::int AS n FROM account UNION ALL SELECT 'contacts', count(*)::int FROM contact
      UNION ALL SELECT 'deals', count(*)::int FROM opportunity UNION ALL SELECT 'transitions', count(*)::int FROM stage_transition
      UNION ALL SELECT 'activities', count(*)::int FROM activity UNION ALL SELECT 'rivalServices', count(*)::int FROM rival_service
      UNION ALL SELECT 'users', count(*)::int FROM app_user`)
    ).rows.map((r) => [r.k, r.n]),
  );
  const [biggest] = (
    await pg.query(`SELECT c.id, c.name, count(a.id)::int AS accounts FROM campaign c JOIN account a ON a.campaign_id = c.id GROUP BY c.id, c.name ORDER BY 3 DESC, 1 LIMIT 1`)
  ).rows;
  const team = (
    await pg.query(`SELECT u.id, u.email, m.team_role FROM campaign_member m JOIN app_user u ON u.id = m.user_id WHERE m.campaign_id = $1 ORDER BY m.team_role, u.email`, [biggest.id])
  ).rows as Array<{ id: string; email: string; team_role: string }>;
  const reps = team.filter((m) => m.team_role === 'rep');
  const others = (await pg.query(`SELECT id, email FROM app_user WHERE email NOT IN (SELECT email FROM app_user u JOIN campaign_member m ON m.user_id = u.id WHERE m.campaign_id = $1) ORDER BY email LIMIT 20`, [biggest.id])).rows;
  const pgInfo = (
    await pg.query(`SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num, current_setting('logging_collector') AS collector,
       pg_current_logfile() AS logfile, current_setting('data_directory') AS data_dir, current_setting('shared_buffers') AS shared_buffers,
       current_setting('work_mem') AS work_mem, current_setting('max_connections') AS max_connections,
       EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements') AS pss`)
  ).rows[0];
  log(`database ${redact(dbUrl)}: ${JSON.stringify(sizes)}; biggest campaign "${biggest.name}" (${biggest.accounts} accounts, ${reps.length} reps)`);

  const env = {
    NODE_ENV: 'production',
    LIFEBOAT_ROLE: 'api',
    LIFEBOAT_DEMO: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    LIFEBOAT_QUEUE_PREFIX: 'lbbench',
    LIFEBOAT_JWT_SECRET: randomBytes(36).toString('base64url'),
    ACCESS_TOKEN_TTL_SECONDS: '86400',
  };

  // Rate limits: the counters of the bench's prefix are deleted twice a second.
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  let resetting = true;
  const resetLimits = async () => {
    while (resetting) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', 'lbbench:rl:*', 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
      await sleep(500);
    }
  };
  const resetter = resetLimits().catch((e) => log(`rate-limit reset stopped: ${e}`));

  const login = async (base: string, email: string): Promise<string> => {
    const r = await gql<{ login: { accessToken: string } }>(base, null, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email, password: SCALE_PASSWORD },
    });
    if (!r.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.accessToken;
  };

  const campaignGid = globalId('Campaign', biggest.id);
  const results: Record<string, unknown> = {};
  const rows: Row[] = [];

  // ---- 1. Statements per request (a separate api process, with log_statement=all for the database)
  const logFile = findServerLog(String(pgInfo.num).slice(0, 2), pgInfo.collector, pgInfo.logfile, pgInfo.data_dir);
  const tokens = new Map<string, string>();
  const statements: Record<string, { perRequest: number; runs: number[]; transactionControl: number; statements: string[] } | { error: string }> = {};
  if (!want('statements')) {
    log('statement counts skipped (--cases)');
  } else if (logFile && existsSync(logFile)) {
    await pg.query(`ALTER DATABASE ${dbName} SET log_statement = 'all'`);
    let counting: ApiProcess | undefined;
    try {
      // Dashboards computed on every read here: the count is the computation's, not a kept snapshot's.
      counting = await startApi({ ...env, LIFEBOAT_DASHBOARD_CACHE_SECONDS: '0' });
      log(`statement counts: api pid ${counting.pid}, server log ${logFile}`);
      for (const m of [...team, ...others]) tokens.set(m.email, await login(counting.url, m.email));
      const rep = tokens.get(reps[0].email) as string;
      const T = probeSeconds * 1000;
      const cases: Record<string, () => Promise<unknown>> = {
        'accounts(first: 50) nested': () => gql(counting!.url, rep, ACCOUNTS_NESTED, { first: 50 }, T),
        'accounts(first: 200) nested': () => gql(counting!.url, rep, ACCOUNTS_NESTED, { first: 200 }, T),
        'myQueue(first: 50)': () => gql(counting!.url, rep, MY_QUEUE, { first: 50 }, T),
        pipelineDashboard: () => gql(counting!.url, rep, DASHBOARD, { campaignId: campaignGid }, T),
        '{ me { id } }': () => gql(counting!.url, rep, ME, {}, T),
        'idle (1 s, no request)': () => sleep(1000),
      };
      const counter = new StatementCounter(logFile, dbName, ownPid);
      for (const [name, run] of Object.entries(cases)) {
        const before = counter.size();
        const first = (await run().catch(async (e) => {
          await cancelRunaway();
          await sleep(500);
          return { timedOut: `${e}` };
        })) as { errors?: unknown; timedOut?: string } | undefined;
        if (first?.timedOut) {
          statements[name] = { error: `no answer within ${probeSeconds} s (${first.timedOut}); statements sent before the cancel: ${counter.since(before).length}`, statements: counter.since(before) } as any;
          continue;
        }
        if (first && first.errors) {
          statements[name] = { error: JSON.stringify(first.errors).slice(0, 300) };
          continue;
        }
        const runs: number[] = [];
        let last: string[] = [];
        for (let k = 0; k < 3; k++) {
          await sleep(300);
          const from = counter.size();
          await run().catch(() => cancelRunaway());
          await sleep(400);
          last = counter.since(from);
          runs.push(last.length);
        }
        const control = last.filter((s) => /^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)/i.test(s)).length;
        statements[name] = { perRequest: [...runs].sort((a, b) => a - b)[1], runs, transactionControl: control, statements: last };
      }
    } finally {
      await counting?.stop();
      await pg.query(`ALTER DATABASE ${dbName} RESET log_statement`);
    }
  } else {
    log(`statement counts skipped: no readable PostgreSQL log (pass --pg-log FILE)`);
  }
  results['statements'] = statements;

  // ---- 2. Latency and throughput: the api and the yardsticks, one after the other.
  /** A yardstick in its own process (ts-node), once it prints "ready <port>". */
  const yardsticks: ChildProcess[] = [];
  const spawnReady = async (script: string, extraEnv: Record<string, string>): Promise<{ port: number; line: string }> => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(__dirname, script)], {
      cwd: WORKSPACE,
      env: { ...process.env, ...extraEnv, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    track(child);
    yardsticks.push(child);
    const line = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout?.on('data', (d) => {
        text += d;
        if (text.includes('ready')) resolve(text.trim());
      });
      child.on('exit', (code) => reject(new Error(`${script} exited ${code}`)));
    });
    return { port, line };
  };
  const { port: refPort, line: refReady } = await spawnReady('reference-server.ts', { DATABASE_URL: dbUrl });
  const refBase = `http://127.0.0.1:${refPort}`;
  log(`reference server: ${refReady}`);

  const api = await startApi(env);
  const rssBoot = rssKiB(api.pid);
  log(`api pid ${api.pid} at ${api.url}, RSS after boot ${(rssBoot / 1024).toFixed(0)} MiB`);
  if (!tokens.size) for (const m of [...team, ...others]) tokens.set(m.email, await login(api.url, m.email));
  const repTokens = reps.map((r) => tokens.get(r.email) as string);
  const teamTokens = team.map((r) => tokens.get(r.email) as string);
  const allTokens = [...tokens.values()];
  const repScopes = new Map<string, string[]>();
  for (const r of reps) {
    repScopes.set(r.id, (await pg.query(`SELECT campaign_id FROM campaign_member WHERE user_id = $1 ORDER BY campaign_id`, [r.id])).rows.map((x) => x.campaign_id));
  }

  // Same rows? The queue of the first rep, by GraphQL and by the raw SQL.
  const viaApi = await gql(api.url, repTokens[0], MY_QUEUE, { first: 50 });
  const viaSql = await fetch(`${refBase}/queue?u=${reps[0].id}&c=${repScopes.get(reps[0].id)!.join(',')}`).then((r) => r.json() as Promise<any>);
  const apiIds = (viaApi.data?.myQueue?.edges ?? []).map((e: any) => Buffer.from(e.node.account.id, 'base64url').toString().split(':')[1]);
  const sqlIds = viaSql.rows.map((r: any) => r.id);
  const sameRows = apiIds.length > 0 && JSON.stringify(apiIds) === JSON.stringify(sqlIds) && viaApi.data.myQueue.totalCount === viaSql.totalCount;
  log(`myQueue: ${apiIds.length} rows by GraphQL, ${sqlIds.length} by SQL, totalCount ${viaApi.data?.myQueue?.totalCount}/${viaSql.totalCount}: ${sameRows ? 'same rows' : 'DIFFERENT'}`);
  results['queueSameRows'] = sameRows;

  const skipped: Stats = { requests: 0, seconds: 0, rps: NaN, p50: NaN, p95: NaN, p99: NaN, mean: NaN, errors: 0, sampleError: 'not run (--cases)' };
  const measure = async (name: string, base: string, next: () => RequestSpec, check = graphqlCheck): Promise<Stats> => {
    const key = name.startsWith('myQueue') ? 'queue' : name.startsWith('accounts') ? 'accounts' : name.startsWith('pipelineDashboard') ? 'dashboard' : 'me';
    if (!want(key)) return skipped;
    if (warmup > 0) await load(base, next, warmup, connections, check);
    const s = await load(base, next, duration, connections, check);
    log(`${name.padEnd(40)} p50 ${String(s.p50).padStart(7)} ms  p95 ${String(s.p95).padStart(7)} ms  p99 ${String(s.p99).padStart(7)} ms  ${String(s.rps).padStart(8)} req/s  errors ${s.errors}${s.sampleError ? ` (${s.sampleError.slice(0, 200)})` : ''}`);
    return s;
  };
  const latency: Record<string, Stats> = {};
  const nextRep = rotate(repTokens);
  const nextRepId = rotate(reps.map((r) => r.id));
  latency['myQueue (GraphQL)'] = await measure('myQueue(first: 50) GraphQL', api.url, () => gqlSpec(nextRep(), MY_QUEUE, { first: 50 }));
  latency['myQueue (raw SQL)'] = await measure('myQueue(first: 50) raw SQL via pg', refBase, () => {
    const id = nextRepId();
    return { path: `/queue?u=${id}&c=${repScopes.get(id)!.join(',')}` };
  }, plainCheck);
  latency['accounts 50 (GraphQL)'] = await measure('accounts(first: 50) nested', api.url, () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 50 }));
  latency['accounts 200 (GraphQL)'] = await measure('accounts(first: 200) nested', api.url, () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 200 }));
  const nextTeam = rotate(teamTokens);
  // One request first: at this scale a dashboard may take minutes, and ten of them at once would load the machine for long after the test.
  const probe = async (run: (signal: AbortSignal) => Promise<unknown>): Promise<number | null> => {
    const t = performance.now();
    try {
      await run(AbortSignal.timeout(probeSeconds * 1000));
      return performance.now() - t;
    } catch {
      await cancelRunaway();
      return null;
    }
  };
  let dashboardSlow = false;
  if (want('dashboard')) {
    const single = await probe((signal) => fetch(`${api.url}/graphql`, { ...gqlSpec(teamTokens[0], DASHBOARD, { campaignId: campaignGid }), signal }).then((r) => r.text()));
    const singleRef = await probe((signal) => fetch(`${refBase}/dashboard?c=${biggest.id}`, { signal }).then((r) => r.text()));
    results['dashboardSingleRequestMs'] = { graphql: single, repositorySql: singleRef };
    log(`pipelineDashboard, one request: GraphQL ${single === null ? `> ${probeSeconds} s (cancelled)` : `${single.toFixed(0)} ms`}, repository SQL ${singleRef === null ? `> ${probeSeconds} s (cancelled)` : `${singleRef.toFixed(0)} ms`}`);
    dashboardSlow = single === null || singleRef === null;
  }
  const tooSlow = (): Stats => ({ ...skipped, sampleError: `one request took more than ${probeSeconds} s: not load-tested` });
  latency['pipelineDashboard (GraphQL)'] = dashboardSlow ? tooSlow() : await measure('pipelineDashboard GraphQL', api.url, () => gqlSpec(nextTeam(), DASHBOARD, { campaignId: campaignGid }));
  latency['pipelineDashboard (repository SQL)'] = dashboardSlow ? tooSlow() : await measure('pipelineDashboard repository SQL', refBase, () => ({ path: `/dashboard?c=${biggest.id}` }), plainCheck);
  const nextAny = rotate(allTokens);
  latency['me (GraphQL)'] = await measure('{ me { id } } GraphQL', api.url, () => gqlSpec(nextAny(), ME));
  const meId = (await gql(api.url, allTokens[0], ME)).data?.me?.id;
  latency['me (bare http)'] = await measure('bare node:http, same JSON', refBase, () => ({ path: `/me?id=${meId}` }), plainCheck);
  if (want('me')) {
    // The same query on the api's framework stack alone (Nest + Express + Apollo, nothing of Lifeboat's).
    const floor = await spawnReady('stack-floor.ts', { ME_ID: String(meId) });
    log(`stack floor: ${floor.line}`);
    latency['me (stack floor)'] = await measure('{ me { id } } on Nest + Apollo alone', `http://127.0.0.1:${floor.port}`, () => gqlSpec(nextAny(), ME));
  }
  results['latency'] = latency;

  // ---- 2b. CSV export (issue #19): every account (the admin sees every campaign) as a file from GET /exports/accounts.csv,
  // read as it arrives, against the same rows and columns written by psql's \copy … TO (PostgreSQL's own CSV) in the same run.
  if (want('export')) {
    const admin = (await pg.query(`SELECT email FROM app_user WHERE role = 'admin' ORDER BY email LIMIT 1`)).rows[0].email as string;
    const token = await login(api.url, admin);
    const runs: Array<{ seconds: number; rows: number; bytes: number; rssStartKiB: number; rssPeakKiB: number }> = [];
    for (let k = 0; k < 3; k++) {
      const rssStart = rssKiB(api.pid);
      let rssPeak = rssStart;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssKiB(api.pid))), 50);
      const t = process.hrtime.bigint();
      const response = await fetch(`${api.url}/exports/accounts.csv`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
      let bytes = 0;
      let lines = 0;
      for await (const piece of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += piece.length;
        for (let i = 0; i < piece.length; i++) if (piece[i] === 10) lines++;
      }
      const seconds = Number(process.hrtime.bigint() - t) / 1e9;
      clearInterval(sampler);
      runs.push({ seconds: round(seconds, 2), rows: lines - 1, bytes, rssStartKiB: rssStart, rssPeakKiB: rssPeak });
      log(`export: ${lines - 1} rows, ${(bytes / 1048576).toFixed(1)} MiB in ${seconds.toFixed(2)} s; api RSS ${(rssStart / 1024).toFixed(0)} → peak ${(rssPeak / 1024).toFixed(0)} MiB`);
    }
    const copySql = `SELECT a.name, a.external_ref, a.segment, array_to_string(a.countries, '|'), a.monthly_spend, ct.name, ct.email, ct.title, ct.phone,
        a.prepaid_until, a.contract_ends_at, a.has_backup_provider, a.rival_is_principal_operator, cc.currency, a.urgency, cur.stage, cur.due_at,
        u.name, u.email, cc.name, a.id
      FROM account a JOIN campaign cc ON cc.id = a.campaign_id LEFT JOIN app_user u ON u.id = a.owner_id
      LEFT JOIN LATERAL (SELECT o.stage, o.due_at FROM opportunity o WHERE o.account_id = a.id ORDER BY (o.stage IN ('won','lost')), o.created_at DESC, o.id DESC LIMIT 1) cur ON TRUE
      LEFT JOIN LATERAL (SELECT k.name, k.email, k.title, k.phone FROM contact k WHERE k.account_id = a.id ORDER BY k.decision_maker DESC, k.created_at, k.id LIMIT 1) ct ON TRUE
      ORDER BY a.campaign_id, a.name, a.id`;
    const copies: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      const copy = spawnSync('psql', [dbUrl, '-q', '-c', `\\copy (${copySql.replace(/\s+/g, ' ')}) TO '/dev/null' WITH (FORMAT csv, HEADER)`], { encoding: 'utf8' });
      if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
      copies.push(round(Number(process.hrtime.bigint() - t) / 1e9, 2));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    results['export'] = { runs, copySeconds: copies, medianSeconds: median(runs.map((r) => r.seconds)), medianCopySeconds: median(copies) };
    log(`export: median ${median(runs.map((r) => r.seconds))} s; psql \\copy of the same rows median ${median(copies)} s`);
  }

  // ---- 3. Memory: at rest (after the cases above and 10 s idle) and after the mixed soak.
  const soakFor = want('memory') ? soakSeconds : 0;
  const mixEarly = () => [
    () => gqlSpec(nextRep(), MY_QUEUE, { first: 50 }),
    () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 50 }),
    () => gqlSpec(nextAny(), ME),
  ];
  if (soakFor > 0 && !['queue', 'accounts', 'me'].some(want)) {
    // No latency case ran: warm the process up (JIT, pools, caches) before the reading at rest.
    const warm = rotate(mixEarly());
    await load(api.url, () => warm()(), 60, connections, graphqlCheck);
  }
  if (soakFor > 0) await sleep(10_000);
  const rssRest = rssKiB(api.pid);
  log(`RSS at rest ${(rssRest / 1024).toFixed(0)} MiB; soak ${soakSeconds} s of mixed load`);
  const mix: Array<() => RequestSpec> = [
    () => gqlSpec(nextRep(), MY_QUEUE, { first: 50 }),
    () => gqlSpec(nextRep(), MY_QUEUE, { first: 50 }),
    () => gqlSpec(nextRep(), MY_QUEUE, { first: 50 }),
    () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 50 }),
    () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 50 }),
    () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 200 }),
    () => gqlSpec(nextAny(), ME),
    () => gqlSpec(nextAny(), ME),
    ...(dashboardSlow ? [] : [() => gqlSpec(nextTeam(), DASHBOARD, { campaignId: campaignGid })]),
  ];
  const nextMix = rotate(mix);
  const rssSeries: number[] = [];
  // RSS saw-tooths with each major GC: sample every 2 s and compare the floors (the lowest RSS of
  // the first and of the last fifth of the soak) as well as the single reading at the end.
  const sampler = setInterval(() => rssSeries.push(rssKiB(api.pid)), 2_000);
  const soak = soakFor > 0 ? await load(api.url, () => nextMix()(), soakFor, connections, graphqlCheck) : null;
  clearInterval(sampler);
  const rssEnd = rssKiB(api.pid);
  if (soakFor > 0) await sleep(10_000);
  const rssEndIdle = rssKiB(api.pid);
  const fifth = Math.max(1, Math.floor(rssSeries.length / 5));
  const floorStart = rssSeries.length ? Math.min(...rssSeries.slice(0, fifth)) : NaN;
  const floorEnd = rssSeries.length ? Math.min(...rssSeries.slice(-fifth)) : NaN;
  const peak = rssSeries.length ? Math.max(...rssSeries) : NaN;
  results['memory'] = { rssBootKiB: rssBoot, rssRestKiB: rssRest, rssAfterSoakKiB: rssEnd, rssAfterSoakIdleKiB: rssEndIdle, floorStartKiB: floorStart, floorEndKiB: floorEnd, peakKiB: peak, seriesKiB: rssSeries, soak };
  if (soakFor > 0) log(`RSS after soak ${(rssEnd / 1024).toFixed(0)} MiB (${(((rssEnd - rssRest) / rssRest) * 100).toFixed(1)} %), 10 s later ${(rssEndIdle / 1024).toFixed(0)} MiB; soak ${soak?.requests} requests, ${soak?.rps} req/s, errors ${soak?.errors}`);

  await api.stop();
  for (const child of yardsticks) child.kill('SIGTERM');
  resetting = false;

  // ---- 4. Import: tools/bench-import.ts (the import's own bench, by the engineer optimising it), if present.
  let importResult: Record<string, unknown> | null = null;
  const importBench = join(WORKSPACE, 'tools/bench-import.ts');
  if (want('import') && importRows > 0 && existsSync(importBench)) {
    const server = new URL(dbUrl);
    server.pathname = '/postgres';
    log(`import: ${importBench} --rows ${importRows}`);
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', importBench, '--rows', String(importRows), '--url', server.toString()], {
      cwd: WORKSPACE,
      env: { ...process.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 30 * 60_000,
    });
    const line = (run.stdout ?? '').trim().split('\n').reverse().find((l) => l.startsWith('{'));
    importResult = line ? JSON.parse(line) : { error: `exit ${run.status}: ${(run.stderr ?? '').slice(-1500)}` };
    log(`import: ${JSON.stringify(importResult)}`);
  } else {
    importResult = { error: !want('import') || importRows === 0 ? 'skipped' : 'tools/bench-import.ts not present: not measurable yet' };
  }
  results['import'] = importResult;

  // ---- 4b. /health of the embedded mode (PGlite in a thread of the api process) at rest, during an import, a 45 MB upload and heavy reads.
  if (want('embedded-health')) {
    log('embedded /health: idle, during a 20,000-row import, during a 45 MB upload');
    results['embeddedHealth'] = await measureEmbeddedHealth(log).catch((error: unknown) => ({ error: String(error) }));
  }
  // ---- 4b. Bulk assignment: tools/bench-bulk-assign.ts, 100,000 accounts handed out to 10 reps.
  let bulkResult: Record<string, unknown> | null = null;
  const bulkBench = join(WORKSPACE, 'tools/bench-bulk-assign.ts');
  if (want('bulk-assign') && existsSync(bulkBench)) {
    const server = new URL(dbUrl);
    server.pathname = '/postgres';
    log(`bulk-assign: ${bulkBench} --accounts 100000 --reps 10`);
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', bulkBench, '--accounts', '100000', '--reps', '10', '--url', server.toString()], {
      cwd: WORKSPACE,
      env: { ...process.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 30 * 60_000,
    });
    const line = (run.stdout ?? '').trim().split('\n').reverse().find((l) => l.startsWith('{'));
    bulkResult = line ? JSON.parse(line) : { error: `exit ${run.status}: ${(run.stderr ?? '').slice(-1500)}` };
    log(`bulk-assign: ${JSON.stringify(bulkResult)}`);
  } else {
    bulkResult = { error: 'skipped' };
  }
  results['bulkAssign'] = bulkResult;

  // ---- 5. The table.
  const L = latency;
  // Two decimals, or two significant digits below 0.1 (a kept dashboard is ~0.004× its SQL).
  const ratio = (a: number, b: number) => (b > 0 ? (a / b < 0.1 ? Number((a / b).toPrecision(2)) : round(a / b, 2)) : NaN);
  const st = (k: string) => (statements[k] && 'perRequest' in statements[k] ? (statements[k] as { perRequest: number }).perRequest : NaN);
  const metBy = (ok: boolean | null): Row['met'] => (ok === null || ok === undefined ? 'n/a' : ok ? 'met' : 'missed');
  const q = L['myQueue (GraphQL)'];
  const qr = L['myQueue (raw SQL)'];
  rows.push({ case: 'myQueue(first: 50), rep', metric: 'p95', value: `${q.p95} ms`, reference: `raw SQL ${qr.p95} ms`, ratio: `${ratio(q.p95, qr.p95)}×`, goal: '≤ 50 ms and ≤ 2× raw SQL', met: metBy(q.requests ? q.errors === 0 && q.p95 <= 50 && q.p95 <= 2 * qr.p95 : null) });
  rows.push({ case: 'myQueue(first: 50), rep', metric: 'p50 / p99, req/s', value: `${q.p50} / ${q.p99} ms, ${q.rps}/s`, reference: `${qr.p50} / ${qr.p99} ms, ${qr.rps}/s`, ratio: `${ratio(q.p50, qr.p50)}× (p50)`, goal: '', met: 'n/a' });
  const a50 = L['accounts 50 (GraphQL)'];
  const a200 = L['accounts 200 (GraphQL)'];
  const s50 = st('accounts(first: 50) nested');
  const s200 = st('accounts(first: 200) nested');
  rows.push({ case: 'accounts(first: 50) nested', metric: 'SQL statements / request', value: String(s50), reference: `first: 200 → ${s200}`, ratio: '', goal: 'same for 50 and 200, ≤ 6', met: metBy(Number.isFinite(s50) ? s50 === s200 && s50 <= 6 : null) });
  rows.push({ case: 'accounts(first: 50) nested', metric: 'p95 (p50, req/s)', value: `${a50.p95} ms (${a50.p50} ms, ${a50.rps}/s)`, reference: '', ratio: '', goal: '≤ 50 ms', met: metBy(a50.requests ? a50.errors === 0 && a50.p95 <= 50 : null) });
  rows.push({ case: 'accounts(first: 200) nested', metric: 'p95 (p50, req/s)', value: `${a200.p95} ms (${a200.p50} ms, ${a200.rps}/s)`, reference: '', ratio: '', goal: '(no goal)', met: 'n/a' });
  const d = L['pipelineDashboard (GraphQL)'];
  const dr = L['pipelineDashboard (repository SQL)'];
  const single = results['dashboardSingleRequestMs'] as { graphql: number | null; repositorySql: number | null } | undefined;
  if (single) {
    const ms = (v: number | null) => (v === null ? `> ${probeSeconds} s` : `${Math.round(v)} ms`);
    rows.push({
      case: `pipelineDashboard, biggest campaign, first read (computed)`,
      metric: 'one request',
      value: ms(single.graphql),
      reference: `repository SQL ${ms(single.repositorySql)}`,
      ratio: single.graphql !== null && single.repositorySql !== null ? `${ratio(single.graphql, single.repositorySql)}×` : '',
      goal: '',
      met: 'n/a',
    });
  }
  rows.push({ case: `pipelineDashboard, biggest campaign (${biggest.accounts} accounts), served (kept ≤ 30 s, recomputed after changes)`, metric: 'p95 (p50, req/s)', value: dashboardSlow ? `one request > ${probeSeconds} s (cancelled)` : `${d.p95} ms (${d.p50} ms, ${d.rps}/s)`, reference: dashboardSlow ? `repository SQL: ${(results['dashboardSingleRequestMs'] as any).repositorySql === null ? `> ${probeSeconds} s` : `${Math.round((results['dashboardSingleRequestMs'] as any).repositorySql)} ms`} (one request)` : `repository SQL ${dr.p95} ms (${dr.p50} ms)`, ratio: `${ratio(d.p95, dr.p95)}×`, goal: '≤ 200 ms', met: metBy(dashboardSlow ? false : d.requests ? d.errors === 0 && d.p95 <= 200 : null) });
  const imp = importResult as Record<string, any>;
  rows.push({
    case: `importAccounts, ${importRows} rows`,
    metric: 'rows/s; ratio to COPY',
    value: imp['rowsPerSecond'] ? `${imp['rowsPerSecond']} rows/s (${imp['seconds']} s)` : String(imp['error']).slice(0, 120),
    reference: imp['copySeconds'] ? `COPY ${imp['copySeconds']} s` : '',
    ratio: imp['ratio'] ? `${imp['ratio']}×` : '',
    goal: '≥ 20,000 rows/s and ≤ 3× COPY',
    met: metBy(imp['rowsPerSecond'] ? imp['rowsPerSecond'] >= 20_000 && imp['ratio'] <= 3 : null),
  });
  const embedded = results['embeddedHealth'] as { phases?: Array<Parameters<typeof embeddedRow>[0]>; stopSeconds?: number } | undefined;
  for (const p of embedded?.phases ?? []) {
    rows.push({ case: `/health, embedded, ${p.phase}`, metric: 'p50 / p95 / max', value: `${p.p50} / ${p.p95} / ${p.max} ms (${p.requests} requests)`, reference: `idle p95 ${embedded?.phases?.[0]?.p95} ms`, ratio: '', goal: '≤ 200 ms', met: metBy(p.errors === 0 && p.max <= 200) });
  }
  const bulk = bulkResult as Record<string, any>;
  rows.push({
    case: 'startBulkAssignment, 100,000 accounts to 10 reps (by load)',
    metric: 'seconds to completed',
    value: bulk['seconds'] ? `${bulk['seconds']} s (${bulk['accountsPerSecond']} accounts/s)` : String(bulk['error']).slice(0, 120),
    reference: bulk['updateSeconds'] ? `one UPDATE ${bulk['updateSeconds']} s` : '',
    ratio: bulk['ratio'] ? `${bulk['ratio']}×` : '',
    goal: '≤ 20 s',
    met: metBy(bulk['seconds'] ? bulk['seconds'] <= 20 : null),
  });
  const ex = results['export'] as { runs: Array<{ rows: number; rssStartKiB: number; rssPeakKiB: number }>; medianSeconds: number; medianCopySeconds: number } | undefined;
  if (ex) {
    const growth = Math.max(...ex.runs.map((r) => r.rssPeakKiB - r.rssStartKiB)) / 1024;
    rows.push({
      case: `GET /exports/accounts.csv, every account (admin; ${ex.runs[0].rows} rows)`,
      metric: 'seconds (median of 3); api RSS growth (max)',
      value: `${ex.medianSeconds} s; +${growth.toFixed(0)} MiB`,
      reference: `psql \\copy of the same rows ${ex.medianCopySeconds} s`,
      ratio: `${ratio(ex.medianSeconds, ex.medianCopySeconds)}×`,
      goal: '200,000 rows ≤ 10 s, memory flat',
      met: metBy(ex.runs[0].rows >= 200_000 ? ex.medianSeconds <= 10 && growth <= 64 : null),
    });
  }
  const me = L['me (GraphQL)'];
  const bare = L['me (bare http)'];
  rows.push({ case: '{ me { id } }, bearer token', metric: 'req/s (p50)', value: `${me.rps}/s (${me.p50} ms)`, reference: `bare http ${bare.rps}/s (${bare.p50} ms)`, ratio: `${ratio(me.rps, bare.rps)}×`, goal: '≥ 0.25× bare http', met: metBy(me.requests ? me.errors === 0 && me.rps >= 0.25 * bare.rps : null) });
  const floorMe = L['me (stack floor)'];
  if (floorMe?.requests) {
    rows.push({
      case: '{ me { id } } on Nest + Express + Apollo alone (no auth, DB, Redis)',
      metric: 'req/s (p50)',
      value: `${floorMe.rps}/s (${floorMe.p50} ms)`,
      reference: `bare http ${bare.rps}/s; api ${me.rps}/s`,
      ratio: `${ratio(floorMe.rps, bare.rps)}× bare; api ${ratio(me.rps, floorMe.rps)}× floor`,
      goal: '(the stack’s ceiling)',
      met: 'n/a',
    });
  }
  // The goal is judged on the larger of: rest → end of soak, and floor of the first fifth → floor of the last fifth.
  const growth = Math.max((rssEnd - rssRest) / rssRest, (floorEnd - floorStart) / floorStart);
  const mib = (k: number) => (k / 1024).toFixed(0);
  rows.push({ case: `api RSS, ${soakFor} s mixed load (${soak?.requests ?? 0} requests)`, metric: 'growth (larger of rest→end, floor→floor)', value: `rest ${mib(rssRest)} → end ${mib(rssEnd)} MiB; floor ${mib(floorStart)} → ${mib(floorEnd)} MiB; peak ${mib(peak)} MiB`, reference: `boot ${mib(rssBoot)} MiB`, ratio: `${(growth * 100).toFixed(1)} %`, goal: '≤ 10 %', met: metBy(soakFor > 0 ? growth <= 0.1 : null) });

  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: round(totalmem() / 2 ** 30, 1), node: process.version, loadavgAtEnd: loadavg().map((x) => round(x, 2)), postgres: pgInfo };
  const settings = { duration, warmup, connections, soakSeconds, importRows, database: redact(dbUrl), seed: seedInfo, sizes, biggest, repsRotated: reps.length };
  results['table'] = rows;
  results['machine'] = machine;
  results['settings'] = settings;

  // ---- 6. CPU profiles of the api where a goal is missed (--profile), or on every case (--profile-all).
  if (argFlag('profile') || argFlag('profile-all')) {
    const targets: Array<[string, () => RequestSpec]> = [];
    const missed = (prefix: string) => argFlag('profile-all') || rows.some((r) => r.case.startsWith(prefix) && r.met === 'missed');
    if (missed('myQueue')) targets.push(['myQueue', () => gqlSpec(nextRep(), MY_QUEUE, { first: 50 })]);
    if (missed('accounts')) targets.push(['accounts50', () => gqlSpec(nextRep(), ACCOUNTS_NESTED, { first: 50 })]);
    if (missed('pipelineDashboard') && !dashboardSlow) targets.push(['dashboard', () => gqlSpec(nextTeam(), DASHBOARD, { campaignId: campaignGid })]);
    if (missed('{ me')) targets.push(['me', () => gqlSpec(nextAny(), ME)]);
    const profiles: Record<string, unknown> = {};
    resetting = true;
    const resetter2 = resetLimits().catch(() => undefined);
    for (const [name, next] of targets) {
      const dir = join(WORKSPACE, 'tmp/bench/profiles', name);
      mkdirSync(dir, { recursive: true });
      const p = await startApi(env, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      await load(p.url, next, Math.max(3, warmup), connections, graphqlCheck);
      const s = await load(p.url, next, Math.max(10, duration), connections, graphqlCheck);
      await p.stop();
      const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
      profiles[name] = file ? { file, load: s, summary: summariseProfile(file, 15) } : { error: 'no profile written' };
      log(`profile ${name}: ${file ?? 'none'}`);
      if (file) console.log(JSON.stringify((profiles[name] as any).summary.byCategory));
    }
    resetting = false;
    await resetter2;
    results['profiles'] = profiles;
  }
  await resetter;
  redis.disconnect();
  await pg.end();

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2));
  console.log('\n' + markdownTable(rows));
  console.log(`\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memGiB} GiB, Node ${machine.node}, PostgreSQL ${pgInfo.version}; load average at end ${machine.loadavgAtEnd.join(' ')}`);
  console.log(`results: ${out}`);
}

export function markdownTable(rows: Row[]): string {
  const head = ['Case', 'Metric', 'Lifeboat', 'Reference (same run)', 'Ratio', 'Goal', 'Met'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${[r.case, r.metric, r.value, r.reference, r.ratio, r.goal, r.met].join(' | ')} |`);
  return lines.join('\n');
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
}
