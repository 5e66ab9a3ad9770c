/**
 * Is the api's memory growth a leak or a warm-up? Starts the built api (as the bench does, with
 * `--heapsnapshot-signal=SIGUSR2`), drives the bench's soak mix in rounds of N requests and takes a
 * heap snapshot after each round (V8 collects garbage before writing one, so a snapshot holds only
 * what is retained), then compares the snapshots by constructor: count and self size.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lifeboat_scale \
 *     npx ts-node -r tsconfig-paths/register tools/bench/heap-probe.ts --rounds 3 --requests 20000 [--mix me|soak]
 *
 * Also samples `process.memoryUsage()`-like figures from outside: RSS (from /proc) after each snapshot.
 * Snapshots go to tmp/bench/heap/ (not committed).
 *
 * `--soak-seconds S` instead: no snapshot; the api runs with `--expose-gc -r tools/bench/mem-sampler.js`,
 * which forces a full GC every 5 s and records process.memoryUsage() after it (the post-GC floor of
 * the V8 heap, of external/ArrayBuffer memory and of RSS) while the mix runs for S seconds.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import IORedis from 'ioredis';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon');
import { argNumber, argValue, rssKiB, SCALE_PASSWORD, sleep, startApi, WORKSPACE } from './common';

const ME = `query Me { me { id } }`;
const MY_QUEUE = `query MyQueue($first: Int) { myQueue(first: $first) { totalCount edges { cursor node { reason dueAt urgency account { id name rival { id name } monthlySpend { amount currency } } opportunity { id stage overdue } } } } }`;
const ACCOUNTS = `query Accounts($first: Int) { accounts(first: $first) { totalCount edges { cursor node { id version name urgency owner { id name } rival { id name } contacts { id name } currentOpportunity { id stage overdue dueAt } } } } }`;

interface Spec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}
const spec = (token: string, query: string, variables: Record<string, unknown> = {}): Spec => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, variables }),
});

/** Sends `amount` requests (or, when negative, sends for -amount seconds) over `connections` connections. */
function drive(url: string, next: () => Spec, amount: number, connections: number): Promise<{ errors: number; non2xx: number; rps: number; requests: number }> {
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      { url, connections, ...(amount > 0 ? { amount } : { duration: -amount }), requests: [{ setupRequest: (req: Spec) => ({ ...req, ...next() }) }] },
      (err: Error | null, r: any) => (err ? reject(err) : resolve({ errors: r.errors, non2xx: r.non2xx, rps: Math.round(r.requests.average), requests: r.requests.total })),
    );
    void inst;
  });
}

type Agg = Map<string, { count: number; size: number }>;
/** Count and self size of the objects of a snapshot, by node type and constructor name. */
function aggregate(file: string): { agg: Agg; total: number } {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const meta = snap.snapshot.meta;
  const fields: string[] = meta.node_fields;
  const types: string[] = meta.node_types[0];
  const nf = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const nodes: number[] = snap.nodes;
  const strings: string[] = snap.strings;
  const agg: Agg = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += nf) {
    const type = types[nodes[i + iType]];
    const name = type === 'object' || type === 'closure' || type === 'native' ? strings[nodes[i + iName]] : '';
    const key = `${type}${name ? `:${name.slice(0, 60)}` : ''}`;
    const size = nodes[i + iSize];
    total += size;
    const a = agg.get(key) ?? { count: 0, size: 0 };
    a.count++;
    a.size += size;
    agg.set(key, a);
  }
  return { agg, total };
}

async function waitForSnapshot(dir: string, before: Set<string>): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const fresh = readdirSync(dir).filter((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (fresh.length) {
      const f = join(dir, fresh[0]);
      const s1 = statSync(f).size;
      await sleep(1000);
      if (s1 > 0 && statSync(f).size === s1) return f;
    } else await sleep(500);
  }
  throw new Error('no heap snapshot written');
}

