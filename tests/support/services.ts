import { Client } from 'pg';
import IORedis from 'ioredis';
import { existsSync } from 'node:fs';

/** Where the e2e tests find this machine's services (the defaults match DEVELOPERS' machines and CI). */
export const TEST_DATABASE_URL = process.env['LIFEBOAT_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env['LIFEBOAT_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const CHROMIUM = process.env['LIFEBOAT_TEST_CHROMIUM'] ?? '/usr/bin/chromium';

export async function postgresReachable(): Promise<string | null> {
  const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${TEST_DATABASE_URL}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function redisReachable(): Promise<string | null> {
  const redis = new IORedis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return `Redis at ${TEST_REDIS_URL}: ${(error as Error).message}`;
  } finally {
    redis.disconnect();
  }
}

export function chromiumPresent(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`;
}

/**
 * `describe` when the services a suite needs are there; otherwise a loud skip — except in CI
 * (CI=true), where global setup has already failed the run: nothing may skip there.
 */
export function describeWith(needs: Array<'postgres' | 'redis' | 'chromium'>, name: string, body: () => void): void {
  const missing = needs.filter((n) => process.env[`LIFEBOAT_TEST_HAS_${n.toUpperCase()}`] !== '1');
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  process.stderr.write(`\n⚠ SKIPPED "${name}": needs ${missing.join(', ')} (see the warnings above)\n`);
  describe.skip(name, body);
}
