// Builds the api into dist/apps/api with SWC: each file of the api and of the libs it uses is
// compiled on its own (decorators and their metadata included, `@lifeboat/*` imports rewritten to
// relative paths by apps/api/.swcrc), which takes well under a second where a bundle took ~9 s.
// Types are checked by the `typecheck` target (`tsc --noEmit`), which `npm test` runs.
//
//   node apps/api/build.mjs           build once (what `nx build api` runs)
//   node apps/api/build.mjs --watch   build, start the api, rebuild and restart it on every change
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/domain/src', 'libs/shared/src'];
const swc = join(root, 'node_modules/.bin/swc');
// Plain JavaScript files the compiled code loads by path, copied as they are: the embedded
// database's worker thread (apps/api/src/database/pglite-thread.ts starts it from its own folder).
const copied = ['apps/api/src/database/pglite-worker.cjs'];

function build() {
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(
    swc,
    [...sources, '--out-dir', 'dist/apps/api', '--config-file', 'apps/api/.swcrc', '--ignore', '**/*.spec.ts', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) return false;
  mkdirSync(out, { recursive: true });
  for (const file of copied) copyFileSync(join(root, file), join(out, file));
  // The compiled tree mirrors the sources (apps/…, libs/…); the program keeps its one address.
  writeFileSync(join(out, 'main.js'), "require('./apps/api/src/main.js');\n");
  return true;
}

if (!process.argv.includes('--watch')) {
  process.exit(build() ? 0 : 1);
}

let child = null;
let timer;
let restarting = Promise.resolve();
// One restart at a time: stop the running api (its port must be free), rebuild, start it again.
const restart = () => {
  restarting = restarting.then(async () => {
    if (child) {
      const running = child;
      child = null;
      const exited = once(running, 'exit');
      running.kill('SIGTERM');
      await exited;
    }
    if (!build()) return;
    child = spawn(process.execPath, ['--enable-source-maps', join(out, 'main.js')], { cwd: root, stdio: 'inherit' });
  });
};
for (const source of sources) {
  watch(join(root, source), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(restart, 200);
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill('SIGTERM');
    process.exit(0);
  });
}
restart();
