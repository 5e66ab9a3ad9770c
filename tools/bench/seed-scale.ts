/**
 * Scale seed (issue #11): a deterministic, realistic data set written straight into a PostgreSQL
 * server database, for the benchmark (tools/bench/bench.ts).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lifeboat_scale npm run seed:scale -- --accounts 200000 [--fresh] [--seed 11]
 *
 * - Refuses without DATABASE_URL (never touches the embedded database). Creates the database if it
 *   does not exist; refuses a database that already holds accounts unless --fresh (drops and
 *   recreates it).
 * - The schema comes from the app's own migrations: the built program (dist/apps/api/main.js) is
 *   started once with LIFEBOAT_ROLE=api, LIFEBOAT_DEMO=false, NODE_ENV=production, then stopped.
 * - Sizes scale with --accounts N (default 200,000): 10 rivals, 20 campaigns (1–2 managers and
 *   8–12 reps each, every user with one shared argon2id hash of SCALE_PASSWORD), N accounts,
 *   ≈2N contacts, ≈2N rival services, ≈N deals with their stage history, ≈10N activities
 *   (--activities-per-account), a migration per won deal.
 * - Same --seed, same rows (ids included); times are relative to the hour the seed runs, so
 *   deadlines, overdue deals and countdowns are live.
 * - Loads with COPY … FROM STDIN through psql (node-postgres has no COPY without pg-copy-streams),
 *   one table at a time, with session_replication_role=replica (no FK triggers: the generator
 *   keeps references consistent) and the secondary indexes dropped during the load and rebuilt
 *   after it (their definitions are read from the catalog, so they are the migrations' own).
 *   Prints the time per table.
 */
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { hash } from '@node-rs/argon2';
import { computeUrgency, DEFAULT_CAMPAIGN_SETTINGS, queuePriorityScorer, type RivalHealth, type Segment, type Stage } from '@lifeboat/domain';
import { wordInEnglish } from '../../apps/api/src/urgency/urgency-english';
import { argFlag, argNumber, redact, Rng, SCALE_EMAIL_DOMAIN, SCALE_PASSWORD, startApi, uuidFor } from './common';

// Entity kinds for uuidFor.
const K = { rival: 1, campaign: 2, user: 3, account: 4, contact: 5, service: 6, deal: 7, transition: 8, activity: 9, migration: 10 } as const;

