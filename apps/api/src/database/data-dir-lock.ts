import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/app-config';

/** The file that says which process has the embedded database open. */
export const LOCK_FILE = 'lifeboat.pid';

/** The data folders this process holds (so its own pid in a lock file left by a crash is not taken for itself). */
const held = new Set<string>();

/** The holder touches its lock this often; one untouched for STALE_MS is taken over (its process is gone). */
const TOUCH_MS = 5_000;
export const STALE_MS = 20_000;

/**
 * Takes the embedded database's folder for this process. PGlite has no lock of its own: a second
 * process opening the same folder (a second api, `npm run admin:invite` while the api runs) would
 * write over it. The lock is a file `lifeboat.pid` created exclusively in the folder, holding the pid
 * and host of its owner, touched every 5 s while it runs. One left by a process that no longer runs
 * (killed, crashed) is taken over: at once when its pid is gone from this host, else once it has not
 * been touched for 20 s (a container recreated, another host).
 * Returns the function that gives the folder back. Throws a ConfigError naming the holder.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && isRunning(holder, file, dataDir)) {
        throw new ConfigError(
          `The embedded database in ${dataDir} is in use by another Lifeboat process (pid ${holder.pid} on ${holder.host}): ` +
            'PGlite is opened by one process at a time. Stop that process (the api) first, then try again.',
        );
      }
      // Left by a process that is gone: take it over.
      try {
        unlinkSync(file);
      } catch (gone) {
        if ((gone as NodeJS.ErrnoException).code !== 'ENOENT') throw gone;
      }
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
    closeSync(fd);
    held.add(dataDir);
    const touch = setInterval(() => {
      const now = new Date();
      try {
        utimesSync(file, now, now);
      } catch {
        // Removed behind our back: the next opener takes it.
      }
    }, TOUCH_MS);
    touch.unref();
    return () => {
      clearInterval(touch);
      held.delete(dataDir);
      try {
        if (readHolder(file)?.pid === process.pid) unlinkSync(file);
      } catch {
        // Already gone: nothing to give back.
      }
    };
  }
  throw new ConfigError(`Cannot lock the embedded database in ${dataDir}: another process keeps taking ${LOCK_FILE}.`);
}

function readHolder(file: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: typeof parsed.host === 'string' ? parsed.host : '?' } : null;
  } catch {
    return null;
  }
}

/** Whether the lock's owner still runs: its pid on this host, else whether it touched the lock lately. */
function isRunning(holder: { pid: number; host: string }, file: string, dataDir: string): boolean {
  if (holder.host === hostname()) {
    if (holder.pid === process.pid) return held.has(dataDir);
    try {
      process.kill(holder.pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
    }
  }
  try {
    return Date.now() - statSync(file).mtimeMs < STALE_MS;
  } catch {
    return false;
  }
}
