import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWith } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');

describeWith(['chromium'], 'the rivals page in Chromium', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-web-'));
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows alice the rival of her campaign with its health, countdown and distress timeline, and no other', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Rivals are for signed-in users: the page sends a visitor to sign in, then back.
    await signIn(page, lifeboat.url, 'alice@lifeboat.demo', 'lifeboat', '/rivals');
    await page.waitForURL(`${lifeboat.url}/rivals`);
    const kpnqwest = page.locator('li.rival-card', { has: page.getByRole('heading', { name: 'KPNQwest' }) });
    await kpnqwest.waitFor();
    await expectText(kpnqwest, /Liquidating/);
    await expectText(kpnqwest, /Network may go dark in 1[12] days/);
    await expectText(page.getByRole('list', { name: 'What happened to KPNQwest' }), /court hearing/i);
    // Alice is in the KPNQwest team: AMEN, the other campaign's rival, is not hers to see.
    expect(await page.locator('li.rival-card').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'AMEN' }).count()).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'rivals-page.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

async function expectText(locator: { textContent(): Promise<string | null> }, pattern: RegExp): Promise<void> {
  expect(await locator.textContent()).toMatch(pattern);
}
