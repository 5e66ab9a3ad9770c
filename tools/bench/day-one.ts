/**
 * Day one of a real race (issue #16, "Figures"): the BUILT api (built first: node apps/api/build.mjs) started as production would, on a
 * fresh database, and a real team's first day through the public API only:
 *
 *   1. the first admin accepts an invitation and signs in (see "The first admin" below), adds a
 *      rival (createRival), invites a manager, 10 reps and one user outside the campaign, each
 *      accepts (acceptInvitation) and signs in; the admin opens a campaign with that team (createCampaign);
 *   2. import: the manager uploads a generated customer list of N rows (names, countries, segments,
 *      spend, contacts, prepaid and contract dates, backup, principal operator; deterministic by
 *      --seed; generated and uploaded as a stream, never whole in memory; files of ≤ 45 MB, the
 *      api taking ≤ 50 MB a file, so 1,000,000 rows go as several files) through
 *      POST /imports/:campaignId, and waits until each import is completed;
 *   3. bulk: the manager hands all of it out to the 10 reps (bulkAssignmentPreview, then
 *      startBulkAssignment, round_robin) and waits until the hand-out is completed;
 *   4. queue: each rep reads myQueue(first: 50) once (the first read, cold) and again (warm).
 * Throughout, GET /health is asked every 50 ms and the user outside the campaign asks
 * `{ me { id } }` every 200 ms: p50 / p95 / max of both per phase, beside the phase durations.
 *
 * Then, with the api stopped: the plans (EXPLAIN (FORMAT JSON)) of the statements myQueue and
 * accounts (campaign filter, owner filter, text search) run, built by the api's own repositories
 * (PipelineRepository.findQueue / countQueue, AccountsRepository.findPageAndCount) with the ids of
 * this run, on the statistics the app's own maintenance.analyze job left (never ANALYZE here): each
 * plan's shape, and whether it is index-driven (no Seq Scan on account or opportunity). And the
 * references, measured in the same run on the same database: the same rows written by plain
 * INSERT … SELECT into the same indexed tables, and COPY of the same CSV into an unindexed table
 * (the import), one plain UPDATE of the same owners (the hand-out), the queue's SQL run raw (the
 * queue read).
 *
 *   npm run bench -- --cases day-one --mode embedded --accounts 100000
 *   npm run bench -- --cases day-one --mode server --accounts 100000      # DATABASE_URL optional
 *   (or: TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_BASEURL=../.. TS_NODE_TRANSPILE_ONLY=1 \
 *        node -r ts-node/register -r tsconfig-paths/register tools/bench/day-one.ts --mode server --accounts 100000)
 *
 * Options: --mode embedded|server (embedded), --accounts N (100000), --seed S (1), --reps N (10),
 *   --bulk-timeout S (900: a hand-out not completed by then is reported as such, and the day goes on),
 *   --settle-seconds S (180: how long to wait after the hand-out for a rep's notification and the
 *   statistics' refresh), --keep (keep the database / data folder). Server mode: DATABASE_URL (default
 *   postgres://postgres@127.0.0.1:5432/postgres) names the server; a database lifeboat_dayone_<random>
 *   is created on it and dropped at the end. Jobs run in the api process (no REDIS_URL): one process,
 *   as a small team deploys it. Embedded: a temporary LIFEBOAT_DATA_DIR (PGlite), removed at the end.
 *
 * The first admin: as an operator does (README, "Running Lifeboat for a real team"), the bench runs
 * what `npm run admin:invite` runs (inviteAdmin, on the database of the api's environment, before the
 * api starts: the embedded folder is one process's), then the admin accepts the invitation through
 * `acceptInvitation` like every other user.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { argFlag, argNumber, argValue, redact, Rng, sleep, startApi, WORKSPACE, type ApiProcess } from './common';
import { PipelineRepository } from '../../apps/api/src/pipeline/pipeline.repository';
import { AccountsRepository } from '../../apps/api/src/accounts/accounts.repository';
import type { AccessScope } from '../../apps/api/src/common/access/actor';
import { ENTITIES } from '../../apps/api/src/entities';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { openDatabase } from '../../apps/api/src/database/open-database';
import { inviteAdmin } from '../../apps/api/src/setup/invite-admin';

// ---------------------------------------------------------------------------------------------
// The customer list (deterministic by seed; one row at a time)

export const DAY_ONE_HEADERS = [
  'name',
  'externalRef',
  'segment',
  'countries',
  'monthlySpend',
  'contactName',
  'contactEmail',
  'contactTitle',
  'contactPhone',
  'prepaidUntil',
  'contractEndsAt',
  'hasBackupProvider',
  'rivalIsPrincipalOperator',
] as const;
const ROOTS = ['Nord', 'Atlant', 'Helio', 'Castel', 'Brenn', 'Vitra', 'Oster', 'Lumen', 'Sabl', 'Ravel', 'Trident', 'Kestrel', 'Alder', 'Morave', 'Zephyr', 'Galen', 'Orbis', 'Pavo', 'Quartz', 'Silva'];
const ENDINGS = ['ia', 'ex', 'on', 'is', 'a', 'o', 'ent', 'ys', 'ine', 'ar'];
const TRADES = ['Logistics', 'Hosting', 'Media', 'Retail', 'Pharma', 'Telecom', 'Assurances', 'Transports', 'Digital', 'Énergie', 'Bau', 'Software', 'Voyages', 'Finance', 'Santé'];
const LEGAL: ReadonlyArray<readonly [string, number]> = [['SA', 3], ['SAS', 5], ['SARL', 4], ['GmbH', 4], ['B.V.', 2], ['Ltd', 2], ['S.p.A.', 1], ['NV', 1], ['', 3]];
const COUNTRY_SETS: ReadonlyArray<readonly [string, number]> = [['FR', 40], ['DE', 15], ['NL', 10], ['BE|LU', 5], ['FR|DE', 6], ['ES', 6], ['IT', 6], ['GB', 5], ['FR|BE|NL|DE', 3], ['CH', 4]];
const SEGMENT_WEIGHTS: ReadonlyArray<readonly [string, number]> = [['smb_web', 55], ['hosting', 20], ['colocation', 10], ['enterprise_vpn', 10], ['isp_wholesale', 5]];
const SPEND_MEDIAN: Record<string, number> = { smb_web: 90, hosting: 1_200, colocation: 4_500, enterprise_vpn: 18_000, isp_wholesale: 60_000 };
const FIRST = ['Camille', 'Lukas', 'Sofia', 'Jan', 'Marta', 'Hugo', 'Eva', 'Pieter', 'Chiara', 'Tom', 'Inès', 'Jonas', 'Léa', 'Matteo', 'Anouk', 'Noah'];
const LAST = ['Martin', 'Müller', 'de Vries', 'García', 'Rossi', 'Dubois', 'Janssens', 'Schmidt', 'Bernard', 'Peeters', 'Smith', 'Moreau', 'Fischer', 'Lambert'];
const TITLES = ['CTO', 'Head of IT', 'IT manager', 'Directeur des systèmes d’information', 'Procurement', 'Founder', 'Office manager'];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Row `i` (1-based) of the list: the same text for the same seed, whatever else was generated. */
export function dayOneRow(seed: number, i: number, today = Date.UTC(2026, 0, 1)): string {
  const r = new Rng(seed, 16, i);
  const segment = r.weighted(SEGMENT_WEIGHTS);
  const legal = r.weighted(LEGAL);
  const name = `${r.pick(ROOTS)}${r.pick(ENDINGS)} ${r.pick(TRADES)}${legal ? `, ${legal}` : ''}`;
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const domain = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 18)}${i}.example`;
  const spend = Math.max(9, r.logNormal(SPEND_MEDIAN[segment], 0.8));
  const prepaid = r.chance(segment === 'smb_web' ? 0.5 : 0.15) ? ymd(new Date(today + r.int(-30, 400) * 86_400_000)) : '';
  const contractEnds = r.chance(0.6) ? ymd(new Date(today + r.int(30, 900) * 86_400_000)) : '';
  const cells = [
    name,
    `CUST-${seed}-${String(i).padStart(7, '0')}`,
    segment,
    r.weighted(COUNTRY_SETS),
    spend.toFixed(2),
    `${first} ${last}`,
    `${first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${last.toLowerCase().replace(/[^a-z]/g, '')}@${domain}`,
    r.pick(TITLES),
    `+33 ${r.int(1, 9)} ${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
    prepaid,
    contractEnds,
    r.chance(0.3) ? 'yes' : 'no',
    r.chance(0.8) ? 'true' : 'false',
  ];
  return cells.map(csvCell).join(',') + '\n';
}

