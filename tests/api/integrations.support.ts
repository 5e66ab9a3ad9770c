import { hash } from '@node-rs/argon2';
import { spawn, ChildProcess } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import IORedis from 'ioredis';

/** Helpers of the integration e2e suites (imports, webhooks, subscriptions on real processes). */

export const PASSWORD = 'correct horse battery staple';

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
export const dbIdOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

type Query = (text: string, params?: unknown[]) => Promise<{ rows: any[] }>;

let passwordHash: Promise<string> | undefined;

/** A user with the test password, in the given campaign teams. */
export async function createUser(query: Query, email: string, role: 'admin' | 'manager' | 'rep', campaignIds: string[] = []): Promise<string> {
  passwordHash ??= hash(PASSWORD);
  const { rows } = await query(`INSERT INTO app_user (email, name, role, password_hash, active) VALUES ($1, $2, $3, $4, true) RETURNING id`, [
    email,
    email.split('@')[0],
    role,
    await passwordHash,
  ]);
  for (const campaignId of campaignIds) {
    await query(`INSERT INTO campaign_member (campaign_id, user_id, team_role) VALUES ($1, $2, $3)`, [campaignId, rows[0].id, role === 'rep' ? 'rep' : 'manager']);
  }
  return rows[0].id;
}

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A GraphQL request with an optional bearer token. */
export async function gqlAs<T = any>(url: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export async function signIn(url: string, email: string): Promise<string> {
  const res = await gqlAs<{ login: { accessToken: string } }>(url, null, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email, password: PASSWORD },
  });
  if (!res.data) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

/** A rival and a campaign against it; returns their database ids. */
export async function createCampaign(query: Query, name: string): Promise<{ rivalId: string; campaignId: string }> {
  const { rows: r } = await query(`INSERT INTO rival (name, country, health) VALUES ($1, 'FR', 'distressed') RETURNING id`, [`${name} rival`]);
  const { rows: c } = await query(`INSERT INTO campaign (rival_id, name) VALUES ($1, $2) RETURNING id`, [r[0].id, name]);
  return { rivalId: r[0].id, campaignId: c[0].id };
}

/** An account with an open deal at `identified`; returns the deal's database id. */
export async function createDeal(query: Query, campaignId: string, name: string): Promise<string> {
  const { rows: a } = await query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, lower($2), 'hosting') RETURNING id`, [
    campaignId,
    name,
  ]);
  const { rows: o } = await query(
    `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`,
    [a[0].id, campaignId],
  );
  return o[0].id;
}

export interface Sink {
  url: string;
  /** The port it listens on (127.0.0.1). */
  port: number;
  received: Array<{ deliveryId: string; eventId: string; event: string; body: any }>;
  close(): Promise<void>;
}

/**
 * A webhook receiver on 127.0.0.1 that answers 200 and records each request. Webhooks reach no
 * loopback address unless its port is listed: start the api with
 * `LIFEBOAT_ALLOW_LOOPBACK_PORTS: String(sink.port)`.
 */
export async function startSink(): Promise<Sink> {
  const received: Sink['received'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      try {
        const parsed = JSON.parse(body);
        received.push({ deliveryId: String(req.headers['lifeboat-delivery']), eventId: parsed.eventId, event: parsed.event, body: parsed });
      } catch {
        received.push({ deliveryId: String(req.headers['lifeboat-delivery']), eventId: 'unreadable', event: 'unreadable', body });
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface RedisProcess {
  url: string;
  child: ChildProcess;
  kill(): Promise<void>;
}

/** A throwaway redis-server on 127.0.0.1:`port`, without persistence. */
export async function startRedis(port: number): Promise<RedisProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  for (let i = 0; i < 100; i++) {
    const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') {
        probe.disconnect();
        return {
          url,
          child,
          kill: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
        };
      }
    } catch {
      /* not yet */
    } finally {
      probe.disconnect();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}`);
}

/** Runs `task` on each item with at most `width` at a time. */
export async function inParallel<T, R>(items: T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

export async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
