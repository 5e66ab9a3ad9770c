import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';
import { LOCK_FILE, lockDataDir, STALE_MS } from './data-dir-lock';
import { openDatabase } from './open-database';
import { ENTITIES } from '../entities';

describe('the embedded data folder is one process’s (PGlite has no lock of its own)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lifeboat-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const holdBy = (pid: number, host = hostname(), ageMs = 0) => {
    const file = join(dir, LOCK_FILE);
    writeFileSync(file, JSON.stringify({ pid, host }));
    const at = new Date(Date.now() - ageMs);
    utimesSync(file, at, at);
  };
  /** The pid of a process that has ended. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

  it('refuses a second holder, naming the first, until it gives the folder back', () => {
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(ConfigError);
    expect(() => lockDataDir(dir)).toThrow(`is in use by another Lifeboat process (pid ${process.pid} on ${hostname()})`);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it('refuses while a running process of this host holds it, or another host touched it lately', () => {
    holdBy(process.ppid);
    expect(() => lockDataDir(dir)).toThrow(/in use by another Lifeboat process/);
    holdBy(deadPid(), 'another-host');
    expect(() => lockDataDir(dir)).toThrow(/in use by another Lifeboat process/);
  });

  it('takes over a lock left by a process that is gone (its pid ended, or untouched for 20 s)', () => {
    holdBy(deadPid());
    lockDataDir(dir)();
    holdBy(process.ppid, 'another-host', STALE_MS + 1000);
    lockDataDir(dir)();
    // This very pid, left by an earlier life of the process (a container restarted): not ours now.
    holdBy(process.pid);
    lockDataDir(dir)();
  });

  it('openDatabase refuses a folder another opener holds, with a message that says to stop it', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LIFEBOAT_DATA_DIR: join(dir, 'data') });
    const first = await openDatabase(config, ENTITIES);
    try {
      await expect(openDatabase(config, ENTITIES)).rejects.toThrow(/is in use by another Lifeboat process .*Stop that process \(the api\) first/);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, 'data', LOCK_FILE))).toBe(false);
  });
});
