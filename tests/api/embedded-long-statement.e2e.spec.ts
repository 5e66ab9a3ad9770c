import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';

/**
 * Issue 16, point 3: the built api on the embedded database (`npm start`) while one statement runs
 * for a minute (started by a test-only preload, tests/support/slow-statement-preload.cjs): /health
 * still answers, and SIGTERM stops the process within its 10 s deadline, cleanly (exit code 0).
 * With PGlite on the api's thread, neither the request nor the signal got a turn until the
 * statement ended.
 */
describe('a long statement on the embedded database', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess | null = null;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-e2e-long-statement-'));
  });

  afterAll(async () => {
    if (lifeboat && lifeboat.child.exitCode === null) lifeboat.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds neither /health nor SIGTERM', async () => {
    lifeboat = await startLifeboatProcess({
      LIFEBOAT_DATA_DIR: dataDir,
      NODE_OPTIONS: `--require ${join(__dirname, '../support/slow-statement-preload.cjs')}`,
    });
    const running = lifeboat;
    running.child.kill('SIGUSR2');
    await eventually(async () => running.output().includes('slow statement: started'), 10_000);
    // Let the statement get going, then ask /health.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const health = await fetch(`${running.url}/health`).then(
      (r) => r.status,
      (error: unknown) => `no answer (${String(error)})`,
    );
    const answeredWhileItRan = !running.output().includes('slow statement: finished');

    const asked = Date.now();
    running.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => {
      if (running.child.exitCode !== null) resolve(running.child.exitCode);
      else running.child.on('exit', (c) => resolve(c));
    });
    const seconds = (Date.now() - asked) / 1000;
    expect({ health, answeredWhileItRan, code, within10s: seconds <= 10 }).toEqual({ health: 200, answeredWhileItRan: true, code: 0, within10s: true });
  }, 180_000);
});
