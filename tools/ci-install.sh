#!/usr/bin/env bash
# Installs the workspace exactly as locked: what `.ci/run` runs, and what the fresh-clone test runs.
#
# `npm ci` installs package-lock.json as it is and fails when it no longer matches package.json.
# It also refuses a lockfile that lacks an optional platform package (a binary for another OS or
# CPU) that the registry has gained since the lockfile was written. In that case only, this script
# falls back to `npm install` and accepts the result if the lockfile changed by nothing but added
# optional platform entries (tools/lockfile-check.mjs): a changed version, integrity or dependency
# still fails.
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log" "$log.before"' EXIT
if npm ci --no-audit --no-fund 2> >(tee "$log" >&2); then
  exit 0
fi

if ! grep -q 'Missing: .* from lock file' "$log"; then
  echo "npm ci failed (see above), and not for a missing optional package: the lockfile is out of date or broken." >&2
  exit 1
fi

echo "npm ci: the lockfile lacks packages the registry now has; installing and checking that only optional platform packages were added." >&2
cp package-lock.json "$log.before"
npm install --no-audit --no-fund
node tools/lockfile-check.mjs "$log.before" package-lock.json
