import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runToExit, startLifeboatProcess } from '../support/lifeboat-process';

/** A configuration mistake stops start-up with one line that says what to fix, not a stack trace. */
describe('start-up with a bad configuration', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-badconf-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function expectOneLine(env: Record<string, string>, pattern: RegExp): Promise<void> {
    const { code, stderr } = await runToExit({ LIFEBOAT_DATA_DIR: dataDir, ...env });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }

  it('an unreachable DATABASE_URL', async () => {
    const port = await freePort(); // nothing listens there
    await expectOneLine(
      { DATABASE_URL: `postgres://lifeboat:secret@127.0.0.1:${port}/lifeboat` },
      new RegExp(`^lifeboat: Cannot reach PostgreSQL at postgres://lifeboat:\\*\\*\\*@127\\.0\\.0\\.1:${port}/lifeboat .*check DATABASE_URL`),
    );
  });

  it('an invalid PORT', async () => {
    await expectOneLine({ PORT: 'eighty' }, /^lifeboat: Invalid configuration: PORT must be a whole number between 1 and 65535 \(got "eighty"\)\.$/);
  });

  it('an unknown LIFEBOAT_ROLE', async () => {
    await expectOneLine({ LIFEBOAT_ROLE: 'boss' }, /^lifeboat: Invalid configuration: LIFEBOAT_ROLE must be one of api, worker, all \(got "boss"\)\.$/);
  });

  it('production without its secret', async () => {
    await expectOneLine({ NODE_ENV: 'production' }, /^lifeboat: Invalid configuration: NODE_ENV=production needs LIFEBOAT_JWT_SECRET/);
  });

  it('production on a database that holds the demo users', async () => {
    // The embedded demo first (it creates the demo users), then the same data in production mode.
    const demo = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    await demo.stop();
    await expectOneLine(
      { NODE_ENV: 'production', LIFEBOAT_JWT_SECRET: 'x'.repeat(48) },
      /^lifeboat: Refusing to start in production: the database holds 6 demo user\(s\)/,
    );
  });

  it('production with loopback ports open to webhooks', async () => {
    await expectOneLine(
      { NODE_ENV: 'production', LIFEBOAT_JWT_SECRET: 'x'.repeat(48), LIFEBOAT_ALLOW_LOOPBACK_PORTS: '4010,4011' },
      /^lifeboat: Invalid configuration: LIFEBOAT_ALLOW_LOOPBACK_PORTS is refused in production/,
    );
  });

  it('a worker without Redis', async () => {
    await expectOneLine({ LIFEBOAT_ROLE: 'worker' }, /^lifeboat: Invalid configuration: LIFEBOAT_ROLE=worker needs REDIS_URL/);
  });
});
