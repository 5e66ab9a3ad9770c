import { chromiumPresent, postgresReachable, redisReachable } from './services';

/** Finds which services this machine offers; in CI a missing one fails the run before any test. */
export default async function globalSetup(): Promise<void> {
  const problems: Record<string, string | null> = {
    postgres: await postgresReachable(),
    redis: await redisReachable(),
    chromium: chromiumPresent(),
  };
  const missing = Object.entries(problems).filter(([, problem]) => problem !== null);
  for (const [name, problem] of Object.entries(problems)) {
    process.env[`LIFEBOAT_TEST_HAS_${name.toUpperCase()}`] = problem === null ? '1' : '0';
  }
  if (missing.length === 0) return;
  const lines = missing.map(([, problem]) => `  - ${problem}`).join('\n');
  if (process.env['CI'] === 'true') {
    throw new Error(`CI=true and these services are missing, so tests would skip:\n${lines}\nStart them (see .ci/run).`);
  }
  process.stderr.write(`\n⚠⚠ Some end-to-end suites will be SKIPPED, these services are missing:\n${lines}\n\n`);
}
