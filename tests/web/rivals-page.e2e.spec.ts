import { demoInChromium } from '../support/demo-in-chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeWith } from '../support/services';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');

describeWith(['chromium'], 'the rivals page in Chromium', () => {
  const suite = demoInChromium();

  it('shows alice the rival of her campaign with its health, countdown and distress timeline, and no other', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Rivals are for signed-in users: the page sends a visitor to sign in, then back.
    await signIn(page, suite.lifeboat.url, 'alice@lifeboat.demo', 'lifeboat', '/rivals');
    await page.waitForURL(`${suite.lifeboat.url}/rivals`);
    const kpnqwest = page.locator('li.rival-card', { has: page.getByRole('heading', { name: 'KPNQwest' }) });
    await kpnqwest.waitFor();
    await expectText(kpnqwest, /Liquidating/);
    await expectText(kpnqwest, /Network may go dark in 1[12]\u00a0d\u00a0\d+\u00a0h/);
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
