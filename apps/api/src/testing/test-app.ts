import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '../config/app-config';
import { RunningLifeboat, startLifeboat } from '../bootstrap';

/**
 * The database the integration tests run on: embedded PostgreSQL in memory by default; with
 * `LIFEBOAT_TEST_DB=server` (the api's `test-server` target, run by `npm test` and CI), a
 * throwaway database on the PostgreSQL server of `LIFEBOAT_TEST_DATABASE_URL`, one per app.
 */
const onServer = process.env['LIFEBOAT_TEST_DB'] === 'server';
const SERVER_URL = process.env['LIFEBOAT_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function throwawayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lifeboat_it_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new Client({ connectionString: SERVER_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Boots the real app for an integration test: quiet logs, no port, on the test database. */
export async function startTestApp(env: Record<string, string> = {}, opts: { now?: Date } = {}): Promise<RunningLifeboat> {
  const database = onServer && !env['DATABASE_URL'] ? await throwawayDatabase() : null;
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LIFEBOAT_DATA_DIR: 'memory://',
    LIFEBOAT_DEMO: 'false',
    LIFEBOAT_WEB_DIR: '/nonexistent',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const lifeboat = await startLifeboat(config, { listen: false, now: opts.now });
  if (!database) return lifeboat;
  const close = lifeboat.close;
  return Object.assign(lifeboat, {
    close: async () => {
      try {
        await close();
      } finally {
        await database.drop();
      }
    },
  });
}
/** The same app listening on a free port of 127.0.0.1, for tests that speak HTTP like a real client. */
export async function startTestServer(env: Record<string, string> = {}, opts: { now?: Date } = {}): Promise<RunningLifeboat & { url: string }> {
  const lifeboat = await startTestApp(env, opts);
  await lifeboat.http!.listen(0, '127.0.0.1');
  const address = lifeboat.http!.getHttpServer().address() as { port: number };
  return Object.assign(lifeboat, { url: `http://127.0.0.1:${address.port}` });
}
