/**
 * Import throughput on a PostgreSQL server, against a plain COPY of the same file.
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_BASEURL=../.. TS_NODE_TRANSPILE_ONLY=1 \
 *     node -r ts-node/register -r tsconfig-paths/register tools/bench-import.ts \
 *     [--rows 100000] [--url postgres://postgres@127.0.0.1:5432/postgres] [--profile] [--explain] [--keep] [--embedded]
 *
 * --profile adds the milliseconds spent in each method of the import's repositories and service;
 * --explain logs the plans of statements over 200 ms to the server's log (auto_explain, superuser);
 * --keep leaves the database for a look (its URL goes to stderr);
 * --embedded imports into the embedded database instead (PGlite in this process, on a temporary data
 * folder, as the default install runs); the COPY yardstick still runs on the server, in the same run.
 *
 * Makes a throwaway database on the server (dropped at the end), generates a CSV of `rows`
 * accounts (Lifeboat headers, every column filled, one contact each), boots the app in this
 * process (jobs in process, no HTTP port), submits the file through ImportsService.submit (what
 * `importAccounts` and `POST /imports/:campaignId` call) as an admin, and waits for the import to
 * complete. Then COPYs the same file into an unindexed text staging table with `psql \copy`.
 * Prints one JSON line: rows, seconds, rowsPerSecond, copySeconds, ratio (import / COPY), and
 * with --profile the time spent per statement of a chunk.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../apps/api/src/config/app-config';
import { startLifeboat } from '../apps/api/src/bootstrap';
import { ImportsService } from '../apps/api/src/imports/imports.service';
import { ImportUpsertRepository } from '../apps/api/src/imports/import-upsert.repository';
import { ImportsRepository } from '../apps/api/src/imports/imports.repository';
import { toGlobalId } from '../apps/api/src/common/graphql/global-id';
import { FULL_ACCESS, type Actor } from '../apps/api/src/identity/actor';

const HEADERS = [
  'name',
  'segment',
  'countries',
  'monthlySpend',
  'externalRef',
  'contactName',
  'contactEmail',
  'contactTitle',
  'contactPhone',
  'prepaidUntil',
  'contractEndsAt',
  'hasBackupProvider',
  'rivalIsPrincipalOperator',
];
const SEGMENTS = ['enterprise_vpn', 'isp_wholesale', 'hosting', 'colocation', 'smb_web'];
const COUNTRIES = ['FR', 'FR|DE', 'NL', 'BE|LU|FR', 'ES'];

/** A deterministic file of `rows` accounts (what the e2e suites and this bench import). */
export function generateCsv(rows: number, seed = 'bench'): string {
  const lines: string[] = [HEADERS.join(',')];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      [
        `"${seed} Customer ${i}, SA"`,
        SEGMENTS[i % 5],
        COUNTRIES[i % 5],
        String(100 + ((i * 7919) % 250_000) / 100),
        `${seed.toUpperCase()}-${i}`,
        `Contact ${i}`,
        `contact${i}@customer${i}.example`,
        i % 3 === 0 ? 'CTO' : 'Head of IT',
        `+33 1 ${String(10_000_000 + i).slice(0, 8)}`,
        `2027-0${1 + (i % 9)}-15`,
        `2026-1${i % 3}-01`,
        i % 2 === 0 ? 'yes' : 'no',
        i % 4 === 0 ? 'true' : 'false',
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Wraps the methods of a prototype to add up the time spent in each (--profile). */
function profile(target: object, label: string, totals: Record<string, number>): void {
  for (const key of Object.getOwnPropertyNames(target)) {
    const original = (target as Record<string, unknown>)[key];
    if (key === 'constructor' || typeof original !== 'function') continue;
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      const add = () => (totals[`${label}.${key}`] = (totals[`${label}.${key}`] ?? 0) + (performance.now() - t));
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (result instanceof Promise) return result.finally(add);
      add();
      return result;
    };
  }
}

async function main(): Promise<void> {
  const rows = Number(arg('rows', '100000'));
  const serverUrl = arg('url', process.env['LIFEBOAT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const totals: Record<string, number> = {};
  if (process.argv.includes('--profile')) {
    profile(ImportUpsertRepository.prototype, 'upsert', totals);
    profile(ImportsRepository.prototype, 'imports', totals);
    profile(ImportsService.prototype, 'service', totals);
  }

  const name = `lifeboat_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  if (process.argv.includes('--explain')) {
    // Plans of statements over 200 ms go to the server's log (auto_explain; needs a superuser).
    await admin.query(`ALTER DATABASE ${name} SET session_preload_libraries = 'auto_explain'`);
    await admin.query(`ALTER DATABASE ${name} SET auto_explain.log_min_duration = '200ms'`);
    await admin.query(`ALTER DATABASE ${name} SET auto_explain.log_analyze = 'on'`);
    await admin.query(`ALTER DATABASE ${name} SET auto_explain.log_nested_statements = 'on'`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(join(tmpdir(), 'lifeboat-bench-'));
  const file = join(dir, 'accounts.csv');
  let lifeboat: Awaited<ReturnType<typeof startLifeboat>> | undefined;
  try {
    const csv = generateCsv(rows);
    writeFileSync(file, csv);
    const embedded = process.argv.includes('--embedded');
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...(embedded ? { LIFEBOAT_DATA_DIR: join(dir, 'data') } : { DATABASE_URL: url.toString() }),
      LIFEBOAT_DEMO: 'false',
      LIFEBOAT_WEB_DIR: '/nonexistent',
    });
    lifeboat = await startLifeboat(config, { listen: false });
    const ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(
      `INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('Bench Rival', 'FR', 'distressed', now() + interval '20 days') RETURNING id`,
    );
    const [campaign] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Bench') RETURNING id`, [rival.id]);
    const [user] = await ds.query(
      `INSERT INTO app_user (email, name, role, password_hash) VALUES ('bench@example.test', 'Bench', 'admin', 'x') RETURNING id`,
    );
    const actor: Actor = { kind: 'user', userId: user.id, role: 'admin', name: 'Bench', email: 'bench@example.test', sessionId: null };

    const started = performance.now();
    const submitted = await lifeboat.app.get(ImportsService).submit(actor, FULL_ACCESS, {
      campaignId: toGlobalId('Campaign', campaign.id),
      csv,
      fileName: 'accounts.csv',
    });
    const submitSeconds = (performance.now() - started) / 1000;
    let status = submitted.status as string;
    for (let i = 0; i < 24_000 && status !== 'completed' && status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      [{ status }] = await ds.query(`SELECT status FROM account_import WHERE id = $1`, [submitted.id]);
      const [broken] = await ds.query(`SELECT last_error FROM job_run WHERE status = 'failed' LIMIT 1`);
      if (broken) throw new Error(`an import job failed: ${broken.last_error}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM account WHERE campaign_id = $1)::int AS accounts,
              (SELECT count(*) FROM opportunity WHERE campaign_id = $1)::int AS opportunities,
              (SELECT count(*) FROM contact c JOIN account a ON a.id = c.account_id WHERE a.campaign_id = $1)::int AS contacts,
              (SELECT count(*) FROM stage_transition WHERE campaign_id = $1)::int AS transitions,
              (SELECT failed_count FROM account_import WHERE id = $2)::int AS failed`,
      [campaign.id, submitted.id],
    );
    if (status !== 'completed' || counts.accounts !== rows) throw new Error(`import ${status}: ${JSON.stringify(counts)}`);

    // The yardstick: the same file COPYed into a plain text table, in the server's database.
    const copyDb = new Client({ connectionString: url.toString() });
    await copyDb.connect();
    await copyDb.query(`CREATE TABLE bench_copy (${HEADERS.map((h) => `"${h}" text`).join(', ')})`);
    const copyStarted = performance.now();
    execFileSync('psql', [url.toString(), '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy bench_copy FROM '${file}' WITH (FORMAT csv, HEADER true)`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const [{ n }] = (await copyDb.query(`SELECT count(*)::int AS n FROM bench_copy`)).rows;
    await copyDb.end();
    if (n !== rows) throw new Error(`COPY loaded ${n} rows`);

    const out: Record<string, unknown> = {
      database: embedded ? 'embedded' : 'server',
      rows,
      bytes: Buffer.byteLength(csv),
      seconds: round(seconds),
      submitSeconds: round(submitSeconds),
      rowsPerSecond: Math.round(rows / seconds),
      copySeconds: round(copySeconds),
      ratio: round(seconds / copySeconds),
      counts,
    };
    if (process.argv.includes('--profile')) out['profileMs'] = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)]));
    console.log(JSON.stringify(out));
  } finally {
    await lifeboat?.close().catch(() => undefined);
    if (process.argv.includes('--keep')) console.error(`kept database ${url.toString()}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
