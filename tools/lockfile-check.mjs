// Compares two package-lock.json files: the one that was committed and the one `npm install` left.
// Passes when the second only adds optional platform packages (entries marked `optional` that
// name an `os`, `cpu` or `libc`: a binary for one platform that the registry has gained since the
// lockfile was written). Fails, naming each, when an entry was removed or any entry changed.
//
//   node tools/lockfile-check.mjs <committed-lock> <installed-lock>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** JSON with its keys sorted, so two entries compare by content, not by key order. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const isOptionalPlatformPackage = (entry) =>
  entry.optional === true && [entry.os, entry.cpu, entry.libc].some((list) => Array.isArray(list) && list.length > 0);

/** The problems that make `after` more than `before` plus optional platform packages (empty: fine). */
export function compareLockfiles(before, after) {
  const problems = [];
  const old = before.packages ?? {};
  const now = after.packages ?? {};
  for (const [path, entry] of Object.entries(old)) {
    if (!(path in now)) problems.push(`removed: ${path || '(root)'}`);
    else if (canonical(entry) !== canonical(now[path])) {
      const was = entry.version ? `${entry.version}` : 'entry';
      const is = now[path].version ? `${now[path].version}` : 'entry';
      problems.push(`changed: ${path || '(root)'} (${was} → ${is})`);
    }
  }
  for (const [path, entry] of Object.entries(now)) {
    if (!(path in old) && !isOptionalPlatformPackage(entry)) problems.push(`added, and not an optional platform package: ${path}`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [beforePath, afterPath] = process.argv.slice(2);
  if (!beforePath || !afterPath) {
    console.error('usage: node tools/lockfile-check.mjs <committed-lock> <installed-lock>');
    process.exit(2);
  }
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const before = read(beforePath);
  const after = read(afterPath);
  const problems = compareLockfiles(before, after);
  if (problems.length > 0) {
    console.error(`The install changed the lockfile beyond optional platform packages (${problems.length}):`);
    for (const problem of problems.slice(0, 50)) console.error(`  ${problem}`);
    console.error('Run `npm install` and commit package-lock.json if that change is meant.');
    process.exit(1);
  }
  const added = Object.keys(after.packages ?? {}).filter((path) => !(path in (before.packages ?? {})));
  console.log(`Lockfile unchanged but for ${added.length} optional platform package(s) the registry has gained: ${added.join(', ') || 'none'}.`);
}
