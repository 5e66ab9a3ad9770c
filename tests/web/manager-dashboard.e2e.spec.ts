import { demoInChromium } from '../support/demo-in-chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeWith } from '../support/services';
import { gql, signInAs } from '../support/lifeboat-process';
import { signIn } from './sign-in';

const ARTIFACTS = join(__dirname, '../artifacts');
const DOCS = join(__dirname, '../../docs');

async function bottomOf(page: Page, name: string): Promise<number> {
  const box = await page.getByRole('region', { name }).boundingBox();
  if (!box) throw new Error(`${name} is not on screen`);
  return box.y + box.height;
}

/**
 * What makes a dashboard hard to read, found in the page as laid out: sideways page scroll, a table or a
 * card wider than its box, chart labels overlapping each other, and a reference line's label over a bar.
 */
async function layoutDefects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const defects: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) defects.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of document.querySelectorAll<HTMLElement>('main table, main section, main .mantine-ScrollArea-viewport')) {
      if (el.scrollWidth > el.clientWidth + 1) defects.push(`too wide: ${el.tagName} "${(el.textContent ?? '').slice(0, 40)}" (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (const svg of document.querySelectorAll('main svg.recharts-surface')) {
      const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
      const box = svg.getBoundingClientRect();
      texts.forEach((a, i) => {
        const ra = a.getBoundingClientRect();
        if (ra.left < box.left - 1 || ra.right > box.right + 1 || ra.top < box.top - 1) defects.push(`cut off: "${a.textContent}"`);
        for (const b of texts.slice(i + 1)) if (overlap(ra, b.getBoundingClientRect())) defects.push(`overlap: "${a.textContent}" / "${b.textContent}"`);
      });
      const bars = [...svg.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')].map((b) => b.getBoundingClientRect()).filter((r) => r.height > 0);
      for (const label of svg.querySelectorAll('text.recharts-label')) {
        if (bars.some((bar) => overlap(label.getBoundingClientRect(), bar))) defects.push(`"${label.textContent}" is drawn over a bar`);
      }
    }
    return defects;
  });
}

const STATES = `query($after: String) { accounts(first: 200, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id urgency rival { name } currentOpportunity { id dueAt } } } } }`;

/** Every account against `rival` the caller sees, with its urgency and its open deal's due time, page by page (the database's state through the api). */
async function accountStates(url: string, rival: string): Promise<Map<string, { urgency: number; dealId: string | null; dueAt: string | null }>> {
  type Page = { accounts: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; urgency: number; rival: { name: string }; currentOpportunity: { id: string; dueAt: string | null } | null } }> } };
  const states = new Map<string, { urgency: number; dealId: string | null; dueAt: string | null }>();
  for (let after: string | null = null; ; ) {
    const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(url, STATES, { after });
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    for (const { node } of res.data.accounts.edges) {
      if (node.rival.name !== rival) continue;
      states.set(node.id, { urgency: node.urgency, dealId: node.currentOpportunity?.id ?? null, dueAt: node.currentOpportunity?.dueAt ?? null });
    }
    if (!res.data.accounts.pageInfo.hasNextPage) return states;
    after = res.data.accounts.pageInfo.endCursor;
  }
}

describeWith(['chromium'], 'a manager watches the race on the dashboard', () => {
  const suite = demoInChromium();

  it('manon sees the countdown, the overdue deals and the customers that would go dark above the fold, and drills into a stage', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, suite.lifeboat.url, 'manon@lifeboat.demo');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: /^Dashboard · KPNQwest/ }).waitFor();

    // The three figures that say whether we are winning, without scrolling.
    for (const name of ['Shutdown countdown', 'Overdue deals', 'Customers that would go dark']) {
      expect(await bottomOf(page, name)).toBeLessThanOrEqual(800);
    }
    const overdue = page.getByRole('region', { name: 'Overdue deals' });
    const count = Number(await overdue.getByTestId('overdue-count').textContent());
    if (count > 0) {
      const worst = overdue.getByRole('list', { name: 'Most overdue deals' }).getByRole('listitem');
      expect(await worst.count()).toBeGreaterThan(0);
      expect(await worst.first().textContent()).toMatch(/h overdue$/);
    }
    expect(await page.getByRole('region', { name: 'Customers that would go dark' }).getByTestId('go-dark-count').textContent()).toMatch(/^\d+$/);

    // The charts, then a stage's deals from the funnel.
    await page.getByRole('region', { name: 'Cycle time' }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForTimeout(500);
    mkdirSync(DOCS, { recursive: true });
    // The weighted forecast is a chart up to the shutdown, marked by a labelled line; the overdue deals are their own bar.
    const forecast = page.getByRole('region', { name: 'Weighted forecast by week' });
    expect(await forecast.locator('text.recharts-label').textContent()).toMatch(/^Shutdown \d+ Dec$/);
    const ticks = await forecast.locator('.recharts-xAxis-tick-labels text').allTextContents();
    expect(ticks[0]).toMatch(/^(Overdue|This week)$/);
    await forecast.getByText('Show the figures as a table').click();
    await forecast.getByRole('table').waitFor();
    // Every cycle-time bucket named on the axis as its buttons name it: no bar between two labels not its own.
    const cycleTicks = await page.getByRole('region', { name: 'Cycle time' }).locator('.recharts-yAxis-tick-labels text').allTextContents();
    expect(cycleTicks).toEqual([...Array.from({ length: 14 }, (_, d) => `${d}–${d + 1}\u00a0d`), '14+\u00a0d']);
    expect(await layoutDefects(page)).toEqual([]);
    // Folded again, from the top, for the README's picture.
    await forecast.getByText('Show the figures as a table').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(DOCS, 'dashboard.png') });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-full.png'), fullPage: true });

    const stage = page.getByRole('group', { name: 'Stages' }).getByRole('button', { name: /^Identified: \d+ deals?$/ });
    const stageDeals = Number((await stage.textContent())?.match(/(\d+) deals?$/)?.[1]);
    await stage.click();
    const drawer = page.getByRole('dialog', { name: 'Deals in Identified' });
    await drawer.waitFor();
    if (stageDeals > 0) {
      await drawer.getByRole('list').getByRole('link').first().waitFor();
      expect(await drawer.getByRole('list').getByRole('listitem').count()).toBe(Math.min(stageDeals, 100));
    } else {
      await drawer.getByText('No deal.').waitFor();
    }
    await page.keyboard.press('Escape');

    // A click on a bar of the "value by stage" chart opens the same kind of list.
    await page.locator('[aria-labelledby="stage-values-title"] .recharts-bar-rectangle').first().click();
    await page.getByRole('dialog', { name: /^Deals in / }).waitFor();
    expect(errors).toEqual([]);
  });

  it('on a phone the figures come first and stay readable', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, suite.lifeboat.url, 'manon@lifeboat.demo', 'lifeboat', '/dashboard');
    await page.goto(`${suite.lifeboat.url}/dashboard`);
    await page.getByRole('region', { name: 'Shutdown countdown' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.getByRole('region', { name: 'Cycle time' }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForTimeout(500);
    // Nothing cut, nothing overlapping, no table to scroll: the tables' rows are cards here.
    expect(await layoutDefects(page)).toEqual([]);
    expect(await page.getByRole('region', { name: 'Conversions' }).getByRole('table').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone.png'), fullPage: true });
  });

  it('manon records a distress event on the rival’s page and sees what changed', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, suite.lifeboat.url, 'manon@lifeboat.demo');
    await page.getByRole('link', { name: 'Rivals' }).click();
    await page.getByRole('link', { name: 'KPNQwest' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'KPNQwest' }).waitFor();
    // What the database holds before, read as manon (her campaigns' accounts and their open deals' due times).
    await signInAs(suite.lifeboat.url, 'manon@lifeboat.demo');
    const before = await accountStates(suite.lifeboat.url, 'KPNQwest');
    // The event form (the page also has the scenarios', feeds' and outages' forms).
    const form = page.getByRole('region', { name: 'Record a distress event' });
    await form.getByLabel(/^What happened/).selectOption('liquidation_ordered');
    await form.getByLabel('Summary').fill('Le Monde: the court may order liquidation on Thursday.');
    await form.getByLabel(/^Source/).fill('https://www.lemonde.fr/kpnqwest');
    await form.getByRole('button', { name: 'Record the event' }).click();
    const changed = page.getByRole('status').filter({ hasText: 'Event recorded: what changed' });
    await changed.waitFor();
    expect(await changed.textContent()).toMatch(/Neither the health nor the shutdown date changed|Health: /);
    // The counts appear once the recomputation has run (the page polls), and are those of the database.
    const urgency = changed.getByTestId('impact-urgency');
    await urgency.waitFor({ timeout: 30_000 });
    const after = await accountStates(suite.lifeboat.url, 'KPNQwest');
    let urgencyChanged = 0;
    let deadlinesChanged = 0;
    for (const [id, now] of after) {
      const then = before.get(id);
      if (then?.urgency !== now.urgency) urgencyChanged++;
      if (now.dealId && then?.dealId === now.dealId && then.dueAt !== now.dueAt) deadlinesChanged++;
    }
    expect(Number(await urgency.getAttribute('data-count'))).toBe(urgencyChanged);
    expect(Number(await changed.getByTestId('impact-deadlines').getAttribute('data-count'))).toBe(deadlinesChanged);
    expect(Number(await changed.getByTestId('impact-recomputed').getAttribute('data-count'))).toBe(after.size);
    expect(await urgency.textContent()).toContain(`Urgency changed for ${urgencyChanged.toLocaleString('en')} account`);
    await page.getByText('Le Monde: the court may order liquidation on Thursday.').waitFor();
    await page.getByRole('link', { name: /Source: www\.lemonde\.fr/ }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'rival-watch.png'), fullPage: true });
  });
});