async function main(): Promise<void> {
  const dbUrl = process.env['DATABASE_URL'];
  if (!dbUrl) throw new Error('DATABASE_URL');
  const rounds = argNumber('rounds', 3);
  const perRound = argNumber('requests', 20_000);
  const connections = argNumber('connections', 10);
  const mixName = argValue('mix', 'soak') as string;
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const soakSeconds = argNumber('soak-seconds', 0);
  const dir = join(WORKSPACE, soakSeconds > 0 ? 'tmp/bench/heap-soak' : 'tmp/bench/heap');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  const [biggest] = (await pg.query(`SELECT c.id FROM campaign c JOIN account a ON a.campaign_id = c.id GROUP BY c.id ORDER BY count(*) DESC, 1 LIMIT 1`)).rows;
  const team = (await pg.query(`SELECT u.email, m.team_role FROM campaign_member m JOIN app_user u ON u.id = m.user_id WHERE m.campaign_id = $1 ORDER BY u.email`, [biggest.id])).rows;
  await pg.end();

  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  let resetting = true;
  const resetter = (async () => {
    while (resetting) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', 'lbheap:rl:*', 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
      await sleep(500);
    }
  })();

  const sampleFile = join(dir, 'memory-samples.jsonl');
  const api = await startApi(
    {
      NODE_ENV: 'production',
      LIFEBOAT_ROLE: 'api',
      LIFEBOAT_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: dbUrl,
      REDIS_URL: redisUrl,
      LIFEBOAT_QUEUE_PREFIX: 'lbheap',
      LIFEBOAT_JWT_SECRET: randomBytes(36).toString('base64url'),
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      ...(soakSeconds > 0 ? { LIFEBOAT_MEM_SAMPLE_FILE: sampleFile } : {}),
    },
    soakSeconds > 0 ? ['--expose-gc', '-r', join(__dirname, 'mem-sampler.js')] : ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`],
  );
  const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
  const tokens: string[] = [];
  const repTokens: string[] = [];
  for (const m of team) {
    const r = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, variables: { input: { email: m.email, password: SCALE_PASSWORD } } }),
    }).then((x) => x.json() as Promise<any>);
    const t = r.data?.login?.accessToken;
    if (!t) throw new Error(`login ${m.email}: ${JSON.stringify(r.errors)}`);
    tokens.push(t);
    if (m.team_role === 'rep') repTokens.push(t);
  }
  let k = 0;
  const pick = (a: string[]) => a[k++ % a.length];
  const mixes: Record<string, Array<() => Spec>> = {
    me: [() => spec(pick(tokens), ME)],
    soak: [
      () => spec(pick(repTokens), MY_QUEUE, { first: 50 }),
      () => spec(pick(repTokens), ACCOUNTS, { first: 50 }),
      () => spec(pick(tokens), ME),
      () => spec(pick(tokens), ME),
      () => spec(pick(tokens), ME),
      () => spec(pick(tokens), ME),
    ],
  };
  const mix = mixes[mixName];
  let j = 0;
  const next = () => mix[j++ % mix.length]();
  if (soakSeconds > 0) {
    log(`api pid ${api.pid}, ${tokens.length} users; ${soakSeconds} s of the ${mixName} mix, memory sampled after a forced GC every 5 s`);
    const d = await drive(api.url, next, -soakSeconds, connections);
    log(`soak: ${JSON.stringify(d)}`);
    await sleep(6000);
    resetting = false;
    await resetter;
    redis.disconnect();
    await api.stop();
    const samples = readFileSync(sampleFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const mib = (b: number) => (b / 2 ** 20).toFixed(1);
    console.log('\n  t (s) | heapUsed | heapTotal | external | arrayBuffers | RSS (MiB, after a forced full GC)');
    const step = Math.max(1, Math.floor(samples.length / 24));
    samples.forEach((x, i) => {
      if (i % step === 0 || i === samples.length - 1) console.log(`${String(x.t).padStart(7)} | ${mib(x.heapUsed).padStart(8)} | ${mib(x.heapTotal).padStart(9)} | ${mib(x.external).padStart(8)} | ${mib(x.arrayBuffers).padStart(12)} | ${mib(x.rss)}`);
    });
    return;
  }
  log(`api pid ${api.pid}, ${tokens.length} users; warm-up ${perRound} requests (${mixName} mix)`);
  const w = await drive(api.url, next, perRound, connections);
  log(`warm-up: ${JSON.stringify(w)}`);

  const snaps: Array<{ file: string; rss: number; after: number }> = [];
  let sent = perRound;
  for (let r = 0; r <= rounds; r++) {
    if (r > 0) {
      const d = await drive(api.url, next, perRound, connections);
      sent += perRound;
      log(`round ${r}: ${JSON.stringify(d)}`);
    }
    await sleep(2000);
    const before = new Set(readdirSync(dir));
    process.kill(api.pid, 'SIGUSR2');
    const file = await waitForSnapshot(dir, before);
    const rss = rssKiB(api.pid);
    snaps.push({ file, rss, after: sent });
    log(`snapshot after ${sent} requests: ${file} (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB file), RSS ${(rss / 1024).toFixed(0)} MiB`);
  }
  resetting = false;
  await resetter;
  redis.disconnect();
  await api.stop();

  const aggs = snaps.map((s) => aggregate(s.file));
  console.log('\nrequests | heap (self sizes, MiB) | RSS MiB');
  snaps.forEach((s, i) => console.log(`${s.after} | ${(aggs[i].total / 2 ** 20).toFixed(1)} | ${(s.rss / 1024).toFixed(0)}`));
  const first = aggs[0].agg;
  const last = aggs[aggs.length - 1].agg;
  const keys = new Set([...first.keys(), ...last.keys()]);
  const rows = [...keys].map((key) => {
    const series = aggs.map((a) => a.agg.get(key) ?? { count: 0, size: 0 });
    return { key, series, dSize: series[series.length - 1].size - series[0].size, dCount: series[series.length - 1].count - series[0].count };
  });
  rows.sort((a, b) => b.dSize - a.dSize);
  console.log('\nlargest growth of self size, first → last snapshot (count / KiB at each snapshot):');
  for (const r of rows.slice(0, 30)) console.log(`${(r.dSize / 1024).toFixed(0).padStart(8)} KiB  ${r.key}: ${r.series.map((s) => `${s.count}/${(s.size / 1024).toFixed(0)}`).join(' → ')}`);
  rows.sort((a, b) => b.dCount - a.dCount);
  console.log('\nlargest growth of count:');
  for (const r of rows.slice(0, 20)) console.log(`${String(r.dCount).padStart(8)}  ${r.key}: ${r.series.map((s) => s.count).join(' → ')}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
