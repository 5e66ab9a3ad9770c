import { demoInChromium } from '../support/demo-in-chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeWith } from '../support/services';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');

/**
 * The lines of each queue item (reason, urgency factors, stage, countdown …) as the reader sees them.
 * Items are keyed by their account link so both languages compare the same account.
 */
async function queueLines(page: import('playwright-core').Page, listName: string): Promise<Map<string, string[]>> {
  const items = page.getByRole('list', { name: listName }).getByRole('listitem').filter({ has: page.getByRole('link') });
  await items.first().waitFor();
  const byAccount = new Map<string, string[]>();
  for (const item of await items.all()) {
    const account = (await item.getByRole('link').first().textContent())?.trim() ?? '';
    const lines = (await item.innerText())
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    byAccount.set(account, lines);
  }
  return byAccount;
}

/** A line both languages may share: names and figures only (every word capitalised, a number or a symbol). */
const sharedByBothLanguages = (line: string) => line.split(/\s+/).every((word) => !/^[a-z]{3,}/.test(word));

describeWith(['chromium'], 'a rep signs in and sees their queue, in English and in French', () => {
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

  it('no English sentence is left in the French queue: reasons, factors and countdowns are worded in French', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, suite.lifeboat.url, 'alice@lifeboat.demo');
    await page.getByRole('heading', { level: 1, name: 'My queue' }).waitFor();
    const english = await queueLines(page, 'My queue');

    await page.getByText('FR', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ma file' }).waitFor();
    const french = await queueLines(page, 'Ma file');

    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    const leftInEnglish: string[] = [];
    for (const [account, lines] of french) {
      const englishLines = new Set(english.get(account));
      for (const line of lines) if (englishLines.has(line) && !sharedByBothLanguages(line)) leftInEnglish.push(`${account}: ${line}`);
    }
    expect(leftInEnglish).toEqual([]);
    // The reasons themselves changed language (not only the frame around them).
    const frenchText = [...french.values()].flat().join('\n');
    expect(frenchText).not.toMatch(/\b(claim it|overdue by|due in|days?|hours?|spends|a month)\b/i);
    expect(errors).toEqual([]);
  });
});
