import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/lifeboat-process';

/**
 * The README's first command as a newcomer runs it, from a fresh clone of this checkout (its
 * committed HEAD): install exactly as locked (the script `.ci/run` uses), then `npm start`, then
 * `/health`, then stop. The install and the start must print nothing a newcomer has to wonder
 * about: no `npm warn`, no "Falling back to ts-node", no deprecation notice.
 *
 * Then the registry "grows": the clone's lockfile loses an optional platform package (as if the
 * registry had published it after the lockfile was written). The same install must still pass,
 * and put the entry back.
 */
const WORKSPACE = join(__dirname, '../..');

/** Lines of install/start output that a newcomer would have to wonder about. */
const NOISE = [/npm warn/i, /Falling back to ts-node/i, /deprecat/i, /EBADENGINE/, /vite-tsconfig-paths/, /install-scripts/];

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...freshEnv(), ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** What a fresh shell has: none of the test runner's own settings (CI=true, NODE_OPTIONS, Nx's). */
function freshEnv(): NodeJS.ProcessEnv {
  const { PATH, HOME, LANG, TZ } = process.env;
  return { PATH, HOME, LANG, TZ, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
}

const noisyLines = (output: string) => output.split('\n').filter((line) => NOISE.some((pattern) => pattern.test(line)));

const describeInGit = run('git', ['rev-parse', '--is-inside-work-tree'], WORKSPACE).status === 0 ? describe : describe.skip;
if (describeInGit === describe.skip) {
  if (process.env['CI'] === 'true') throw new Error('CI=true and this checkout is not a git work tree: the fresh-clone test cannot run.');
  process.stderr.write('\n⚠ SKIPPED the fresh-clone test: this checkout is not a git work tree.\n');
}

describeInGit('a fresh clone: install as locked, npm start, /health, stop', () => {
  let clone: string;

  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'lifeboat-clone-'));
    const cloned = run('git', ['clone', '--quiet', '--no-hardlinks', WORKSPACE, clone], tmpdir());
    expect(cloned.status).toBe(0);
  });

  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('installs with the committed lockfile unchanged and without a warning', () => {
    const installed = run('bash', ['tools/ci-install.sh'], clone);
    expect({ status: installed.status, tail: installed.output.slice(-2000) }).toEqual({ status: 0, tail: expect.any(String) });
    expect(noisyLines(installed.output)).toEqual([]);
    expect(run('git', ['status', '--porcelain', '--', 'package.json', 'package-lock.json'], clone).output.trim()).toBe('');
  }, 600_000);

  it('npm start builds, serves /health and the web app, and stops on SIGTERM', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn('npm', ['start'], {
      cwd: clone,
      env: { ...freshEnv(), PORT: String(port), HOST: '127.0.0.1', LIFEBOAT_DATA_DIR: 'memory://' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 180_000;
      let healthy = false;
      while (!healthy && Date.now() < deadline && child.exitCode === null) {
        healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
        if (!healthy) await new Promise((r) => setTimeout(r, 250));
      }
      expect({ healthy, output: healthy ? '' : output }).toEqual({ healthy: true, output: '' });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
      expect(noisyLines(output)).toEqual([]);
    } finally {
      // npm runs the program in its own process group: stop the group, as a terminal's Ctrl+C would.
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    }
    const stoppedWithin10s = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
    if (!stoppedWithin10s && child.pid) process.kill(-child.pid, 'SIGKILL');
    expect(stoppedWithin10s).toBe(true);
  }, 300_000);

  it('still installs when the registry has gained an optional platform package the lockfile lacks', () => {
    const lockPath = join(clone, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, { optional?: boolean; os?: string[] }> };
    // A binary for another platform, as the registry gains them (Windows builds of a native package).
    const [platformPackage] = Object.entries(lock.packages).find(([, entry]) => entry.optional && entry.os?.includes('win32')) ?? [];
    expect(platformPackage).toBeDefined();
    delete lock.packages[platformPackage as string];
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
    run('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '--quiet', '-am', 'an older lockfile'], clone);

    const installed = run('bash', ['tools/ci-install.sh'], clone);
    expect({ status: installed.status, tail: installed.status === 0 ? '' : installed.output.slice(-3000) }).toEqual({ status: 0, tail: '' });
    expect(installed.output).toContain(`optional platform package(s) the registry has gained: ${platformPackage}`);
    const after = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, unknown> };
    expect(after.packages[platformPackage as string]).toBeDefined();
  }, 600_000);
});
