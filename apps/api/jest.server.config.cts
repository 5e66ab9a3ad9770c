// The api's integration tests again, on a PostgreSQL server instead of embedded PGlite
// (`nx run api:test-server`, part of `npm test`). Each app gets a throwaway database.
// Without a reachable server they are skipped loudly — except in CI (CI=true), where that fails.
const { Client } = require('pg');
const base = require('./jest.config.cts');

const url = process.env.LIFEBOAT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

module.exports = async () => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  let problem = null;
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    problem = (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
  if (problem) {
    if (process.env.CI === 'true') throw new Error(`CI=true and PostgreSQL at ${url} is unreachable (${problem}): the server-mode tests cannot run.`);
    process.stderr.write(`\n⚠⚠ SKIPPED the api integration tests on a PostgreSQL server: ${url} is unreachable (${problem}).\n\n`);
    return { ...base, displayName: 'api (PostgreSQL server)', testMatch: ['<rootDir>/no-postgres-server/**'], passWithNoTests: true };
  }
  return { ...base, displayName: 'api (PostgreSQL server)' };
};