/** Cuts rows 1..total into files of at most `maxBytes` each (row lengths computed, rows not kept). */
function planFiles(seed: number, total: number, maxBytes: number): Array<{ from: number; to: number; bytes: number }> {
  const header = Buffer.byteLength(DAY_ONE_HEADERS.join(',') + '\n');
  const files: Array<{ from: number; to: number; bytes: number }> = [];
  let from = 1;
  let bytes = header;
  for (let i = 1; i <= total; i++) {
    const len = Buffer.byteLength(dayOneRow(seed, i));
    if (bytes + len > maxBytes && i > from) {
      files.push({ from, to: i - 1, bytes });
      from = i;
      bytes = header;
    }
    bytes += len;
  }
  files.push({ from, to: total, bytes });
  return files;
}

/** The body of rows from..to (with the header), as a stream of ~64 KB pieces. */
function csvStream(seed: number, from: number, to: number): ReadableStream<Uint8Array> {
  let next = from;
  let headerSent = false;
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = headerSent ? '' : DAY_ONE_HEADERS.join(',') + '\n';
      headerSent = true;
      while (next <= to && text.length < 64 * 1024) text += dayOneRow(seed, next++);
      if (text) controller.enqueue(encoder.encode(text));
      if (next > to) controller.close();
    },
  });
}

/** The whole list as one file (the references' input), written as a stream. */
async function writeCsvFile(file: string, seed: number, total: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(DAY_ONE_HEADERS.join(',') + '\n');
  let chunk = '';
  for (let i = 1; i <= total; i++) {
    chunk += dayOneRow(seed, i);
    if (chunk.length > 256 * 1024) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

// ---------------------------------------------------------------------------------------------
// HTTP

interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}
async function gqlRaw<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}
async function gql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlRaw<T>(url, token, query, variables);
  if (!body.data || body.errors?.length) throw new Error(`GraphQL ${query.slice(0, 60).replace(/\s+/g, ' ')}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

// ---------------------------------------------------------------------------------------------
// Probes: /health every 50 ms, another user's `{ me { id } }` every 200 ms, samples tagged by phase

interface Sample {
  phase: string;
  ms: number;
  ok: boolean;
}
class Probes {
  phase = 'setup';
  readonly health: Sample[] = [];
  readonly other: Sample[] = [];
  private running = true;
  private loops: Promise<void>[] = [];

  start(url: string, otherToken: string): void {
    const loop = async (into: Sample[], every: number, ask: () => Promise<boolean>) => {
      while (this.running) {
        const phase = this.phase;
        const t = performance.now();
        const ok = await ask().catch(() => false);
        into.push({ phase, ms: performance.now() - t, ok });
        await sleep(every);
      }
    };
    this.loops.push(loop(this.health, 50, () => fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.status === 200)));
    this.loops.push(
      loop(this.other, 200, () =>
        gqlRaw<{ me: { id: string } }>(url, otherToken, '{ me { id } }', {}, 30_000).then((b) => Boolean(b.data?.me?.id) && !b.errors),
      ),
    );
  }
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}

interface Stat {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
}
const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
function stat(samples: Sample[], phase?: string): Stat {
  const mine = phase ? samples.filter((s) => s.phase === phase) : samples;
  const sorted = mine.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN);
  return { requests: mine.length, errors: mine.filter((s) => !s.ok).length, p50: round(at(50)), p95: round(at(95)), max: round(sorted[sorted.length - 1] ?? NaN) };
}

// ---------------------------------------------------------------------------------------------
// The database, from the bench's side (server: a pg client; embedded: PGlite on the data folder, api stopped)

interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** COPY of a CSV file into a table. */
  copyFrom(table: string, file: string): Promise<void>;
  close(): Promise<void>;
}
async function openServerDb(url: string): Promise<Db> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
    copyFrom: async (table, file) => {
      execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy ${table} FROM '${file}' WITH (FORMAT csv, HEADER true)`], { stdio: ['ignore', 'ignore', 'inherit'] });
    },
    close: () => client.end(),
  };
}
async function openEmbeddedDb(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(dataDir);
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    copyFrom: async (table, file) => {
      await pglite.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([readFileSync(file)]) });
    },
    close: () => pglite.close(),
  };
}

