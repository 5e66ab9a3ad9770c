/**
 * Personal offers at scale (issue #21, part 2) on a PostgreSQL server: generating an offer for each
 * of 100,000 accounts (goal ≤ 30 s), then the customer's public offer page under 10 connections
 * (goal p95 ≤ 100 ms).
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_BASEURL=../.. TS_NODE_TRANSPILE_ONLY=1 \
 *     node -r ts-node/register -r tsconfig-paths/register tools/bench-personal-offers.ts \
 *     [--accounts 100000] [--connections 10] [--duration 20] [--url postgres://postgres@127.0.0.1:5432/postgres] [--keep] [--profile]
 *
 * Makes a throwaway database on the server (dropped at the end), loads `accounts` accounts of one
 * campaign, each buying one or two services from the rival and with an open deal (plain INSERT …
 * SELECT, then ANALYZE),
 * boots the app in this process (jobs in process) listening on a free port of 127.0.0.1, and:
 *
 * 1. times PersonalOffersService.generate (what `generatePersonalOffers` calls) as an admin, for
 *    the whole list, until its batch is completed (the job's INSERT … SELECT, audit, progress). The
 *    yardstick: one plain INSERT … SELECT of as many rows (an id, the account, a hash) into a bare
 *    table with a primary key;
 * 2. sends `personalOfferByToken` over HTTP from `connections` concurrent clients (on a worker
 *    thread: their work does not run on the app's event loop) for `duration` seconds, each request
 *    for a random offer of the batch (the first ones also mark it opened), and reports the latency
 *    percentiles measured by the client. With --profile, the app's CPU profile during the load is
 *    written to the temporary directory (its path on stderr).
 *
 * The anonymous per-IP limit (300 a minute) would refuse the load within a second: its limiter is
 * replaced by one of the same kind with a budget that is never spent, so it still runs (and costs)
 * on every request. Prints one JSON line.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { loadConfig } from '../apps/api/src/config/app-config';
import { startLifeboat } from '../apps/api/src/bootstrap';
import { toGlobalId } from '../apps/api/src/common/graphql/global-id';
import { FULL_ACCESS, type Actor } from '../apps/api/src/common/access/actor';
import { RateLimitsService } from '../apps/api/src/identity/rate-limits.service';
import { PersonalOffersService } from '../apps/api/src/personal-offers/personal-offers.service';
import { offerLinkToken } from '../apps/api/src/personal-offers/offer-link';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const OFFER = `query PersonalOfferByToken($token: String!) { personalOfferByToken(token: $token) {
  status customerName currency termMonths discountPercent expiresAt timeZone shutdownAt cutoverAt
  monthlyTotal { amount currency }
  lines { serviceKind description quantity oneTimeFee { amount currency } monthlyUnitPrice { amount currency } monthlyAmount { amount currency } }
  weeks { weekStart cutoverAt switchCredit { amount { amount currency } prepaidMonthsRemaining } totals { monthlyTotal { amount currency } totalOverTerm { amount currency } } }
} }`;

/** The client's code, run in a worker thread: `connections` loops sending the query with a random token for `duration` seconds. */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, query, tokens, connections, duration } = workerData;
const latencies = [];
let failures = 0;
const until = performance.now() + duration * 1000;
Promise.all(Array.from({ length: connections }, async () => {
  while (performance.now() < until) {
    const token = tokens[Math.floor(Math.random() * tokens.length)];
    const t0 = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { token } }) });
      const body = await res.json();
      latencies.push(performance.now() - t0);
      if (!res.ok || body.errors || !(body.data && body.data.personalOfferByToken && body.data.personalOfferByToken.weeks.length)) failures++;
    } catch {
      latencies.push(performance.now() - t0);
      failures++;
    }
  }
})).then(() => parentPort.postMessage({ latencies, failures }));
`;

function loadFromWorker(data: { url: string; query: string; tokens: string[]; connections: number; duration: number }): Promise<{ latencies: number[]; failures: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: data });
    worker.once('message', (m: { latencies: number[]; failures: number }) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Profiles this thread (the app) until the returned function is called; that writes the profile and returns its path. */
async function startProfile(): Promise<() => Promise<string>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    const path = join(tmpdir(), `personal-offer-page-${Date.now()}.cpuprofile`);
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
    return path;
  };
}

async function main(): Promise<void> {
  const accounts = Number(arg('accounts', '100000'));
  const connections = Number(arg('connections', '10'));
  const duration = Number(arg('duration', '20'));
  const serverUrl = arg('url', process.env['LIFEBOAT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `lifeboat_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let lifeboat: Awaited<ReturnType<typeof startLifeboat>> | undefined;
  try {
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: url.toString(), LIFEBOAT_DEMO: 'false', LIFEBOAT_WEB_DIR: '/nonexistent', LIFEBOAT_JWT_SECRET: randomBytes(32).toString('hex') });
    lifeboat = await startLifeboat(config, { listen: false });
    const ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('Bench Rival', 'FR', 'distressed', now() + interval '40 days') RETURNING id`);
    const [campaign] = await ds.query(`INSERT INTO campaign (rival_id, name, settings) VALUES ($1, 'Bench', '{"weeklyMigrationCapacity": 100000}'::jsonb) RETURNING id`, [rival.id]);
    const [user] = await ds.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('bench@example.test', 'Bench', 'admin', 'x') RETURNING id`);
    // One transaction holding the accounts table: the app's own jobs (the day's recompute at boot)
    // wait for it instead of deadlocking with the deals' trigger.
    await ds.transaction(async (tx) => {
      await tx.query(`LOCK TABLE account IN EXCLUSIVE MODE`);
      await tx.query(
        `WITH a AS (
           INSERT INTO account (campaign_id, name, normalized_name, segment, countries, monthly_spend, urgency, prepaid_until)
           SELECT $1, 'Customer ' || g, 'customer ' || g, 'smb_web', '{FR}', 1000 + g % 9000, (g * 7919) % 101,
                  CASE WHEN g % 3 = 0 THEN now() + (g % 120) * interval '1 day' END
           FROM generate_series(1, $2) g
           RETURNING id, monthly_spend, urgency)
         INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position)
         SELECT id, 'web_hosting', 1 + urgency % 3, monthly_spend, 0 FROM a
         UNION ALL SELECT id, 'vpn', 1, 5000, 1 FROM a WHERE urgency % 4 = 0`,
        [campaign.id, accounts],
      );
      // Only accounts still in play get an offer: each has an open deal.
      await tx.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) SELECT id, $1, 'identified', now() FROM account WHERE campaign_id = $1`, [campaign.id]);
    });
    await ds.query(`ANALYZE`);
    const actor: Actor = { kind: 'user', userId: user.id, role: 'admin', name: 'Bench', email: 'bench@example.test', sessionId: null };
    const service = lifeboat.app.get(PersonalOffersService);

    // 1. Generation.
    const started = performance.now();
    const { count, batch } = await service.generate(actor, FULL_ACCESS, {
      campaignId: toGlobalId('Campaign', campaign.id),
      filter: {},
      discountPercent: 10,
      termMonths: 12,
      validityDays: 7,
      dryRun: false,
    });
    const requestSeconds = (performance.now() - started) / 1000;
    let status = batch?.status ?? 'missing';
    for (let i = 0; i < 48_000 && status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      [{ status }] = await ds.query(`SELECT status FROM personal_offer_batch WHERE id = $1`, [batch?.id]);
      const [broken] = await ds.query(`SELECT last_error FROM job_run WHERE status = 'failed' LIMIT 1`);
      if (broken) throw new Error(`the generation job failed: ${broken.last_error}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const [{ written }] = await ds.query(`SELECT count(*)::int AS written FROM personal_offer WHERE batch_id = $1`, [batch?.id]);
    if (status !== 'completed' || written !== accounts || count !== accounts) throw new Error(`batch ${status}: ${written} offers written for ${count} counted, ${accounts} accounts`);

    await ds.query(`CREATE TABLE bench_plain (id uuid PRIMARY KEY, account_id uuid NOT NULL, token_hash text NOT NULL)`);
    const plainStarted = performance.now();
    await ds.query(
      `INSERT INTO bench_plain SELECT gen_random_uuid(), a.id, encode(sha256(convert_to(a.id::text, 'UTF8')), 'hex') FROM account a WHERE a.campaign_id = $1`,
      [campaign.id],
    );
    const plainSeconds = (performance.now() - plainStarted) / 1000;
    await ds.query(`ANALYZE`);

    // 2. The public page under load.
    const limits = lifeboat.app.get(RateLimitsService) as unknown as { perIp: RateLimiterMemory };
    limits.perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: Number.MAX_SAFE_INTEGER, duration: 60 });
    await lifeboat.http!.listen(0, '127.0.0.1');
    const port = (lifeboat.http!.getHttpServer().address() as { port: number }).port;
    const key = await service.key();
    const ids: Array<{ id: string }> = await ds.query(`SELECT id FROM personal_offer WHERE batch_id = $1 ORDER BY random() LIMIT 5000`, [batch?.id]);
    const tokens = ids.map((r) => offerLinkToken(key, r.id));
    // The clients run on their own thread, so their work is not counted in the app's event loop.
    const profile = process.argv.includes('--profile') ? await startProfile() : null;
    const { latencies, failures } = await loadFromWorker({ url: `http://127.0.0.1:${port}/graphql`, query: OFFER, tokens, connections, duration });
    if (profile) console.error(`CPU profile of the app during the load: ${await profile()}`);
    latencies.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        accounts,
        generation: { seconds: round(seconds), requestSeconds: round(requestSeconds), offersPerSecond: Math.round(accounts / seconds), plainInsertSeconds: round(plainSeconds), ratio: round(seconds / plainSeconds), goalSeconds: 30 },
        publicPage: {
          connections,
          durationSeconds: duration,
          requests: latencies.length,
          failures,
          requestsPerSecond: Math.round(latencies.length / duration),
          p50ms: round(percentile(latencies, 50)),
          p95ms: round(percentile(latencies, 95)),
          p99ms: round(percentile(latencies, 99)),
          goalP95ms: 100,
        },
      }),
    );
  } finally {
    await lifeboat?.close().catch(() => undefined);
    if (process.argv.includes('--keep')) console.error(`kept database ${url.toString()}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
