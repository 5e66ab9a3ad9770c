import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditMainPages, formatAudits, type PageAudit } from './lighthouse-audit';
import { CHROMIUM, describeWith } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';

/**
 * Issue #9: Lighthouse's accessibility score is at least 90 on the main pages (sign-in, my
 * queue, account page, board, accounts table, proposal builder, dashboard, migrations, imports),
 * on the built app with the demo. A behaviour check, not a timed one: one Lighthouse run per page, the
 * accessibility category only. `npm run audit:a11y` prints the same audit as a table.
 */
const PAGES = ['sign-in', 'my queue', 'account page', 'board', 'accounts table', 'proposal builder', 'dashboard', 'migrations', 'imports'];

describeWith(['chromium'], 'accessibility of the main pages (Lighthouse)', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess;
  let audits: PageAudit[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-a11y-'));
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    audits = await auditMainPages(lifeboat.url, { chromium: CHROMIUM });
  }, 600_000);

  afterAll(async () => {
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('audits every main page, each where it was asked for (signed in where it must be)', () => {
    expect(audits.map((a) => a.page)).toEqual(PAGES);
    for (const audit of audits) expect({ page: audit.page, finalUrl: audit.finalUrl }).toEqual({ page: audit.page, finalUrl: audit.url });
  });

  it.each(PAGES)('%s scores at least 90', (page) => {
    const audit = audits.find((a) => a.page === page) as PageAudit;
    // On failure, the table says which audits fail and on which elements.
    expect({ page, score: audit.score, failing: audit.score >= 0.9 ? 'none that matter' : formatAudits([audit]) }).toEqual({
      page,
      score: expect.any(Number),
      failing: 'none that matter',
    });
    expect(audit.score).toBeGreaterThanOrEqual(0.9);
  });
});