/**
 * The import's reference: the rows COPY loaded into `dayone_copy`, written into the same tables
 * with every index, constraint and trigger the api's import meets, by the plainest SQL: numbered
 * in a staging table (not timed), then, per session, one transaction of four INSERT … SELECT (the
 * account, its deal, the deal's first stage transition, its contact), the rows split between the
 * sessions (two on a server: this machine has two cores; embedded: its one connection). Ids
 * ascend as the api's do (UUIDv7). What the api adds is left out: reading and checking the
 * file, matching rows to existing accounts, the urgency and its factors, chunks and progress.
 * The rows go to a campaign of their own (external refs are unique within a campaign).
 */
async function indexedWritesReference(sessions: Db[], campaignId: string, total: number): Promise<number> {
  const [db] = sessions;
  const [{ rival_id: rivalId }] = await db.query<{ rival_id: string }>(`SELECT rival_id FROM campaign WHERE id = $1`, [campaignId]);
  const [{ id: target }] = await db.query<{ id: string }>(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'day one: reference writes') RETURNING id`, [rivalId]);
  const id = (k: string, n: number) => `('f' || lpad(to_hex(${k}), 7, '0') || '-0000-7000-8000-00000000000${n}')::uuid`;
  await db.query(
    `CREATE TABLE dayone_rows AS SELECT ${id('k', 1)} AS account_id, ${id('k', 2)} AS deal_id, ${id('k', 3)} AS transition_id, ${id('k', 4)} AS contact_id, c.*
     FROM (SELECT row_number() OVER () AS k, * FROM dayone_copy) c`,
  );
  await db.query(`CREATE INDEX ON dayone_rows (k)`);
  await db.query(`ANALYZE dayone_rows`);
  const per = Math.ceil(total / sessions.length);
  const t0 = performance.now();
  await Promise.all(
    sessions.map(async (session, i) => {
      const range = `k > ${i * per} AND k <= ${(i + 1) * per}`;
      await session.query('BEGIN');
      // The deals' queue keys are on the accounts already (as the api's import writes them).
      await session.query(`SELECT set_config('lifeboat.queue_keys', 'by_writer', true)`);
      await session.query(
        `INSERT INTO account (id, campaign_id, name, normalized_name, segment, countries, monthly_spend, prepaid_until, contract_ends_at,
           has_backup_provider, rival_is_principal_operator, external_ref, has_open_deal, open_deal_due_at)
         SELECT account_id, $1, "name", lower("name"), "segment", string_to_array("countries", '|')::char(2)[], round("monthlySpend"::numeric * 100)::bigint,
           NULLIF("prepaidUntil", '')::timestamptz, NULLIF("contractEndsAt", '')::timestamptz, "hasBackupProvider" = 'yes', "rivalIsPrincipalOperator"::boolean,
           "externalRef", true, now() + interval '2 days'
         FROM dayone_rows WHERE ${range}`,
        [target],
      );
      await session.query(
        `INSERT INTO opportunity (id, account_id, campaign_id, stage, stage_entered_at, due_at) SELECT deal_id, account_id, $1, 'identified', now(), now() + interval '2 days' FROM dayone_rows WHERE ${range}`,
        [target],
      );
      await session.query(
        `INSERT INTO stage_transition (id, opportunity_id, campaign_id, from_stage, to_stage, at, due_at, actor_label)
         SELECT transition_id, deal_id, $1, NULL, 'identified', now(), now() + interval '2 days', 'reference' FROM dayone_rows WHERE ${range}`,
        [target],
      );
      await session.query(
        `INSERT INTO contact (id, account_id, name, title, email, phone) SELECT contact_id, account_id, "contactName", "contactTitle", "contactEmail", "contactPhone" FROM dayone_rows WHERE ${range}`,
      );
      await session.query('COMMIT');
    }),
  );
  return (performance.now() - t0) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Plans

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
}
/** One line per node: "Limit > Merge Append > Index Scan account(account_owner_idx) …". */
function planShape(node: PlanNode, depth = 0, out: string[] = []): string[] {
  const rel = node['Relation Name'] ? ` ${node['Relation Name']}` : '';
  const idx = node['Index Name'] ? ` (${node['Index Name']})` : '';
  out.push(`${'  '.repeat(depth)}${node['Node Type']}${rel}${idx} ~${node['Plan Rows']}`);
  for (const child of node.Plans ?? []) planShape(child, depth + 1, out);
  return out;
}
/**
 * The Seq Scans of account / opportunity that keep less than half of the table (a filter an index
 * could have served: not index-driven), and those that keep most of it (an exact count over a
 * campaign that is most of the table reads it whole whatever the plan: reported, not judged).
 */
function seqScans(node: PlanNode, sizes: Record<string, number>, out: { selective: string[]; whole: string[] } = { selective: [], whole: [] }) {
  const rel = node['Relation Name'];
  if (node['Node Type'] === 'Seq Scan' && rel && rel in sizes) {
    const rows = node['Plan Rows'] ?? 0;
    (rows < 0.5 * sizes[rel] ? out.selective : out.whole).push(`${rel} (~${rows} of ${sizes[rel]} rows)`);
  }
  for (const child of node.Plans ?? []) seqScans(child, sizes, out);
  return out;
}

/** The statements a repository method sends, captured by a stand-in DataSource (nothing runs). */
async function capture(run: (ds: never) => Promise<unknown>): Promise<Array<{ sql: string; params: unknown[] }>> {
  const captured: Array<{ sql: string; params: unknown[] }> = [];
  const manager = {
    query: async (sql: string, params: unknown[] = []) => {
      captured.push({ sql, params });
      return [{ n: 0 }];
    },
  };
  await run({ manager, query: manager.query } as never).catch(() => undefined);
  return captured;
}

export interface PlanCheck {
  name: string;
  indexDriven: boolean;
  /** Seq Scans keeping under half the table: an index could have served them. */
  seqScans: string[];
  /** Seq Scans keeping most of the table (e.g. an exact count over a campaign that is the table). */
  wholeTableReads: string[];
  shape: string[];
}
export async function capturedStatements(campaignId: string, userId: string, ownerId: string): Promise<Array<{ name: string; sql: string; params: unknown[] }>> {
  const scope: AccessScope = { all: false, campaignIds: [campaignId], managedCampaignIds: [] };
  const managerScope: AccessScope = { all: false, campaignIds: [campaignId], managedCampaignIds: [campaignId] };
  const now = new Date();
  const out: Array<{ name: string; sql: string; params: unknown[] }> = [];
  const add = async (name: string, run: (ds: never) => Promise<unknown>) => {
    for (const [k, s] of (await capture(run)).entries()) out.push({ name: `${name}${k ? ` #${k + 1}` : ''}`, ...s });
  };
  await add('myQueue: page (findQueue)', (ds) => new PipelineRepository(ds).findQueue(scope, { userId, now, limit: 50 }));
  await add('myQueue: count (countQueue)', (ds) => new PipelineRepository(ds).countQueue(scope, userId, 1_000));
  const page = { orderBy: 'URGENCY' as const, limit: 50, now };
  await add('accounts(campaignId)', (ds) => new AccountsRepository(ds).findPageAndCount(managerScope, { ...page, filter: { campaignId } }));
  await add('accounts(campaignId, ownerId)', (ds) => new AccountsRepository(ds).findPageAndCount(managerScope, { ...page, filter: { campaignId, ownerId } }));
  await add('accounts(campaignId, search: "nordia")', (ds) => new AccountsRepository(ds).findPageAndCount(managerScope, { ...page, filter: { campaignId, search: 'nordia' } }));
  return out;
}
async function explain(db: Db, statements: Array<{ name: string; sql: string; params: unknown[] }>): Promise<PlanCheck[]> {
  const checks: PlanCheck[] = [];
  const sizes = Object.fromEntries(
    (await db.query<{ relname: string; n: number }>(`SELECT relname, greatest(reltuples, 1)::float8 AS n FROM pg_class WHERE relname IN ('account', 'opportunity') AND relkind = 'r'`)).map((r) => [r.relname, Number(r.n)]),
  );
  for (const s of statements) {
    const [row] = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params);
    const raw = row['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
    const seq = seqScans(plan[0].Plan, sizes);
    checks.push({ name: s.name, indexDriven: seq.selective.length === 0, seqScans: seq.selective, wholeTableReads: seq.whole, shape: planShape(plan[0].Plan) });
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------

/** A password the policy accepts (long, random, nobody's name). */
const strongPassword = () => `${randomBytes(12).toString('base64url')}-Kv9-${randomBytes(6).toString('hex')}`;

export async function dayOne(log: (s: string) => void = console.log): Promise<Record<string, unknown>> {
  const mode = argValue('mode', 'embedded') as string;
  if (mode !== 'embedded' && mode !== 'server') throw new Error(`--mode must be embedded or server (got "${mode}")`);
  // The api as built from this tree (about a second): never a stale dist/.
  execFileSync(process.execPath, [join(WORKSPACE, 'apps/api/build.mjs')], { cwd: WORKSPACE, stdio: 'inherit' });
  const N = argNumber('accounts', 100_000);
  const seed = argNumber('seed', 1);
  const repCount = argNumber('reps', 10);
  const keep = argFlag('keep');
  const work = mkdtempSync(join(tmpdir(), 'lifeboat-dayone-'));
  const dataDir = join(work, 'data');
  let dbUrl = '';
  let serverAdmin: Client | null = null;
  let dbName = '';
  if (mode === 'server') {
    const base = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    serverAdmin = new Client({ connectionString: base });
    await serverAdmin.connect();
    dbName = `lifeboat_dayone_${randomBytes(4).toString('hex')}`;
    await serverAdmin.query(`CREATE DATABASE ${dbName}`);
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
  }
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LIFEBOAT_DEMO: 'false',
    // --api-log FILE: the api's own log at debug level (each import chunk's time, each job), written there.
    LOG_LEVEL: argValue('api-log', '') ? 'debug' : 'warn',
    LIFEBOAT_JWT_SECRET: randomBytes(36).toString('base64url'),
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    ...(mode === 'server' ? { DATABASE_URL: dbUrl } : { LIFEBOAT_DATA_DIR: dataDir }),
  };
  log(`day one, ${mode}, ${N.toLocaleString('en-US')} accounts, seed ${seed}: ${mode === 'server' ? redact(dbUrl) : dataDir}`);
  let api: ApiProcess | null = null;
  let probes: Probes | null = null;
  const result: Record<string, unknown> = { mode, accounts: N, seed, reps: repCount };
  try {
    // ---- The first admin: the operator's command (npm run admin:invite: see the header) --------
    const adminEmail = 'first.admin@dayone.example';
    const setupDb = await openDatabase(loadConfig(env), ENTITIES);
    let adminToken0: string;
    try {
      const { link } = await inviteAdmin(setupDb.dataSource, { email: adminEmail, name: 'Ada Operator', baseUrl: 'http://localhost' });
      adminToken0 = decodeURIComponent(link.slice(link.lastIndexOf('/') + 1));
    } finally {
      await setupDb.close();
    }
    // --node-flags "--cpu-prof --cpu-prof-dir=/tmp/prof": the api's Node flags (a profile of the day).
    api = await startApi(env, (argValue('node-flags', '') as string).split(' ').filter(Boolean));
    const apiLog = argValue('api-log', '') as string;
    if (apiLog) {
      const out = createWriteStream(apiLog);
      api.child.stdout?.pipe(out);
      api.child.stderr?.pipe(out);
    }
    const url = api.url;
    const accept = async (invitationToken: string, email: string) => {
      const password = strongPassword();
      await gql(url, null, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`, { input: { invitationToken, password } });
      const { login } = await gql<{ login: { accessToken: string } }>(url, null, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password } });
      return login.accessToken;
    };
    const setupStarted = performance.now();
    const admin = await accept(adminToken0, adminEmail);

    // ---- The team, the rival, the campaign ---------------------------------------------------
    const invite = async (email: string, name: string, role: string) => {
      const { inviteUser } = await gql<{ inviteUser: { invitationToken: string; user: { id: string } } }>(
        url,
        admin,
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken user { id } } }`,
        { input: { email, name, role } },
      );
      return { id: inviteUser.user.id, email, token: await accept(inviteUser.invitationToken, email) };
    };
    const manager = await invite('mara.keller@dayone.example', 'Mara Keller', 'manager');
    const reps = [];
    for (let k = 1; k <= repCount; k++) reps.push(await invite(`rep${k}@dayone.example`, `Rep ${FIRST[k % FIRST.length]} ${LAST[k % LAST.length]}`, 'rep'));
    const other = await invite('oskar.other@dayone.example', 'Oskar Other', 'manager');
    const { createRival } = await gql<{ createRival: { rival: { id: string } } }>(
      url,
      admin,
      `mutation($input: CreateRivalInput!) { createRival(input: $input) { rival { id } } }`,
      {
        input: {
          name: 'Telcora Networks',
          country: 'FR',
          health: 'insolvent',
          shutdownExpectedAt: new Date(Date.now() + 45 * 86_400_000).toISOString(),
          services: ['web_hosting', 'hosting', 'colocation', 'vpn'],
          claimedAvailabilityPercent: 99.9,
        },
      },
    );
    const { createCampaign } = await gql<{ createCampaign: { campaign: { id: string } } }>(
      url,
      admin,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }`,
      {
        input: {
          name: 'Telcora customers',
          rivalId: createRival.rival.id,
          currency: 'EUR',
          timeZone: 'Europe/Paris',
          team: [{ userId: manager.id, teamRole: 'manager' }, ...reps.map((r) => ({ userId: r.id, teamRole: 'rep' }))],
        },
      },
    );
    const campaignId = createCampaign.campaign.id;
    result['setupSeconds'] = round((performance.now() - setupStarted) / 1000, 2);
    log(`set up in ${result['setupSeconds']} s: admin, rival, campaign, 1 manager + ${repCount} reps (+1 user outside the campaign)`);

    probes = new Probes();
    probes.start(url, other.token);
    await sleep(3000); // the probes' own reference: the api at rest, before the first upload

    // ---- Import ------------------------------------------------------------------------------
    const files = planFiles(seed, N, 45 * 1024 * 1024);
    const bytes = files.reduce((s, f) => s + f.bytes, 0);
    log(`import: ${N.toLocaleString('en-US')} rows, ${(bytes / 2 ** 20).toFixed(1)} MB in ${files.length} file(s), uploaded as streams`);
    probes.phase = 'import';
    const importStarted = performance.now();
    const imports: Array<Record<string, unknown>> = [];
    for (const [k, f] of files.entries()) {
      const res = await fetch(`${url}/imports/${encodeURIComponent(campaignId)}?fileName=${encodeURIComponent(`telcora-customers-${k + 1}.csv`)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${manager.token}` },
        body: csvStream(seed, f.from, f.to),
        duplex: 'half',
      } as RequestInit);
      if (res.status !== 202) throw new Error(`upload ${k + 1} answered ${res.status}: ${await res.text()}`);
      const uploaded = (performance.now() - importStarted) / 1000;
      const { id } = (await res.json()) as { id: string };
      for (;;) {
        const { accountImport } = await gql<{ accountImport: Record<string, unknown> & { status: string } }>(
          url,
          manager.token,
          `query($id: ID!) { accountImport(id: $id) { status totalRows rowsDone insertedCount updatedCount failedCount failureReason } }`,
          { id },
        );
        if (accountImport.status === 'completed' || accountImport.status === 'failed') {
          imports.push({ ...accountImport, uploadedAtSeconds: round(uploaded, 2) });
          if (accountImport.status === 'failed') throw new Error(`import ${k + 1} failed: ${JSON.stringify(accountImport)}`);
          break;
        }
        await sleep(500);
      }
    }
    const importSeconds = (performance.now() - importStarted) / 1000;
    const inserted = imports.reduce((s, i) => s + Number(i['insertedCount']), 0);
    const failed = imports.reduce((s, i) => s + Number(i['failedCount']), 0);
    if (inserted !== N || failed !== 0) throw new Error(`the import inserted ${inserted} of ${N} rows (${failed} failed): ${JSON.stringify(imports)}`);
    result['import'] = { seconds: round(importSeconds, 2), rowsPerSecond: Math.round(N / importSeconds), bytes, files: imports };
    log(`import: ${round(importSeconds, 2)} s, ${Math.round(N / importSeconds)} rows/s`);
    probes.phase = 'between';
    await sleep(2000);

    // ---- Bulk assignment ---------------------------------------------------------------------
    const bulkTimeout = argNumber('bulk-timeout', 900);
    const handOut = { campaignId, filter: { unassigned: true }, repIds: reps.map((r) => r.id), strategy: 'round_robin' };
    probes.phase = 'bulk';
    const bulkStarted = performance.now();
    const { bulkAssignmentPreview } = await gql<{ bulkAssignmentPreview: { total: number; shares: Array<{ count: number }> } }>(
      url,
      manager.token,
      `query($input: BulkAssignmentInput!) { bulkAssignmentPreview(input: $input) { total shares { repId count } } }`,
      { input: handOut },
    );
    const previewSeconds = (performance.now() - bulkStarted) / 1000;
    if (bulkAssignmentPreview.total !== N) throw new Error(`the preview counts ${bulkAssignmentPreview.total} accounts, not ${N}`);
    const startedAt = performance.now();
    const { startBulkAssignment } = await gql<{ startBulkAssignment: { bulkAssignment: { id: string } } }>(
      url,
      manager.token,
      `mutation($input: BulkAssignmentInput!) { startBulkAssignment(input: $input) { bulkAssignment { id status total } } }`,
      { input: handOut },
    );
    const startSeconds = (performance.now() - startedAt) / 1000;
    let bulk: Record<string, unknown> & { status: string };
    for (;;) {
      ({ bulkAssignment: bulk } = await gql<{ bulkAssignment: Record<string, unknown> & { status: string } }>(
        url,
        manager.token,
        `query($id: ID!) { bulkAssignment(id: $id) { status total done assignedCount skippedCount } }`,
        { id: startBulkAssignment.bulkAssignment.id },
      ));
      if (bulk.status === 'completed' || bulk.status === 'failed') break;
      if ((performance.now() - bulkStarted) / 1000 > bulkTimeout) break;
      await sleep(250);
    }
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    // Not completed in time: recorded as such, and the rest of the day measured all the same.
    const bulkCompleted = bulk.status === 'completed' && bulk['assignedCount'] === N;
    if (!bulkCompleted) log(`bulk: NOT completed after ${round(bulkSeconds, 1)} s (--bulk-timeout ${bulkTimeout}): ${JSON.stringify(bulk)}`);
    result['bulk'] = { completed: bulkCompleted, seconds: round(bulkSeconds, 2), previewSeconds: round(previewSeconds, 2), startSeconds: round(startSeconds, 2), accountsPerSecond: Math.round(N / bulkSeconds), ...bulk };
    log(`bulk: ${round(bulkSeconds, 2)} s (preview ${round(previewSeconds, 2)} s, start ${round(startSeconds, 2)} s), ${Math.round(N / bulkSeconds)} accounts/s`);
    let analyzedBeforeQueue: unknown = 'unknown (embedded: read after the api stops)';
    if (mode === 'server') {
      const db = await openServerDb(dbUrl);
      analyzedBeforeQueue = (await db.query(`SELECT job_name, status, finished_at FROM job_run WHERE job_name = 'maintenance.analyze' ORDER BY finished_at`)).length;
      await db.close();
    }

    // ---- Each rep's queue: first read (cold), then again (warm) --------------------------------
    probes.phase = 'queue';
    const QUEUE = `query($first: Int) { myQueue(first: $first) { totalCount edges { node { reason urgency dueAt account { id name owner { id } } opportunity { id stage } } } } }`;
    const queueReads: Array<{ rep: string; firstMs: number; secondMs: number; totalCount: number }> = [];
    for (const rep of reps) {
      const timed = async () => {
        const t = performance.now();
        const body = await gqlRaw<{ myQueue: { totalCount: number; edges: unknown[] } }>(url, rep.token, QUEUE, { first: 50 }, 600_000);
        if (!body.data?.myQueue || body.errors) throw new Error(`myQueue of ${rep.email}: ${JSON.stringify(body.errors)}`);
        return { ms: performance.now() - t, total: body.data.myQueue.totalCount, n: body.data.myQueue.edges.length };
      };
      const first = await timed();
      const second = await timed();
      if (first.n !== Math.min(50, first.total)) throw new Error(`myQueue of ${rep.email} gave ${first.n} items of ${first.total}`);
      queueReads.push({ rep: rep.email, firstMs: round(first.ms), secondMs: round(second.ms), totalCount: first.total });
    }
    const firsts = queueReads.map((q) => q.firstMs).sort((a, b) => a - b);
    const seconds = queueReads.map((q) => q.secondMs).sort((a, b) => a - b);
    result['queue'] = { firstMaxMs: firsts[firsts.length - 1], firstMedianMs: firsts[Math.floor(firsts.length / 2)], secondMaxMs: seconds[seconds.length - 1], secondMedianMs: seconds[Math.floor(seconds.length / 2)], analyzeJobsDoneBeforeQueue: analyzedBeforeQueue, reads: queueReads };
    log(`queue: first read median ${firsts[Math.floor(firsts.length / 2)]} ms, max ${firsts[firsts.length - 1]} ms; second read max ${seconds[seconds.length - 1]} ms`);
    // ---- After the hand-out: when do the reps hear of it, and when has the app refreshed the
    // planner's statistics (maintenance.analyze)? Both ride the outbox behind what the hand-out wrote.
    probes.phase = 'settle';
    const settleCap = argNumber('settle-seconds', 180);
    let notifiedSeconds: number | null = null;
    let analyzedSeconds: number | null = null;
    let pendingEvents: number | null = null;
    const serverDb = mode === 'server' ? await openServerDb(dbUrl) : null;
    try {
      if (serverDb) pendingEvents = (await serverDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`))[0].n;
      while ((performance.now() - bulkStarted) / 1000 - bulkSeconds < settleCap && (notifiedSeconds === null || (serverDb && analyzedSeconds === null))) {
        const since = round((performance.now() - bulkStarted) / 1000 - bulkSeconds, 1);
        if (notifiedSeconds === null) {
          const { notifications } = await gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(url, reps[0].token, `{ notifications(first: 20) { edges { node { kind } } } }`);
          if (notifications.edges.some((e) => /^accounts?_assigned$/.test(e.node.kind))) notifiedSeconds = since;
        }
        if (serverDb && analyzedSeconds === null) {
          const [{ n }] = await serverDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM job_run WHERE job_name = 'maintenance.analyze' AND status = 'completed'`);
          if (n >= 2) analyzedSeconds = since;
        }
        await sleep(1000);
      }
    } finally {
      await serverDb?.close();
    }
    result['afterBulk'] = { pendingOutboxEventsAtCompletion: pendingEvents, repNotifiedAfterSeconds: notifiedSeconds, statisticsRefreshedAfterSeconds: analyzedSeconds, waitedUpToSeconds: settleCap };
    log(`after the hand-out: ${pendingEvents ?? '?'} outbox events pending at completion; rep notified after ${notifiedSeconds ?? `> ${settleCap}`} s; statistics refreshed after ${mode === 'server' ? (analyzedSeconds ?? `> ${settleCap}`) : '(embedded: seen after the stop)'} s`);
    probes.phase = 'after';
    await sleep(1000);
    await probes.stop();
    const phases = ['setup', 'import', 'bulk', 'queue', 'settle'];
    result['probes'] = Object.fromEntries(phases.map((p) => [p, { health: stat(probes!.health, p), other: stat(probes!.other, p) }]));
    result['probesThroughout'] = { health: stat(probes.health), other: stat(probes.other) };

    // ---- Plans and references, the api stopped ------------------------------------------------
    const t = performance.now();
    await api.stop();
    result['stopSeconds'] = round((performance.now() - t) / 1000, 2);
    const db = mode === 'server' ? await openServerDb(dbUrl) : await openEmbeddedDb(dataDir);
    try {
      const analyzeJobs = await db.query<{ status: string; finished_at: unknown }>(`SELECT status, finished_at FROM job_run WHERE job_name = 'maintenance.analyze' ORDER BY finished_at`);
      result['analyzeJobs'] = analyzeJobs.map((j) => `${j.status} ${new Date(String(j.finished_at)).toISOString()}`);
      const [{ pending }] = await db.query<{ pending: number }>(`SELECT count(*)::int AS pending FROM outbox_event WHERE dispatched_at IS NULL`);
      result['pendingOutboxEventsAtPlanCheck'] = pending;
      const stats = await db.query<{ relname: string; n_live_tup: number; n_mod_since_analyze: number; last_analyze: string | null; last_autoanalyze: string | null }>(
        `SELECT relname, n_live_tup::int, n_mod_since_analyze::int, last_analyze, last_autoanalyze FROM pg_stat_user_tables WHERE relname IN ('account', 'opportunity') ORDER BY relname`,
      );
      log(`plan check on the statistics the app left: maintenance.analyze runs ${JSON.stringify(result['analyzeJobs'])}; ${pending} outbox events still pending; ${JSON.stringify(stats)}`);
      const reltuples = await db.query<{ relname: string; reltuples: number }>(`SELECT relname, reltuples::bigint::int AS reltuples FROM pg_class WHERE relname IN ('account', 'opportunity') ORDER BY relname`);
      result['statistics'] = { stats, reltuples };
      const rep0 = dbId(reps[0].id);
      const statements = await capturedStatements(dbId(campaignId), rep0, rep0);
      const plans = await explain(db, statements);
      result['plans'] = plans;
      for (const p of plans) {
        const whole = p.wholeTableReads.length ? ` (reads most of the table: ${p.wholeTableReads.join(', ')})` : '';
        log(`plan ${p.name}: ${p.indexDriven ? 'index-driven' : `SEQ SCAN on ${p.seqScans.join(', ')}`}${whole}\n    ${p.shape.join('\n    ')}`);
      }

      // References on the same database: the queue's SQL run raw (twice), COPY, one UPDATE.
      const queueSql = statements.filter((s) => s.name.startsWith('myQueue'));
      const rawTimes: number[] = [];
      for (let k = 0; k < 2; k++) {
        const t0 = performance.now();
        for (const s of queueSql) await db.query(s.sql, s.params);
        rawTimes.push(round(performance.now() - t0));
      }
      const csvFile = join(work, 'customers.csv');
      await writeCsvFile(csvFile, seed, N);
      await db.query(`CREATE TABLE dayone_copy (${DAY_ONE_HEADERS.map((h) => `"${h}" text`).join(', ')})`);
      const c0 = performance.now();
      await db.copyFrom('dayone_copy', csvFile);
      const copySeconds = (performance.now() - c0) / 1000;
      const [{ n: copied }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dayone_copy`);
      if (copied !== N) throw new Error(`COPY loaded ${copied} rows`);
      const u0 = performance.now();
      await db.query(
        `UPDATE account a SET owner_id = ($2::uuid[])[(x.n % $3) + 1], version = a.version + 1, updated_at = now()
         FROM (SELECT id, row_number() OVER (ORDER BY urgency DESC, id) - 1 AS n FROM account WHERE campaign_id = $1) x WHERE a.id = x.id`,
        [dbId(campaignId), reps.map((r) => dbId(r.id)), reps.length],
      );
      const updateSeconds = (performance.now() - u0) / 1000;
      // Last (it adds 100,000 accounts): the same rows written by plain SQL.
      const extra = mode === 'server' ? [await openServerDb(dbUrl)] : [];
      let writeSeconds: number;
      try {
        writeSeconds = await indexedWritesReference([db, ...extra], dbId(campaignId), N);
      } finally {
        for (const session of extra) await session.close();
      }
      result['references'] = {
        queueRawSqlMs: { first: rawTimes[0], second: rawTimes[1] },
        copySeconds: round(copySeconds, 3),
        csvBytes: statSync(csvFile).size,
        updateSeconds: round(updateSeconds, 3),
        indexedWriteSeconds: round(writeSeconds, 3),
        indexedWriteSessions: 1 + extra.length,
      };
    } finally {
      await db.close();
    }
  } catch (error) {
    if (api) process.stderr.write(`--- api output (last 3000 characters) ---\n${api.output().slice(-3000)}\n`);
    throw error;
  } finally {
    await probes?.stop();
    await api?.stop();
    if (serverAdmin) {
      if (!keep) await serverAdmin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      else log(`kept database ${redact(dbUrl)}`);
      await serverAdmin.end();
    }
    if (!keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
  result['machine'] = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: round(totalmem() / 2 ** 30, 1), node: process.version, loadavgAtEnd: loadavg().map((x) => round(x, 2)), date: new Date().toISOString() };
  return result;
}

// ---------------------------------------------------------------------------------------------
// The table

export function dayOneTable(r: Record<string, any>): string {
  const mode = r['mode'];
  const N = r['accounts'];
  const rows: string[][] = [];
  const ref = r['references'] ?? {};
  const ratio = (a: number, b: number) => (b > 0 ? `${round(a / b, 1)}×` : '');
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  const imp = r['import'];
  const importGoal = mode === 'embedded' ? 30 : 10;
  const writes = ref.indexedWriteSeconds
    ? `the same rows by 4 plain INSERT … SELECT (${ref.indexedWriteSessions} session${ref.indexedWriteSessions === 1 ? '' : 's'}) ${ref.indexedWriteSeconds} s; COPY into an unindexed table ${ref.copySeconds} s`
    : `COPY into an unindexed table ${ref.copySeconds} s`;
  rows.push([`import, ${N} rows (upload + job, ${imp.files.length} file(s))`, `${imp.seconds} s, ${imp.rowsPerSecond} rows/s`, writes, ratio(imp.seconds, ref.indexedWriteSeconds ?? ref.copySeconds), `≤ ${importGoal} s`, met(imp.seconds <= importGoal)]);
  const b = r['bulk'];
  rows.push([
    `bulk assignment, ${N} accounts to ${r['reps']} reps (preview + start + job)`,
    b.completed ? `${b.seconds} s (${b.accountsPerSecond} accounts/s; preview ${b.previewSeconds} s)` : `NOT completed after ${b.seconds} s: ${b.status}, ${b.done} of ${b.total} done`,
    `one UPDATE ${ref.updateSeconds} s`,
    ratio(b.seconds, ref.updateSeconds),
    '≤ 20 s',
    met(b.completed && b.seconds <= 20),
  ]);
  const q = r['queue'];
  const queueGoal = mode === 'server' && N >= 1_000_000 ? 500 : 300;
  const raw = ref.queueRawSqlMs ?? {};
  rows.push([`myQueue(first: 50), first read of each rep (cold)`, `median ${q.firstMedianMs} ms, max ${q.firstMaxMs} ms`, `raw SQL (page + count) ${raw.first} ms`, ratio(q.firstMaxMs, raw.first), `≤ ${queueGoal} ms`, met(q.firstMaxMs <= queueGoal)]);
  rows.push([`myQueue(first: 50), second read (warm)`, `median ${q.secondMedianMs} ms, max ${q.secondMaxMs} ms`, `raw SQL ${raw.second} ms`, ratio(q.secondMaxMs, raw.second), '', '']);
  const after = r['afterBulk'] ?? {};
  const cap = (v: number | null) => (v === null || v === undefined ? `not within ${after.waitedUpToSeconds} s` : `${v} s`);
  rows.push([`after the hand-out completed: a rep notified (accounts_assigned)`, cap(after.repNotifiedAfterSeconds), `${after.pendingOutboxEventsAtCompletion ?? '?'} outbox events pending at completion`, '', '(one notification per rep)', '']);
  if (mode === 'server') rows.push([`after the hand-out completed: statistics refreshed (maintenance.analyze)`, cap(after.statisticsRefreshedAfterSeconds), '', '', '', '']);
  for (const phase of ['import', 'bulk', 'queue', 'settle']) {
    if (!r['probes'][phase]?.health.requests) continue;
    const p = r['probes'][phase];
    rows.push([`GET /health every 50 ms, during ${phase}`, `${p.health.p50} / ${p.health.p95} / ${p.health.max} ms (${p.health.requests} requests, ${p.health.errors} errors)`, '', '', '≤ 1 s', met(p.health.errors === 0 && p.health.max <= 1000)]);
    rows.push([`another user's { me { id } } every 200 ms, during ${phase}`, `${p.other.p50} / ${p.other.p95} / ${p.other.max} ms (${p.other.requests} requests, ${p.other.errors} errors)`, '', '', '≤ 1 s', met(p.other.errors === 0 && p.other.max <= 1000)]);
  }
  const setup = r['probes']['setup'];
  rows.push([`GET /health at rest (setup, reference)`, `${setup.health.p50} / ${setup.health.p95} / ${setup.health.max} ms`, '', '', '', '']);
  for (const p of r['plans'] ?? []) {
    const whole = p.wholeTableReads?.length ? `; reads most of the table: ${p.wholeTableReads.join(', ')}` : '';
    rows.push([`plan: ${p.name}`, `${p.indexDriven ? 'index-driven' : `Seq Scan on ${p.seqScans.join(', ')}`}${whole}`, '', '', 'no selective Seq Scan on account / opportunity', met(p.indexDriven)]);
  }
  const head = ['Case', 'Lifeboat (p50 / p95 / max)', 'Reference (same run)', 'Ratio', 'Goal', 'Met'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((x) => `| ${x.join(' | ')} |`)].join('\n');
}

if (require.main === module) {
  const t0 = Date.now();
  dayOne((s) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}`))
    .then((r) => {
      console.log('\n' + dayOneTable(r));
      console.log(`\nmachine: ${JSON.stringify(r['machine'])}`);
      console.log(JSON.stringify({ dayOne: r }));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
