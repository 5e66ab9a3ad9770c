import { demoInChromium } from '../support/demo-in-chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeWith } from '../support/services';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');

describeWith(['chromium'], 'a rep signs in and sees their queue', () => {
  const suite = demoInChromium();

  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ])('alice sees her queue, each item with its reason and urgency, on %s', async (name, viewport) => {
    const page = await suite.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, suite.lifeboat.url, 'alice@lifeboat.demo');
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
