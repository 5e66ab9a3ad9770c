import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';
import { signIn } from './sign-in';

/**
 * Day one of a real race, in the web app only, on both ways to run Lifeboat: an admin adds the
 * failing rival and opens a campaign with its team; its manager imports the rival's customer list
 * and hands it out to two reps; a rep opens the queue, logs a call with the first customer and moves
 * the deal on, while the manager's board shows the move without a reload.
 */
const ROWS = 40;
/** The manager's board must show a rep's move within this long (the goal is 2 s; room for a loaded CI machine). */
const LIVE_WITHIN_MS = 6_000;

const either = (en: string, fr: string) => new RegExp(`^(${en}|${fr})$`);

/** Picks an option of a Mantine Select or MultiSelect in a dialog by typing part of it. */
async function choose(page: Page, combobox: ReturnType<Page['getByRole']>, text: string, option: RegExp) {
  await combobox.click({ force: true });
  await combobox.fill(text);
  const list = await combobox.getAttribute('aria-controls');
  await page.getByRole('option', { name: option }).click();
  // A MultiSelect keeps its list open for more: a click on the dialog's title closes it.
  await page.getByRole('dialog').locator('.mantine-Modal-title').click();
  if (list) await page.locator(`[id="${list}"]`).waitFor({ state: 'hidden' });
}

