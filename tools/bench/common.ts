/**
 * Shared pieces of the scale seed and the benchmark (issue #11): a seeded PRNG, deterministic
 * UUIDs, argument parsing, and starting / stopping the built program as a process.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const WORKSPACE = join(__dirname, '../..');
export const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
/** The password of every user the scale seed makes (one shared argon2id hash). */
export const SCALE_PASSWORD = 'lifeboat-scale-bench';
export const SCALE_EMAIL_DOMAIN = 'scale.lifeboat.test';

// ---------------------------------------------------------------------------------------------
// Arguments

export function argValue(name: string, fallback?: string): string | undefined {
  const argv = process.argv;
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return fallback;
}
export function argNumber(name: string, fallback: number): number {
  const v = argValue(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number (got "${v}")`);
  return n;
}
export function argFlag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** 32-bit avalanche hash (lowbias32). */
export function mix32(x: number): number {
  x = x >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** sfc32: small, fast, good enough for synthetic data; seeded from (seed, stream, index). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream = 0, index = 0) {
    this.a = mix32(seed ^ 0x9e3779b9);
    this.b = mix32(stream + 0x85ebca6b);
    this.c = mix32(index ^ 0xc2b2ae35);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weights ([item, weight] pairs). */
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [item, w] of table) {
      r -= w;
      if (r < 0) return item;
    }
    return table[table.length - 1][0];
  }
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A random-looking but reproducible v4 UUID for entity `kind` number `index`. */
export function uuidFor(seed: number, kind: number, index: number): string {
  const w0 = mix32(seed ^ mix32(kind * 0x27d4eb2d + 1) ^ mix32(index));
  const w1 = mix32(w0 ^ 0x165667b1 ^ index);
  const w2 = mix32(w1 ^ 0xd3a2646c ^ kind);
  const w3 = mix32(w2 ^ 0xfd7046c5 ^ (index * 31));
  const b = (w: number, s: number) => HEX[(w >>> s) & 0xff];
  return (
    b(w0, 24) + b(w0, 16) + b(w0, 8) + b(w0, 0) + '-' +
    b(w1, 24) + b(w1, 16) + '-' +
    '4' + HEX[(w1 >>> 8) & 0xff].slice(1) + b(w1, 0) + '-' +
    HEX[0x80 | ((w2 >>> 24) & 0x3f)] + b(w2, 16) + '-' +
    b(w2, 8) + b(w2, 0) + b(w3, 24) + b(w3, 16) + b(w3, 8) + b(w3, 0)
  );
}

// ---------------------------------------------------------------------------------------------
// The built program as a process

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<number | null>;
}

/** Every process started here is killed when this process ends, even on Ctrl+C. */
const children = new Set<ChildProcess>();
export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function assertBuilt(): void {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the api first (npx nx build api).`);
}

/** Starts `node dist/apps/api/main.js` (plus node flags) and waits for /health. */
export async function startApi(env: Record<string, string>, nodeFlags: string[] = [], timeoutMs = 120_000): Promise<ApiProcess> {
  assertBuilt();
  const port = await freePort();
  const { PATH, HOME, LANG, TZ } = process.env;
  const child = spawn(process.execPath, [...nodeFlags, API_MAIN], {
    cwd: WORKSPACE,
    env: { PATH, HOME, LANG, TZ, HOST: '127.0.0.1', LIFEBOAT_WEB_DIR: join(WORKSPACE, 'dist/apps/web'), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    ready = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (!ready) await sleep(250);
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`the api did not become ready (exit ${child.exitCode}):\n${output.slice(-4000)}`);
  }
  return {
    child,
    url,
    pid: child.pid as number,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident set size of a process in KiB (Linux /proc). */
export function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) : NaN;
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid url)';
  }
}

export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}
