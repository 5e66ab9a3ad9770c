/**
 * `npm run audit:a11y`: Lighthouse's accessibility score of Lifeboat's main pages (sign-in, my
 * queue, account page, board, accounts table, proposal builder, dashboard, migrations, imports), on
 * the BUILT app
 * (`npm run build` first: this builds nothing) with the embedded demo, in Debian's Chromium.
 * Prints a table (page, score, failing audits with the elements at fault) and writes
 * tmp/a11y/lighthouse-a11y.json. Exits 1 when a page scores under 90.
 *
 * Options: --out FILE (tmp/a11y/lighthouse-a11y.json); LIFEBOAT_TEST_CHROMIUM (/usr/bin/chromium).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startLifeboatProcess } from '../../tests/support/lifeboat-process';
import { auditMainPages, formatAudits } from '../../tests/web/lighthouse-audit';

const WORKSPACE = join(__dirname, '../..');
const MIN_SCORE = 0.9;

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(WORKSPACE, 'tmp/a11y/lighthouse-a11y.json'));
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-a11y-data-'));
  const lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  try {
    const audits = await auditMainPages(lifeboat.url, { chromium: process.env['LIFEBOAT_TEST_CHROMIUM'] ?? '/usr/bin/chromium' });
    process.stdout.write(`${formatAudits(audits)}\n`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), minScore: MIN_SCORE, audits }, null, 2)}\n`);
    process.stdout.write(`\nwritten: ${out}\n`);
    if (audits.some((a) => a.score < MIN_SCORE)) process.exitCode = 1;
  } finally {
    await lifeboat.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
