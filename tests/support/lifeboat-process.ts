import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const WORKSPACE = join(__dirname, '../..');
export const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
export const WEB_DIR = join(WORKSPACE, 'dist/apps/web');

export interface LifeboatProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port>, for roles that serve HTTP. */
  url: string;
  output(): string;
  stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment a fresh shell would give the program: nothing of the test runner's own settings. */
function baseEnv(): NodeJS.ProcessEnv {
  const { PATH, HOME, LANG, TZ } = process.env;
  return { PATH, HOME, LANG, TZ };
}

/** Runs the built program once with this environment and returns its exit code and output (for bad configurations). */
export function runToExit(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [API_MAIN], { env: { ...baseEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Starts the built program as a user would (node dist/apps/api/main.js) and waits until it is
 * ready: /health answers 200 for HTTP roles, the "Lifeboat is running" line for a worker.
 */
export async function startLifeboatProcess(env: Record<string, string>, opts: { timeoutMs?: number } = {}): Promise<LifeboatProcess> {
  const port = Number(env['PORT'] ?? (await freePort()));
  const serves = env['LIFEBOAT_ROLE'] !== 'worker';
  const child = spawn(process.execPath, [API_MAIN], {
    env: { ...baseEnv(), HOST: '127.0.0.1', LOG_LEVEL: 'info', LIFEBOAT_WEB_DIR: WEB_DIR, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    if (serves) {
      ready = await fetch(`${url}/health`).then((r) => r.status === 200, () => false);
    } else {
      ready = output.includes('Lifeboat is running');
    }
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`Lifeboat did not become ready (exit ${child.exitCode}):\n${output}`);
  }
  return {
    child,
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

const signedIn = new Map<string, string>();

/** Signs in through `login`; later `gql` calls to this Lifeboat (its URL) carry the access token. */
export async function signInAs(url: string, email: string, password = 'lifeboat'): Promise<string> {
  signedIn.delete(url);
  const res = await gql<{ login: { accessToken: string } }>(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email, password },
  });
  if (!res.data) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(res.errors)}`);
  signedIn.set(url, res.data.login.accessToken);
  return res.data.login.accessToken;
}

/** A GraphQL request as any client sends it (with the access token of `signInAs`, if any). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const token = signedIn.get(url);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: response.status, ...body };
}

export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
