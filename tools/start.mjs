// `npm start`: build the api and the web app when their sources changed, then run Lifeboat.
//
// Nx decides what to rebuild from the contents of the sources (and replays its cache), but only
// loading its project graph takes ~2 s here. So this script first compares a fingerprint of the
// build inputs (every file's path, size and modification time) with the one written after the last
// successful build: when nothing changed, it starts the program at once; otherwise it runs
// `nx run-many -t build -p api,web` (a cache hit when the contents are the same) and records the
// new fingerprint. Any doubt means a build, never a stale program.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist/.build-inputs');
const main = join(root, 'dist/apps/api/main.js');
const webIndex = join(root, 'dist/apps/web/index.html');

// What the two builds read: their sources, the libs, and the files that configure them.
const inputs = [
  'apps/api/src',
  'apps/api/.swcrc',
  'apps/api/build.mjs',
  'apps/api/project.json',
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.mts',
  'apps/web/project.json',
  'apps/web/tsconfig.json',
  'apps/web/tsconfig.app.json',
  'libs/domain/src',
  'libs/shared/src',
  'tsconfig.base.json',
  'nx.json',
  'package.json',
  'package-lock.json',
];

function fingerprint() {
  const hash = createHash('sha256');
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(join(root, path));
    } catch {
      hash.update(`${path}\0missing\n`);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(join(root, path)).sort()) visit(`${path}/${entry}`);
    } else {
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex');
}

const current = fingerprint();
const built = existsSync(stampFile) && existsSync(main) && existsSync(webIndex) ? readFileSync(stampFile, 'utf8') : '';
if (built !== current) {
  const nx = join(root, 'node_modules/.bin/nx');
  const result = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api,web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, current);
}

// The program replaces this script's process in all but name: same stdio, same signals.
await import(main);
