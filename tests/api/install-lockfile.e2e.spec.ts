import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * tools/lockfile-check.mjs, as tools/ci-install.sh runs it after a fallback `npm install`: the
 * install may add optional platform packages the registry gained, and nothing else.
 */
const SCRIPT = join(__dirname, '../../tools/lockfile-check.mjs');

type Entry = Record<string, unknown>;
const lock = (packages: Record<string, Entry>) => ({ name: 'x', lockfileVersion: 3, requires: true, packages });

const base: Record<string, Entry> = {
  '': { name: 'x', dependencies: { 'unrs-resolver': '^1.13.0', left: '^1.0.0' } },
  'node_modules/unrs-resolver': {
    version: '1.13.0',
    integrity: 'sha512-aaa',
    optionalDependencies: { '@unrs/resolver-binding-linux-x64-gnu': '1.13.0', '@unrs/resolver-binding-win32-x64-msvc': '1.13.0' },
  },
  'node_modules/@unrs/resolver-binding-linux-x64-gnu': { version: '1.13.0', integrity: 'sha512-bbb', optional: true, os: ['linux'], cpu: ['x64'] },
  'node_modules/left': { version: '1.2.3', integrity: 'sha512-ccc' },
};

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'lockfile-check-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(after: Record<string, Entry>) {
  writeFileSync(join(dir, 'before.json'), JSON.stringify(lock(base)));
  writeFileSync(join(dir, 'after.json'), JSON.stringify(lock(after)));
  const result = spawnSync(process.execPath, [SCRIPT, join(dir, 'before.json'), join(dir, 'after.json')], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the lockfile check after a fallback install', () => {
  it('passes when nothing changed, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse().map(([k, v]) => [k, Object.fromEntries(Object.entries(v).reverse())]));
    expect(check(reordered)).toEqual({ status: 0, output: expect.stringContaining('for 0 optional platform package(s)') });
  });

  it('passes when only optional platform packages were added, and names them', () => {
    const grown = {
      ...base,
      'node_modules/@unrs/resolver-binding-win32-x64-msvc': { version: '1.13.0', integrity: 'sha512-ddd', optional: true, os: ['win32'], cpu: ['x64'] },
      'node_modules/@img/sharp-libvips-linuxmusl-x64': { version: '1.0.0', integrity: 'sha512-eee', optional: true, libc: ['musl'] },
    };
    const result = check(grown);
    expect(result.status).toBe(0);
    expect(result.output).toContain('@unrs/resolver-binding-win32-x64-msvc');
    expect(result.output).toContain('@img/sharp-libvips-linuxmusl-x64');
  });

  it.each([
    ['a locked version moved', { ...base, 'node_modules/left': { version: '1.2.4', integrity: 'sha512-ccc' } }, 'changed: node_modules/left (1.2.3 → 1.2.4)'],
    ['an integrity changed', { ...base, 'node_modules/left': { version: '1.2.3', integrity: 'sha512-zzz' } }, 'changed: node_modules/left'],
    ['a dependency was added to an entry', { ...base, 'node_modules/left': { version: '1.2.3', integrity: 'sha512-ccc', dependencies: { y: '1' } } }, 'changed: node_modules/left'],
    ['an entry was removed', Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'node_modules/left')), 'removed: node_modules/left'],
    ['a required package was added', { ...base, 'node_modules/right': { version: '2.0.0', integrity: 'sha512-fff' } }, 'added, and not an optional platform package: node_modules/right'],
    ['an optional package for every platform was added', { ...base, 'node_modules/fsevents-like': { version: '1.0.0', optional: true } }, 'added, and not an optional platform package'],
    ['the root changed', { ...base, '': { name: 'x', dependencies: { 'unrs-resolver': '^1.14.0', left: '^1.0.0' } } }, 'changed: (root)'],
  ])('fails when %s', (_what, after, problem) => {
    const result = check(after as Record<string, Entry>);
    expect(result.status).toBe(1);
    expect(result.output).toContain(problem);
  });
});
