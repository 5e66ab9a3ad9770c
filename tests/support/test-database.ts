import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { TEST_DATABASE_URL } from './services';

/** A throwaway database on the PostgreSQL server, made for one suite and dropped after it. */
export async function createTestDatabase(): Promise<{ url: string; query: Client['query']; drop(): Promise<void> }> {
  const name = `lifeboat_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return {
    url: url.toString(),
    query: client.query.bind(client) as Client['query'],
    drop: async () => {
      await client.end();
      const dropper = new Client({ connectionString: TEST_DATABASE_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