const FIRST = ['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Karim', 'Léa', 'Marc', 'Nadia', 'Olivier', 'Pauline', 'Quentin', 'Rachid', 'Sophie', 'Thomas', 'Ursula', 'Victor', 'Wendy', 'Xavier', 'Yasmine', 'Zoé', 'Anna', 'Jan', 'Pieter', 'Lotte', 'Matteo', 'Giulia', 'Lukas', 'Hannah', 'Javier', 'Lucía'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'de Vries', 'Jansen', 'Peeters', 'Rossi', 'Russo', 'Ferrari', 'García', 'López', 'Smith', 'Jones', 'Taylor', 'Nowak', 'Kowalski'];
const WORD_A = ['Euro', 'Nord', 'Atlas', 'Blue', 'Alpine', 'Orion', 'Delta', 'Helio', 'Nova', 'Terra', 'Quantum', 'Rhine', 'Seine', 'Baltic', 'Iberia', 'Lumen', 'Vertex', 'Polar', 'Zenith', 'Cobalt', 'Granite', 'Meridian', 'Harbor', 'Summit', 'Aurora', 'Falcon', 'Cedar', 'Onyx', 'Pioneer', 'Keystone'];
const WORD_B = ['Logistics', 'Media', 'Bank', 'Retail', 'Health', 'Travel', 'Energy', 'Software', 'Hosting', 'Telecom', 'Insurance', 'Foods', 'Pharma', 'Airlines', 'Games', 'Press', 'Cloud', 'Systems', 'Networks', 'Labs', 'Capital', 'Motors', 'Textiles', 'Studios', 'Markets'];
const LEGAL = ['SA', 'SAS', 'GmbH', 'BV', 'Ltd', 'SpA', 'SL', 'AG', 'NV', 'SARL'];
const TITLES = ['CTO', 'CIO', 'Head of IT', 'Network Manager', 'IT Director', 'Procurement Manager', 'CEO', 'Infrastructure Lead', 'Operations Director', 'Purchasing Officer'];
const COUNTRY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['FR', 30], ['DE', 15], ['NL', 9], ['BE', 7], ['GB', 9], ['IT', 7], ['ES', 6], ['CH', 3], ['LU', 2], ['AT', 3], ['SE', 2], ['DK', 2], ['PL', 2], ['IE', 2], ['PT', 1],
];
const SEGMENT_TABLE: ReadonlyArray<readonly [Segment, number]> = [
  ['enterprise_vpn', 15], ['isp_wholesale', 8], ['hosting', 25], ['colocation', 12], ['smb_web', 40],
];
/** Median monthly spend in minor units and log-normal sigma by segment. */
const SPEND: Record<Segment, [number, number]> = {
  enterprise_vpn: [1_800_000, 1.0],
  isp_wholesale: [2_500_000, 1.1],
  hosting: [250_000, 1.0],
  colocation: [400_000, 0.9],
  smb_web: [9_000, 0.8],
};
const SERVICES_BY_SEGMENT: Record<Segment, string[]> = {
  enterprise_vpn: ['vpn', 'ip_transit', 'voice'],
  isp_wholesale: ['ip_transit', 'colocation', 'vpn'],
  hosting: ['hosting', 'colocation', 'ip_transit'],
  colocation: ['colocation', 'ip_transit'],
  smb_web: ['web_hosting', 'hosting'],
};
const BIDDERS = ['Vanco', 'France Télécom/Oléane', 'IXEurope', 'Colt', 'Equant', 'Cable & Wireless', 'Interoute', 'Claranet', 'OVH', 'Telia'];
const STAGE_TABLE: ReadonlyArray<readonly [Stage, number]> = [
  ['identified', 30], ['contacted', 22], ['proposal_sent', 14], ['negotiating', 9], ['won', 15], ['lost', 10],
];
const PATH: Stage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating'];
/** Calendar days a stage is allowed (2 and 5 business days, roughly). */
const DUE_DAYS: Partial<Record<Stage, number>> = { identified: 2.8, contacted: 7, proposal_sent: 7, negotiating: 7 };
const ACTIVITY_WEIGHT: Record<Stage | 'none', number> = { none: 0.3, identified: 0.6, contacted: 1, proposal_sent: 1.6, negotiating: 2, won: 2.2, lost: 1.2 };
const LOGGED_KINDS: ReadonlyArray<readonly [string, number]> = [['call', 40], ['email', 35], ['meeting', 10], ['note', 15]];
const BODIES = [
  'Called the decision maker, interested in a fast switch.',
  'Left a voicemail, will try again tomorrow.',
  'Sent the service comparison and the migration checklist.',
  'Meeting with IT: they need the VPN up before the hearing.',
  'Customer worried about the prepaid months: explained the switch credit.',
  'Asked for references of migrated customers.',
  'Procurement wants the pre-approved terms in writing.',
  'No answer; emailed the deputy.',
];
const OUTCOMES = ['reached', 'voicemail', 'no_answer', 'interested', 'not_interested', null];
const LOST_REASONS = ['chose_competitor', 'rival_rescued', 'price', 'timing', 'no_decision', 'other'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface RivalRow { id: string; name: string; health: RivalHealth; shutdown: Date | null; country: string; services: string[] }
interface CampaignRow { id: string; rival: RivalRow; name: string; createdAt: Date; reps: UserRow[]; managers: UserRow[] }
interface UserRow { id: string; email: string; name: string; role: 'admin' | 'manager' | 'rep' }
interface DealPlan { stage: Stage; enteredAt: Date; createdAt: Date }
interface AccountPlan {
  i: number;
  id: string;
  campaign: CampaignRow;
  owner: UserRow | null;
  segment: Segment;
  spend: number;
  countries: string[];
  contacts: number;
  services: number;
  deals: DealPlan[];
  activities: number;
  createdAt: Date;
}

// ---------------------------------------------------------------------------------------------

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return csvField(`{${v.map((x) => `"${String(x).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  const s = typeof v === 'string' ? v : String(v);
  return s === '' || /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** COPY into `table` through psql, fed by `produce`, which calls `row` for each row. */
async function copyInto(
  url: string,
  table: string,
  columns: string[],
  produce: (row: (...values: unknown[]) => void, wait: () => Promise<void>) => void | Promise<void>,
): Promise<number> {
  const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`], {
    env: { ...process.env, PGOPTIONS: '-c session_replication_role=replica -c synchronous_commit=off' },
    stdio: ['pipe', 'inherit', 'pipe'],
  });
  let stderr = '';
  psql.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<number | null>((resolve) => psql.on('exit', resolve));
  let buffer: string[] = [];
  let bytes = 0;
  let rows = 0;
  let pending: Promise<void> | null = null;
  const flush = () => {
    const ok = psql.stdin.write(buffer.join(''));
    buffer = [];
    bytes = 0;
    if (!ok) pending = new Promise((r) => psql.stdin.once('drain', () => r()));
  };
  const row = (...values: unknown[]) => {
    let line = '';
    for (let k = 0; k < values.length; k++) line += (k ? ',' : '') + csvField(values[k]);
    buffer.push(line + '\n');
    bytes += line.length + 1;
    rows++;
    if (bytes > 1 << 20) flush();
  };
  // Back-pressure: the producer awaits `wait` every so often, which blocks while psql's pipe is full.
  const wait = async () => {
    while (pending) {
      const p: Promise<void> = pending;
      pending = null;
      await p;
    }
  };
  await produce(row, wait);
  flush();
  if (pending) await pending;
  psql.stdin.end();
  const code = await done;
  if (code !== 0) throw new Error(`COPY ${table} failed (psql exit ${code}): ${stderr}`);
  return rows;
}

/** Runs `produceFor(i)` for i in [0, n), yielding to psql's back-pressure every 2,000 items. */
async function forEachAccount(n: number, produceFor: (i: number) => void, drain: () => Promise<void>): Promise<void> {
  for (let i = 0; i < n; i++) {
    produceFor(i);
    if (i % 2000 === 1999) await drain();
  }
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('seed:scale writes into a PostgreSQL server database: set DATABASE_URL=postgres://…/<database> (it refuses to run without it).');
    process.exit(2);
  }
  const accountsN = Math.floor(argNumber('accounts', 200_000));
  const seed = Math.floor(argNumber('seed', 11));
  const activitiesPerAccount = argNumber('activities-per-account', 10);
  const fresh = argFlag('fresh');
  const t0 = performance.now();
  const timings: Array<{ step: string; rows: number; seconds: number }> = [];
  const step = async (name: string, run: () => Promise<number>) => {
    const t = performance.now();
    const rows = await run();
    const seconds = (performance.now() - t) / 1000;
    timings.push({ step: name, rows, seconds });
    console.log(`${name.padEnd(24)} ${String(rows).padStart(10)} rows ${seconds.toFixed(1).padStart(8)} s${rows && seconds ? `  (${Math.round(rows / seconds).toLocaleString('en')} rows/s)` : ''}`);
  };

  // 1. The database: created if missing; refused if it already holds data (unless --fresh).
  const target = new URL(url);
  const dbName = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(dbName)) throw new Error(`DATABASE_URL must name a database of letters, digits and _ (got "${dbName}")`);
  const serverUrl = new URL(url);
  serverUrl.pathname = '/postgres';
  const server = new Client({ connectionString: serverUrl.toString() });
  await server.connect();
  const exists = (await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount === 1;
  if (exists && fresh) {
    await server.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  } else if (exists) {
    const probe = new Client({ connectionString: url });
    await probe.connect();
    const { rows } = await probe.query(`SELECT to_regclass('public.account') IS NOT NULL AS has_table`);
    const nonEmpty = rows[0].has_table ? (await probe.query('SELECT EXISTS (SELECT 1 FROM account) AS x')).rows[0].x : false;
    await probe.end();
    if (nonEmpty) {
      await server.end();
      console.error(`${redact(url)} already holds accounts: pass --fresh to drop and recreate the database "${dbName}".`);
      process.exit(2);
    }
  }
  if (!exists || fresh) await server.query(`CREATE DATABASE ${dbName}`);
  await server.end();
  console.log(`seed:scale → ${redact(url)}: ${accountsN.toLocaleString('en')} accounts, seed ${seed}`);

  // 2. The schema, by the app's own migrations (start the built api once, then stop it).
  await step('schema (migrations)', async () => {
    const api = await startApi({
      NODE_ENV: 'production',
      LIFEBOAT_ROLE: 'api',
      LIFEBOAT_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      LIFEBOAT_JWT_SECRET: 'seed-scale-migrations-only-0123456789abcdef',
    });
    await api.stop();
    return 0;
  });

  const db = new Client({ connectionString: url });
  await db.connect();
  const now = new Date(Math.floor(Date.now() / HOUR) * HOUR);
  const R = new Rng(seed, 1, 0);

  // 3. Rivals, campaigns, users.
  const rivals: RivalRow[] = [];
  const HEALTH: RivalHealth[] = ['liquidating', 'insolvent', 'distressed', 'liquidating', 'insolvent', 'distressed', 'operating', 'liquidating', 'distressed', 'insolvent'];
  for (let r = 0; r < 10; r++) {
    const health = HEALTH[r];
    const shutdown = health === 'operating' || r === 5 ? null : new Date(now.getTime() + (4 + r * 6 + R.int(0, 3)) * DAY);
    rivals.push({
      id: uuidFor(seed, K.rival, r),
      name: `${R.pick(WORD_A)}${R.pick(['Net', 'Qwest', 'Com', 'Link', 'Wave', 'Tel'])} ${r + 1}`,
      health,
      shutdown,
      country: R.weighted(COUNTRY_WEIGHTS),
      services: ['vpn', 'ip_transit', 'hosting', 'colocation', 'web_hosting', 'voice'].filter(() => R.chance(0.6)),
    });
  }
  const users: UserRow[] = [{ id: uuidFor(seed, K.user, 0), email: `admin@${SCALE_EMAIL_DOMAIN}`, name: 'Scale Admin', role: 'admin' }];
  const campaigns: CampaignRow[] = [];
  const members: Array<[string, string, string]> = [];
  for (let c = 0; c < 20; c++) {
    const campaign: CampaignRow = {
      id: uuidFor(seed, K.campaign, c),
      rival: rivals[c % 10],
      name: `Campaign ${String(c + 1).padStart(2, '0')} vs ${rivals[c % 10].name}`,
      createdAt: new Date(now.getTime() - (30 + R.int(0, 30)) * DAY),
      reps: [],
      managers: [],
    };
    const nManagers = R.int(1, 2);
    const nReps = R.int(8, 12);
    for (let m = 0; m < nManagers + nReps; m++) {
      const role = m < nManagers ? 'manager' : 'rep';
      const u: UserRow = {
        id: uuidFor(seed, K.user, users.length),
        email: `${role}.c${String(c + 1).padStart(2, '0')}.${String(m + 1).padStart(2, '0')}@${SCALE_EMAIL_DOMAIN}`,
        name: `${R.pick(FIRST)} ${R.pick(LAST)}`,
        role,
      };
      users.push(u);
      (role === 'manager' ? campaign.managers : campaign.reps).push(u);
      members.push([campaign.id, u.id, role]);
    }
    campaigns.push(campaign);
  }
  // Campaign sizes are skewed (a few big rivals' customer bases, many small ones).
  const weights = campaigns.map((_, c) => 1 / Math.pow(c + 1, 0.7));
  const cumulative: number[] = [];
  weights.reduce((acc, w, k) => (cumulative[k] = acc + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];

  await step('rival, campaign, users', async () => {
    const passwordHash = await hash(SCALE_PASSWORD);
    for (const r of rivals) {
      await db.query(
        `INSERT INTO rival (id, name, country, health, shutdown_expected_at, services, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [r.id, r.name, r.country, r.health, r.shutdown, r.services, new Date(now.getTime() - 90 * DAY)],
      );
    }
    await db.query(
      `INSERT INTO campaign (id, rival_id, name, created_at, updated_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $4::timestamptz[])`,
      [campaigns.map((c) => c.id), campaigns.map((c) => c.rival.id), campaigns.map((c) => c.name), campaigns.map((c) => c.createdAt)],
    );
    await db.query(
      `INSERT INTO app_user (id, email, name, role, password_hash)
       SELECT u.id, u.email, u.name, u.role, $5 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, email, name, role)`,
      [users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.name), users.map((u) => u.role), passwordHash],
    );
    await db.query(
      `INSERT INTO campaign_member (campaign_id, user_id, team_role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
      [members.map((m) => m[0]), members.map((m) => m[1]), members.map((m) => m[2])],
    );
    await db.query(`INSERT INTO distress_event (rival_id, kind, occurred_at, severity, summary)
                    SELECT id, 'payment_default', now() - interval '20 days', 4, 'Payment default announced' FROM rival WHERE health <> 'operating'`);
    return rivals.length + campaigns.length + users.length + members.length;
  });

  // The plan of account i: everything the later passes need, recomputed from (seed, i).
  const plan = (i: number): AccountPlan => {
    const r = new Rng(seed, K.account, i);
    const x = r.next() * totalWeight;
    let c = 0;
    while (cumulative[c] < x) c++;
    const campaign = campaigns[c];
    const segment = r.weighted(SEGMENT_TABLE);
    const [median, sigma] = SPEND[segment];
    const spend = Math.round(r.logNormal(median, sigma));
    const nCountries = segment === 'enterprise_vpn' || segment === 'isp_wholesale' ? r.weighted([[1, 3], [2, 3], [3, 2], [5, 2]] as const) : r.weighted([[1, 8], [2, 2]] as const);
    const countries = [...new Set(Array.from({ length: nCountries }, () => r.weighted(COUNTRY_WEIGHTS)))];
    const owner = r.chance(0.6) ? r.pick(campaign.reps) : null;
    const contacts = r.weighted([[1, 25], [2, 50], [3, 25]] as const);
    const services = r.weighted([[1, 30], [2, 40], [3, 30]] as const);
    const nDeals = r.weighted([[0, 15], [1, 70], [2, 15]] as const);
    const createdAt = new Date(campaign.createdAt.getTime() + r.next() * 10 * DAY);
    const deals: DealPlan[] = [];
    for (let d = 0; d < nDeals; d++) {
      const last = d === nDeals - 1;
      const stage: Stage = !last ? 'lost' : nDeals === 2 ? r.weighted(STAGE_TABLE.filter(([s]) => s !== 'lost')) : r.weighted(STAGE_TABLE);
      const open = stage !== 'won' && stage !== 'lost';
      const enteredAt = open ? new Date(now.getTime() - r.next() * 1.3 * (DUE_DAYS[stage] ?? 7) * DAY) : new Date(now.getTime() - (1 + r.next() * 25) * DAY);
      deals.push({ stage, enteredAt, createdAt: new Date(Math.max(createdAt.getTime(), enteredAt.getTime() - (2 + r.next() * 12) * DAY)) });
    }
    const w = ACTIVITY_WEIGHT[deals.length ? deals[deals.length - 1].stage : 'none'];
    const activities = Math.floor(((w * activitiesPerAccount) / 1.057) * (0.5 + r.next()));
    return { i, id: uuidFor(seed, K.account, i), campaign, owner, segment, spend, countries, contacts, services, deals, activities, createdAt };
  };

  const dealId = (i: number, d: number) => uuidFor(seed, K.deal, i * 2 + d);
  /** The activities of an account: emits them (or only computes the last logged contact). */
  const activitiesOf = (p: AccountPlan, emit: ((...v: unknown[]) => void) | null): Date | null => {
    const r = new Rng(seed, K.activity, p.i);
    let lastContact: Date | null = null;
    const from = p.deals.length ? p.deals[0].createdAt.getTime() : now.getTime() - 20 * DAY;
    const currentDeal = p.deals.length ? dealId(p.i, p.deals.length - 1) : null;
    for (let k = 0; k < p.activities; k++) {
      const at = new Date(from + r.next() * (now.getTime() - from));
      const system = currentDeal !== null && r.chance(0.15);
      const kind = system ? r.weighted([['stage_change', 80], ['proposal_sent', 15], ['signed', 5]] as const) : r.weighted(LOGGED_KINDS);
      const author = p.owner ?? r.pick(p.campaign.reps);
      const body = system ? '' : r.pick(BODIES);
      const outcome = kind === 'call' ? r.pick(OUTCOMES) : null;
      const nextStep = !system && r.chance(0.3) ? new Date(at.getTime() + r.int(1, 5) * DAY) : null;
      if (!system && (!lastContact || at > lastContact)) lastContact = at;
      if (emit) {
        emit(uuidFor(seed, K.activity, p.i * 64 + k), p.campaign.id, p.id, currentDeal, kind, at, system ? null : author.id, system ? 'system' : author.name, body, outcome, nextStep, '{}', at);
      }
    }
    return lastContact;
  };

  const copyAccounts = (table: string, columns: string[], perAccount: (p: AccountPlan, row: (...v: unknown[]) => void) => void) =>
    copyInto(url, table, columns, async (row, wait) => {
      await forEachAccount(accountsN, (i) => perAccount(plan(i), row), wait);
    });

  // Secondary indexes off during the load, rebuilt after (same definitions as the migrations).
  const bigTables = ['account', 'contact', 'rival_service', 'opportunity', 'stage_transition', 'activity', 'migration'];
  const { rows: indexRows } = await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [bigTables],
  );
  for (const ix of indexRows) await db.query(`DROP INDEX ${ix.name}`);

  // The queue's priority as the api writes it (the campaign's rival date, no scenarios, default rules).
  const scorers = new Map<string, ReturnType<typeof queuePriorityScorer>>();
  const priorityOf = (c: { id: string; rival: { shutdown: Date | null } }) => {
    let scorer = scorers.get(c.id);
    if (!scorer) scorers.set(c.id, (scorer = queuePriorityScorer({ shutdownExpectedAt: c.rival.shutdown, scenarios: [] }, DEFAULT_CAMPAIGN_SETTINGS, now)));
    return scorer;
  };
  await step('account', () =>
    copyAccounts(
      'account',
      ['id', 'campaign_id', 'name', 'normalized_name', 'segment', 'countries', 'monthly_spend', 'contract_ends_at', 'prepaid_until', 'has_backup_provider',
        'rival_is_principal_operator', 'owner_id', 'external_ref', 'competing_bidders', 'urgency', 'urgency_factors', 'urgency_computed_at', 'last_contact_at',
        'created_at', 'updated_at', 'queue_priority'],
      (p, row) => {
        const r = new Rng(seed, 100 + K.account, p.i);
        const name = `${r.pick(WORD_A)} ${r.pick(WORD_B)} ${r.pick(LEGAL)} ${p.i + 1}`;
        const backup = r.chance(p.segment === 'enterprise_vpn' ? 0.45 : 0.2);
        const principal = r.chance(p.segment === 'isp_wholesale' ? 0.6 : 0.25);
        const lastContact = activitiesOf(p, null);
        const open = p.deals.find((d) => d.stage !== 'won' && d.stage !== 'lost');
        const u = computeUrgency({
          now,
          timeZone: 'Europe/Paris',
          rival: { name: p.campaign.rival.name, health: p.campaign.rival.health, shutdownExpectedAt: p.campaign.rival.shutdown },
          account: { name, monthlySpend: p.spend, countries: p.countries, hasBackupProvider: backup, rivalIsPrincipalOperator: principal },
          stage: open ? open.stage : null,
          lastContactAt: lastContact,
          createdAt: p.createdAt,
        });
        const bidders = r.chance(0.3) ? [...new Set([r.pick(BIDDERS), r.pick(BIDDERS)])] : [];
        row(p.id, p.campaign.id, name, name.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' '), p.segment, p.countries, p.spend,
          r.chance(0.7) ? new Date(now.getTime() + r.int(-60, 720) * DAY) : null,
          r.chance(0.4) ? new Date(now.getTime() + r.int(10, 400) * DAY) : null,
          backup, principal, p.owner?.id ?? null, `EXT-${p.campaign.id.slice(0, 4)}-${p.i + 1}`, bidders, u.score,
          // Stored as the api stores them: with the deprecated English words (`UrgencyFactor.reason`).
          JSON.stringify(wordInEnglish(u.factors, { rival: p.campaign.rival.name, account: name })), now,
          lastContact, p.createdAt, p.createdAt, priorityOf(p.campaign)({
            monthlySpend: p.spend,
            segment: p.segment,
            stage: open ? open.stage : null,
            // As the opportunity step below writes it.
            dueAt: open && DUE_DAYS[open.stage] ? new Date(open.enteredAt.getTime() + (DUE_DAYS[open.stage] as number) * DAY) : null,
          }));
      },
    ),
  );
  await step('contact', () =>
    copyAccounts('contact', ['id', 'account_id', 'name', 'title', 'email', 'phone', 'decision_maker', 'created_at', 'updated_at'], (p, row) => {
      const r = new Rng(seed, 100 + K.contact, p.i);
      for (let k = 0; k < p.contacts; k++) {
        const first = r.pick(FIRST);
        const last = r.pick(LAST);
        row(uuidFor(seed, K.contact, p.i * 4 + k), p.id, `${first} ${last}`, r.pick(TITLES),
          r.chance(0.9) ? `${first}.${last}.${p.i}@customer${p.i}.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '') : null,
          r.chance(0.7) ? `+33 1 ${String(r.int(10_000_000, 99_999_999))}` : null, k === 0, p.createdAt, p.createdAt);
      }
    }),
  );
  await step('rival_service', () =>
    copyAccounts('rival_service', ['id', 'account_id', 'kind', 'quantity', 'monthly_cost', 'position'], (p, row) => {
      const r = new Rng(seed, 100 + K.service, p.i);
      const kinds = SERVICES_BY_SEGMENT[p.segment];
      let left = p.spend;
      for (let k = 0; k < p.services; k++) {
        const cost = k === p.services - 1 ? left : Math.floor(left * (0.3 + r.next() * 0.4));
        left -= cost;
        row(uuidFor(seed, K.service, p.i * 4 + k), p.id, kinds[k % kinds.length], r.int(1, 20), cost, k);
      }
    }),
  );
  await step('opportunity', () =>
    copyAccounts(
      'opportunity',
      ['id', 'account_id', 'campaign_id', 'stage', 'stage_entered_at', 'due_at', 'monthly_value', 'one_time_value', 'term_months', 'expected_close_at',
        'lost_reason', 'lost_to_bidder', 'first_contact_at', 'closed_at', 'created_at', 'updated_at'],
      (p, row) => {
        const r = new Rng(seed, 100 + K.deal, p.i);
        p.deals.forEach((d, k) => {
          const open = d.stage !== 'won' && d.stage !== 'lost';
          const dueDays = DUE_DAYS[d.stage];
          const due = open && dueDays ? new Date(d.enteredAt.getTime() + dueDays * DAY) : null;
          const value = Math.round(p.spend * (0.7 + r.next() * 0.4));
          const closed = open ? null : d.enteredAt;
          const firstContact = d.stage === 'identified' ? null : new Date(d.createdAt.getTime() + r.next() * 2 * DAY);
          row(dealId(p.i, k), p.id, p.campaign.id, d.stage, d.enteredAt, due, value, r.chance(0.3) ? r.int(0, 500_000) : 0, r.pick([12, 12, 24, 36]),
            open && r.chance(0.4) ? new Date(now.getTime() + r.int(1, 40) * DAY) : null,
            d.stage === 'lost' ? r.pick(LOST_REASONS) : null, d.stage === 'lost' && r.chance(0.6) ? r.pick(BIDDERS) : null,
            firstContact && closed && firstContact > closed ? closed : firstContact, closed, d.createdAt, d.enteredAt);
        });
      },
    ),
  );
  await step('stage_transition', () =>
    copyAccounts('stage_transition', ['id', 'opportunity_id', 'campaign_id', 'from_stage', 'to_stage', 'at', 'due_at', 'actor_label'], (p, row) => {
      const r = new Rng(seed, 100 + K.transition, p.i);
      p.deals.forEach((d, k) => {
        // The path to the current stage, walked back from when it was entered.
        const reached = d.stage === 'won' ? 4 : d.stage === 'lost' ? r.int(1, 4) : PATH.indexOf(d.stage) + 1;
        const stages: Stage[] = [...PATH.slice(0, reached), ...(d.stage === 'won' || d.stage === 'lost' ? [d.stage] : [])];
        const times: number[] = [d.enteredAt.getTime()];
        for (let s = stages.length - 2; s >= 0; s--) times.unshift(Math.max(d.createdAt.getTime(), times[0] - r.logNormal(1.5 * DAY, 0.7)));
        const label = p.owner?.name ?? 'Import';
        stages.forEach((stage, s) => {
          const dd = DUE_DAYS[stage];
          row(uuidFor(seed, K.transition, (p.i * 2 + k) * 8 + s), dealId(p.i, k), p.campaign.id, s === 0 ? null : stages[s - 1], stage, new Date(times[s]),
            dd ? new Date(times[s] + dd * DAY) : null, label);
        });
      });
    }),
  );
  await step('activity', () =>
    copyAccounts(
      'activity',
      ['id', 'campaign_id', 'account_id', 'opportunity_id', 'kind', 'occurred_at', 'author_user_id', 'author_label', 'body', 'outcome', 'next_step_at', 'metadata', 'created_at'],
      (p, row) => void activitiesOf(p, row),
    ),
  );
  await step('migration', () =>
    copyAccounts('migration', ['id', 'campaign_id', 'account_id', 'opportunity_id', 'workload', 'target_cutover_at', 'status', 'created_at', 'updated_at'], (p, row) => {
      const k = p.deals.findIndex((d) => d.stage === 'won');
      if (k < 0) return;
      const r = new Rng(seed, 100 + K.migration, p.i);
      const d = p.deals[k];
      row(uuidFor(seed, K.migration, p.i), p.campaign.id, p.id, dealId(p.i, k), r.int(1, 20), new Date(now.getTime() + r.int(-5, 40) * DAY),
        r.weighted([['planned', 40], ['provisioning', 20], ['scheduled', 20], ['migrated', 15], ['at_risk', 5]] as const), d.enteredAt, d.enteredAt);
    }),
  );

  // The queue's keys on the account (kept by triggers on opportunity, which COPY under
  // session_replication_role=replica does not fire): without them every account looked dealless
  // and the queue benchmarks measured a queue of untouched accounts only (until 2026-12-07).
  await step('account queue keys', async () => {
    const { rowCount } = await db.query(
      `UPDATE account a SET has_open_deal = true, open_deal_due_at = o.due_at
       FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost')`,
    );
    return rowCount ?? 0;
  });

  await step('indexes (rebuild)', async () => {
    await db.query(`SET maintenance_work_mem = '256MB'`);
    for (const ix of indexRows) await db.query(ix.def);
    return indexRows.length;
  });
  await step('vacuum analyze', async () => {
    for (const t of [...bigTables, 'app_user', 'campaign', 'campaign_member', 'rival']) await db.query(`VACUUM (ANALYZE) ${t}`);
    return 0;
  });
  const { rows: counts } = await db.query(`
    SELECT 'account' AS t, count(*)::int AS n FROM account UNION ALL SELECT 'contact', count(*)::int FROM contact
    UNION ALL SELECT 'rival_service', count(*)::int FROM rival_service UNION ALL SELECT 'opportunity', count(*)::int FROM opportunity
    UNION ALL SELECT 'stage_transition', count(*)::int FROM stage_transition UNION ALL SELECT 'activity', count(*)::int FROM activity
    UNION ALL SELECT 'app_user', count(*)::int FROM app_user UNION ALL SELECT 'overdue open deals', count(*)::int FROM opportunity WHERE stage NOT IN ('won','lost') AND due_at < now()
    UNION ALL SELECT 'demo users', count(*)::int FROM app_user WHERE is_demo OR email LIKE '%@lifeboat.demo'`);
  await db.query(`INSERT INTO instance_setting (key, value) VALUES ('bench.seed', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
    JSON.stringify({ accounts: accountsN, seed, activitiesPerAccount, at: now.toISOString() }),
  ]);
  await db.end();
  console.log(counts.map((c) => `${c.t}: ${c.n.toLocaleString('en')}`).join(', '));
  console.log(`seed:scale done in ${((performance.now() - t0) / 1000).toFixed(1)} s. Users: admin@${SCALE_EMAIL_DOMAIN}, manager.cNN.MM@…, rep.cNN.MM@…; password "${SCALE_PASSWORD}".`);
  void timings;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
