import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWith } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');

describeWith(['chromium'], 'a rep signs in and sees their queue', () => {
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

  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ])('alice sees her queue, each item with its reason and urgency, on %s', async (name, viewport) => {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, lifeboat.url, 'alice@lifeboat.demo');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 1, name: 'My queue' }).waitFor();
    const items = page.getByRole('list', { name: 'My queue' }).getByRole('listitem').filter({ has: page.getByRole('link') });
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);
    // Each item says why it is there and how urgent it is.
    const scores = await page.getByRole('list', { name: 'My queue' }).locator('[aria-label^="Urgency "]').allTextContents();
    expect(scores.length).toBeGreaterThan(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `my-queue-${name}.png`), fullPage: true });
    expect(errors).toEqual([]);
  });
});