/** The customer list as it arrives from the rival's files: Lifeboat's own column names. */
function customerList(dir: string): string {
  const lines = ['name,externalRef,segment,countries,monthlySpend'];
  for (let i = 1; i <= ROWS; i++) lines.push(`Hostella customer ${String(i).padStart(2, '0')},HST-${i},smb_web,BE,${(i * 37) % 500 + 40}`);
  const path = join(dir, 'hostella-customers.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

type Mode = { name: string; start(): Promise<{ url: string; stop(): Promise<void> }> };

const embedded: Mode = {
  name: 'embedded PostgreSQL, jobs in process',
  async start() {
    const dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-day-one-'));
    const lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    return {
      url: lifeboat.url,
      stop: async () => {
        await lifeboat.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

const server: Mode = {
  name: 'PostgreSQL server and Redis, with a separate worker',
  async start() {
    const db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, LIFEBOAT_QUEUE_PREFIX: `day-one-${randomBytes(4).toString('hex')}`, LIFEBOAT_DEMO: 'true' };
    const api: LifeboatProcess = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'api' });
    const worker: LifeboatProcess = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'worker' });
    return {
      url: api.url,
      stop: async () => {
        await api.stop();
        await worker.stop();
        await db.drop();
      },
    };
  },
};

for (const [mode, needs] of [
  [embedded, ['chromium']],
  [server, ['chromium', 'postgres', 'redis']],
] as const) {
  describeWith([...needs], `day one of a race (${mode.name})`, () => {
    let lifeboat: { url: string; stop(): Promise<void> };
    let browser: Browser;
    let files: string;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      files = mkdtempSync(join(tmpdir(), 'lifeboat-files-'));
      lifeboat = await mode.start();
      browser = await launchChromium();
    });

    afterAll(async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser?.close();
      await lifeboat?.stop();
      rmSync(files, { recursive: true, force: true });
    });

    async function pageFor(email: string, path: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      // Everyone reads English here, whatever their own language (the French screens have tests of their own).
      await context.addInitScript(() => localStorage.setItem('lifeboat.language', 'en'));
      const page = await context.newPage();
      await signIn(page, lifeboat.url, email, 'lifeboat', path);
      return page;
    }

    it('sets up the race, loads and hands out the customers, and works the first one while the manager watches', async () => {
      const errors: string[] = [];

      // 1. The admin adds the failing rival and opens a campaign against it: Marc leads, Chloé and Bruno sell.
      const admin = await pageFor('admin@lifeboat.demo', '/admin/rivals');
      admin.on('pageerror', (e) => errors.push(`admin: ${e.message}`));
      await admin.getByRole('button', { name: 'Add a rival' }).click();
      const rivalForm = admin.getByRole('form', { name: 'Add a rival' });
      await rivalForm.getByRole('textbox', { name: /^Name/ }).fill('Hostella');
      await rivalForm.getByRole('textbox', { name: /^Country/ }).fill('BE');
      await rivalForm.getByLabel(/^Expected shutdown/).fill(new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10));
      await rivalForm.getByRole('button', { name: 'Add a rival' }).click();
      await admin.getByRole('table', { name: 'Rivals' }).getByRole('row', { name: /Hostella/ }).waitFor();

      await admin.goto(`${lifeboat.url}/admin/campaigns`);
      await admin.getByRole('button', { name: 'Open a campaign' }).click();
      const campaignForm = admin.getByRole('form', { name: 'Open a campaign' });
      await campaignForm.getByRole('textbox', { name: /^Campaign name/ }).fill('Hostella rescue');
      await choose(admin, campaignForm.getByRole('combobox', { name: /^Rival/ }), 'Host', /^Hostella$/);
      await choose(admin, campaignForm.getByRole('combobox', { name: /^Managers/ }), 'Marc', /Marc/);
      await choose(admin, campaignForm.getByRole('combobox', { name: /^Reps/ }), 'Chlo', /Chlo/);
      await choose(admin, campaignForm.getByRole('combobox', { name: /^Reps/ }), 'Bruno', /Bruno/);
      await campaignForm.getByRole('button', { name: 'Open the campaign' }).click();
      await admin.getByRole('region', { name: 'Hostella rescue' }).waitFor();

      // 2. Marc imports the rival's customer list into it.
      const marc = await pageFor('marc@lifeboat.demo', '/imports');
      marc.on('pageerror', (e) => errors.push(`marc: ${e.message}`));
      const header = marc.getByRole('combobox', { name: /^(Campaign|Campagne)$/ }).first();
      await header.click();
      await marc.getByRole('option', { name: 'Hostella rescue' }).click();
      await marc.locator('input[type="file"]').setInputFiles(customerList(files));
      await marc.getByText(/Columns found: name, externalRef/).waitFor();
      await marc.getByRole('button', { name: 'Import', exact: true }).click();
      await marc.getByText('Completed', { exact: true }).waitFor({ timeout: 60_000 });
      await marc.getByText(`${ROWS} / ${ROWS} rows`).waitFor();

      // 3. … and hands all of them out to Chloé and Bruno, by load, after seeing who gets how many.
      await marc.goto(`${lifeboat.url}/accounts`);
      const handOut = marc.getByRole('button', { name: `Hand out ${ROWS} accounts` });
      await handOut.click();
      const dialog = marc.getByRole('dialog');
      await choose(marc, dialog.getByRole('combobox', { name: /^Reps/ }), 'Chlo', /Chlo/);
      await choose(marc, dialog.getByRole('combobox', { name: /^Reps/ }), 'Bruno', /Bruno/);
      const preview = dialog.getByRole('table', { name: 'Who gets how many' });
      await preview.getByRole('row', { name: /Chlo.*\b20\b/ }).waitFor();
      await preview.getByRole('row', { name: /Bruno.*\b20\b/ }).waitFor();
      await dialog.getByRole('button', { name: `Hand out ${ROWS} accounts` }).click();
      await dialog.getByText(`${ROWS} accounts assigned; each rep was notified once.`).waitFor({ timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Close' }).click();

      // The list as a file (written by the api as it reads it): each account with its owner, in the columns an import reads back.
      const [download] = await Promise.all([marc.waitForEvent('download'), marc.getByRole('button', { name: 'Export CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^lifeboat-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
      const exported = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(exported[0]).toMatch(/^name,externalRef,segment,countries,monthlySpend,.*,owner,ownerEmail,campaign,id,source,sourceFile,sourceBy,sourceAt,lawfulBasis$/);
      // Where each customer came from (issue #21): the file Marc imported, on the basis the form stated.
      expect(exported.slice(1).filter((line) => /,import,hostella-customers\.csv,Marc [^,]+,[0-9T:.Z-]+,legitimate_interests$/.test(line))).toHaveLength(ROWS);
      expect(exported.slice(1).filter((line) => /^Hostella customer \d\d,HST-\d+,smb_web,BE,/.test(line))).toHaveLength(ROWS);
      expect(exported.slice(1).filter((line) => line.includes(',chloe@lifeboat.demo,Hostella rescue,'))).toHaveLength(ROWS / 2);

      // Marc watches the board of the new campaign.
      await marc.goto(`${lifeboat.url}/pipeline`);
      const identified = marc.locator('[data-stage="identified"]');
      const contacted = marc.locator('[data-stage="contacted"]');
      await identified.getByRole('listitem').first().waitFor();

      // 4. Chloé opens her queue: the new customers are there, most urgent first; she calls the first one.
      const chloe = await pageFor('chloe@lifeboat.demo', '/');
      chloe.on('pageerror', (e) => errors.push(`chloe: ${e.message}`));
      const queue = chloe.getByRole('list', { name: 'My queue' });
      const first = queue.getByRole('listitem').filter({ hasText: 'Hostella customer' }).first();
      await first.waitFor();
      const name = (await first.getByRole('link').first().textContent())?.trim() ?? '';
      expect(name).toMatch(/^Hostella customer \d\d$/);
      await first.getByRole('button', { name: `Log a call or an email with ${name}` }).click();
      const log = chloe.getByRole('dialog');
      await log.getByLabel(/What happened/).fill('Called the owner: their sites are down every night, wants to move this week.');
      await log.getByLabel('Outcome').fill('interested');
      await log.getByRole('button', { name: 'Log it' }).click();
      await chloe.getByText('Activity logged.').waitFor();

      // … and moves the deal on from her board, the new campaign's (the demo's AMEN campaign, which she also
      // works, has thousands of deals: a column shows its first 200); Marc's board shows it at once.
      await chloe.goto(`${lifeboat.url}/pipeline`);
      await chloe.getByRole('combobox', { name: /^(Campaign|Campagne)$/ }).first().click();
      await chloe.getByRole('option', { name: 'Hostella rescue' }).click();
      await chloe.getByRole('button', { name: `Move ${name} to…` }).click();
      await chloe.getByRole('menuitem', { name: 'Move to Contacted' }).click();
      await chloe.getByText(`${name} moved to Contacted.`).waitFor();

      await contacted.getByRole('listitem', { name }).waitFor({ timeout: LIVE_WITHIN_MS });
      expect(await identified.getByRole('listitem', { name }).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });
}
