/**
 * `/health` latency of the embedded mode (issue #17, finding 6): the built api as `npm start` runs
 * it (PGlite in a thread of the process, jobs in process, the demo loaded into a fresh data folder), with
 * `GET /health` asked one request after another (every 50 ms) while
 *   1. nothing else runs (the reference, in the same run),
 *   2. a 20,000-row import runs (submitted through POST /imports/:campaignId, until completed),
 *   3. a 45 MB file with one huge quoted field is uploaded and imported (until completed),
 *   4. heavy reads over the imported accounts: 4 clients at once, each asking the search box for
 *      every imported account ("bench", 200 per page) and the campaign's pipeline dashboard, for 15 s.
 * Prints p50 / p95 / max per phase, and one JSON line. Goal: /health ≤ 200 ms throughout.
 *
 *   npm run bench -- --cases embedded-health      (or: node … tools/bench/embedded-health.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rssKiB, sleep, startApi, type ApiProcess } from './common';

export interface HealthPhase {
  phase: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
  seconds: number;
  rssMiB?: number;
}

function summarise(phase: string, samples: number[], errors: number, seconds: number, rssMiB?: number): HealthPhase {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { phase, requests: samples.length, errors, p50: r(at(50)), p95: r(at(95)), max: r(sorted[sorted.length - 1] ?? NaN), seconds: r(seconds), rssMiB };
}

/** Asks /health one request after another until `until` settles; returns the latencies (ms). */
async function probeHealth<T>(url: string, until: Promise<T>): Promise<{ samples: number[]; errors: number; result: T; seconds: number }> {
  const samples: number[] = [];
  let errors = 0;
  let done = false;
  const started = performance.now();
  const settled = until.finally(() => (done = true));
  const loop = (async () => {
    while (!done) {
      const t = performance.now();
      const ok = await fetch(`${url}/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      samples.push(performance.now() - t);
      if (!ok) errors++;
      await sleep(50);
    }
  })();
  const result = await settled;
  await loop;
  return { samples, errors, result, seconds: (performance.now() - started) / 1000 };
}

async function gql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Uploads a generated body (never whole in memory) and waits for the import to finish (polled every 500 ms). */
async function importFile(api: ApiProcess, token: string, campaignId: string, piece: (i: number) => string | null): Promise<{ status: string; rowsDone: number; failedCount: number }> {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const text = piece(i++);
      if (text === null) controller.close();
      else controller.enqueue(new TextEncoder().encode(text));
    },
  });
  const res = await fetch(`${api.url}/imports/${campaignId}?fileName=bench.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
    duplex: 'half',
  } as RequestInit);
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const { accountImport } = await gql<{ accountImport: { status: string; rowsDone: number; failedCount: number } }>(
      api.url,
      token,
      `query($id: ID!) { accountImport(id: $id) { status rowsDone failedCount } }`,
      { id },
    );
    if (accountImport.status === 'completed' || accountImport.status === 'failed') return accountImport;
    await sleep(500);
  }
}

export async function measureEmbeddedHealth(log: (s: string) => void = console.log): Promise<{ phases: HealthPhase[]; stopSeconds: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-bench-embedded-'));
  const api = await startApi({ LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_DEMO: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn', LIFEBOAT_DASHBOARD_CACHE_SECONDS: '0' });
  try {
    const { login } = await gql<{ login: { accessToken: string } }>(
      api.url,
      null,
      `mutation { login(input: { email: "marc@lifeboat.demo", password: "lifeboat" }) { accessToken } }`,
    );
    const token = login.accessToken;
    const { campaigns } = await gql<{ campaigns: { edges: Array<{ node: { id: string } }> } }>(api.url, token, `{ campaigns { edges { node { id } } } }`);
    const campaignId = campaigns.edges[0].node.id;
    const phases: HealthPhase[] = [];

    // The demo's start-up jobs, then a warm-up (JIT, first requests) not counted.
    await sleep(5000);
    await probeHealth(api.url, sleep(3000));
    const idle = await probeHealth(api.url, sleep(10_000));
    phases.push(summarise('idle (reference)', idle.samples, idle.errors, idle.seconds, Math.round(rssKiB(api.pid) / 1024)));
    log(`embedded /health idle: ${JSON.stringify(phases[phases.length - 1])}`);

    const rows = 20_000;
    const perPiece = 500;
    const small = await probeHealth(
      api.url,
      importFile(api, token, campaignId, (i) => {
        if (i === 0) return 'name,segment,countries,monthlySpend,externalRef\n';
        if (i > rows / perPiece) return null;
        let text = '';
        for (let r = (i - 1) * perPiece; r < i * perPiece; r++) text += `Bench ${r},smb_web,FR,${r % 500},BENCH-${r}\n`;
        return text;
      }),
    );
    phases.push(summarise(`${rows.toLocaleString('en-US')}-row import (upload + job)`, small.samples, small.errors, small.seconds, Math.round(rssKiB(api.pid) / 1024)));
    log(`embedded /health during the import: ${JSON.stringify(phases[phases.length - 1])} → ${JSON.stringify(small.result)}`);

    // 45 MB: a header, two rows, a 45 MB quoted field (lines of 1 KB), two more rows.
    const field = 45 * 1024 * 1024;
    const pieceBytes = 64 * 1024;
    const lines = ('h'.repeat(1023) + '\n').repeat(pieceBytes / 1024);
    const huge = await probeHealth(
      api.url,
      importFile(api, token, campaignId, (i) => {
        if (i === 0) return 'name,segment,countries,notes\nHuge A,hosting,FR,ok\nHuge B,hosting,FR,"';
        if (i <= field / pieceBytes) return lines;
        if (i === field / pieceBytes + 1) return '"\nHuge C,hosting,FR,ok\nHuge D,hosting,FR,ok\n';
        return null;
      }),
    );
    phases.push(summarise('45 MB upload, one huge field (upload + job)', huge.samples, huge.errors, huge.seconds, Math.round(rssKiB(api.pid) / 1024)));
    log(`embedded /health during the 45 MB upload: ${JSON.stringify(phases[phases.length - 1])} → ${JSON.stringify(huge.result)}`);

    // Heavy reads by several users at once over the imported accounts.
    const readsUntil = performance.now() + 15_000;
    let reads = 0;
    const reader = async () => {
      while (performance.now() < readsUntil) {
        await gql(api.url, token, `query($t: String!) { search(text: $t) { accounts(first: 200) { edges { node { id name } } } } }`, { t: 'bench' });
        await gql(api.url, token, `query($c: ID!) { pipelineDashboard(campaignId: $c) { asOf } }`, { c: campaignId });
        reads += 2;
      }
    };
    const heavy = await probeHealth(api.url, Promise.all([reader(), reader(), reader(), reader()]));
    phases.push(summarise('heavy reads: 4 clients, search + dashboard', heavy.samples, heavy.errors, heavy.seconds, Math.round(rssKiB(api.pid) / 1024)));
    log(`embedded /health during heavy reads: ${JSON.stringify(phases[phases.length - 1])} → ${reads} reads`);

    // SIGTERM in the middle of an import: how long until the process is gone.
    void importFile(api, token, campaignId, (i) => {
      if (i === 0) return 'name,segment,countries,monthlySpend,externalRef\n';
      if (i > 100) return null;
      let text = '';
      for (let r = (i - 1) * perPiece; r < i * perPiece; r++) text += `Stop ${r},smb_web,FR,${r % 500},STOP-${r}\n`;
      return text;
    }).catch(() => undefined);
    await sleep(3000);
    const t = performance.now();
    await api.stop();
    const stopSeconds = Math.round((performance.now() - t) / 100) / 10;
    log(`embedded: stopped ${stopSeconds} s after SIGTERM during an import`);
    return { phases, stopSeconds };
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measureEmbeddedHealth()
    .then((r) => {
      console.log('| phase | /health requests | p50 | p95 | max | seconds | api RSS after |');
      console.log('|---|---|---|---|---|---|---|');
      for (const p of r.phases) console.log(`| ${p.phase} | ${p.requests} (${p.errors} errors) | ${p.p50} ms | ${p.p95} ms | ${p.max} ms | ${p.seconds} s | ${p.rssMiB} MiB |`);
      console.log(`stop after SIGTERM during an import: ${r.stopSeconds} s`);
      console.log(JSON.stringify(r));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
