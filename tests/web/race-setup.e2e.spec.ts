import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWith } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');

/** Day one of a race (issue #16): an admin adds a rival and opens a campaign against it with a team; its manager finds it. */
describeWith(['chromium'], 'starting a race in Chromium', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-web-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Picks an option of a Mantine Select or MultiSelect by typing part of it. */
  const choose = async (page: Page, combobox: ReturnType<Page['getByRole']>, text: string, option: RegExp) => {
    await combobox.click({ force: true });
    await combobox.fill(text);
    const list = await combobox.getAttribute('aria-controls');
    await page.getByRole('option', { name: option }).click();
    // A MultiSelect keeps its list open for more: click the dialog's title to close it.
    await page.getByRole('dialog').locator('.mantine-Modal-title').click();
    if (list) await page.locator(`[id="${list}"]`).waitFor({ state: 'hidden' });
  };

  it('an admin adds a rival and opens a campaign with its team; the campaign appears for its manager', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, lifeboat.url, 'admin@lifeboat.demo', 'lifeboat', '/admin/rivals');
    await page.waitForURL(`${lifeboat.url}/admin/rivals`);
    await page.getByRole('table', { name: 'Rivals' }).getByRole('row', { name: /KPNQwest/ }).waitFor();

    // The rival: a host on strike, promising 99.9 %.
    await page.getByRole('button', { name: 'Add a rival' }).click();
    const rivalForm = page.getByRole('form', { name: 'Add a rival' });
    await rivalForm.getByRole('textbox', { name: /^Name/ }).fill('Hostella');
    await rivalForm.getByRole('textbox', { name: /^Country/ }).fill('BE');
    const shutdown = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await rivalForm.getByLabel(/^Expected shutdown/).fill(shutdown);
    await rivalForm.getByRole('textbox', { name: /^Availability its SLA claims/ }).fill('99.9');
    await choose(page, rivalForm.getByRole('combobox', { name: /^Services it sells/ }), 'web', /^Web hosting$/);
    await rivalForm.getByRole('button', { name: 'Add a rival' }).click();
    await page.getByText('Hostella added', { exact: false }).waitFor();
    const row = page.getByRole('table', { name: 'Rivals' }).getByRole('row', { name: /Hostella/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('99.9 %');
    await page.screenshot({ path: join(ARTIFACTS, 'admin-rivals-en-1280.png') });

    // The campaign against it: Marc leads, Chloé sells.
    await page.goto(`${lifeboat.url}/admin/campaigns`);
    await page.getByRole('button', { name: 'Open a campaign' }).click();
    const form = page.getByRole('form', { name: 'Open a campaign' });
    await form.getByRole('textbox', { name: /^Campaign name/ }).fill('Hostella rescue');
    await choose(page, form.getByRole('combobox', { name: /^Rival/ }), 'Host', /^Hostella$/);
    await choose(page, form.getByRole('combobox', { name: /^Managers/ }), 'Marc', /Marc/);
    await choose(page, form.getByRole('combobox', { name: /^Reps/ }), 'Chlo', /Chlo/);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-open-campaign-en-1280.png') });
    await form.getByRole('button', { name: 'Open the campaign' }).click();
    await page.getByText('Hostella rescue is open', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Hostella rescue' }).waitFor();
    expect(errors).toEqual([]);

    // Marc, its manager, finds it among his campaigns.
    const marc = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(marc, lifeboat.url, 'marc@lifeboat.demo', 'lifeboat', '/accounts');
    // Marc works in French (his locale in the demo).
    const switcher = marc.getByRole('combobox', { name: /^(Campaign|Campagne)$/ });
    await switcher.click();
    await marc.getByRole('option', { name: 'Hostella rescue' }).waitFor();
    await marc.getByRole('option', { name: 'Hostella rescue' }).click();
    // And can start work in it: a new account.
    await marc.getByRole('button', { name: /^(New account|Nouveau compte)$/ }).click();
    await marc.getByRole('form', { name: /^(Create the account|Créer le compte)$/ }).waitFor();
    await marc.screenshot({ path: join(ARTIFACTS, 'new-account-marc-1280.png') });
  });

  /** The dialog opened and its opening transition over (the screenshot shows it as a user sees it). */
  const dialogShown = async (page: Page) => {
    await page.getByRole('dialog').waitFor();
    await page.waitForFunction(() => {
      const content = document.querySelector('.mantine-Modal-content');
      return !!content && getComputedStyle(content).opacity === '1';
    });
  };
  const dialogGone = async (page: Page) => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };

  it('shows the new pages whole in French and on a phone (screenshots for review)', async () => {
    for (const [name, viewport] of [
      ['1280', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      for (const language of ['en', 'fr']) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript((lng) => localStorage.setItem('lifeboat.language', lng), language);
        const page = await context.newPage();
        await signIn(page, lifeboat.url, 'admin@lifeboat.demo', 'lifeboat', '/admin/rivals');
        await page.getByRole('table').getByRole('row', { name: /KPNQwest/ }).waitFor();
        await page.screenshot({ path: join(ARTIFACTS, `admin-rivals-${language}-${name}.png`), fullPage: true });
        await page.getByRole('button', { name: /Add a rival|Ajouter un concurrent/ }).click();
        await dialogShown(page);
        await page.screenshot({ path: join(ARTIFACTS, `rival-form-${language}-${name}.png`) });
        await dialogGone(page);
        await page.goto(`${lifeboat.url}/admin/campaigns`);
        await page.getByRole('button', { name: /Open a campaign|Ouvrir une campagne/ }).click();
        await dialogShown(page);
        await page.screenshot({ path: join(ARTIFACTS, `open-campaign-${language}-${name}.png`) });
        await dialogGone(page);
        await page.screenshot({ path: join(ARTIFACTS, `admin-campaigns-${language}-${name}.png`) });
        await page.goto(`${lifeboat.url}/accounts`);
        await page.getByRole('table').waitFor();
        const first = page.getByRole('table').getByRole('link').first();
        await first.click();
        await page.getByRole('button', { name: /^(Edit|Modifier)$/ }).click();
        await dialogShown(page);
        await page.screenshot({ path: join(ARTIFACTS, `edit-account-${language}-${name}.png`) });
        await context.close();
      }
    }
  });
});
