import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWith } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { signIn } from './sign-in';

const DOCS = join(__dirname, '../../docs');
const VIEWPORT = { width: 1280, height: 800 };

/** Drags with real pointer events, in steps, so @dnd-kit's pointer sensor (5 px activation) fires. */
async function drag(page: Page, card: Locator, target: Locator): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  // The grip, top left of the card: not the link to the account.
  await page.mouse.move(from.x + 8, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 15 });
  await page.mouse.up();
}

/** Waits until no toast covers the page (they close by themselves), for a clean screenshot. */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.mantine-Notification-root'), undefined, { timeout: 10_000 });
  // Dragging may have scrolled the page or the board a little.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('section[data-stage]').forEach((column) => column.parentElement?.scrollTo(0, 0));
  });
}

describeWith(['chromium'], 'a rep works a deal from the queue to the customer’s signature', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess;
  let browser: Browser;
  let page: Page;
  let acceptanceLink = '';
  const errors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-web-'));
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-GB' });
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, lifeboat.url, 'alice@lifeboat.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs a call with its next step from the queue', async () => {
    await page.getByRole('heading', { level: 1, name: 'My queue' }).waitFor();
    await page.getByRole('list', { name: 'My queue' }).getByText(/may go dark in/).first().waitFor();
    await quiet(page);
    await page.screenshot({ path: join(DOCS, 'queue.png') });
    await page.getByRole('button', { name: /^Log a call or an email with / }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/What happened/).fill('Called the CIO: wants our offer by Friday.');
    await dialog.getByLabel('Outcome').fill('interested');
    await dialog.getByLabel('Next step on').fill('2030-01-15T10:00');
    await dialog.getByRole('button', { name: 'Log it' }).click();
    await page.getByText('Activity logged.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('drags a deal on the board: an invalid move is refused with the reason, the next stage is accepted', async () => {
    await page.getByRole('link', { name: 'Pipeline' }).click();
    const identified = page.getByRole('region', { name: 'Identified' });
    const card = identified.getByRole('listitem', { name: 'Cybercartes SA' });
    await card.waitFor();
    await drag(page, card, page.getByRole('region', { name: 'Negotiating' }));
    await page.getByRole('alert').filter({ hasText: 'Cybercartes SA was not moved' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'was not moved' }).textContent()).toMatch(/one stage at a time|skips/);
    await drag(page, identified.getByRole('listitem', { name: 'Cybercartes SA' }), page.getByRole('region', { name: 'Contacted' }));
    await page.getByText('Cybercartes SA moved to Contacted.').waitFor();
    await page.getByRole('region', { name: 'Contacted' }).getByRole('listitem', { name: 'Cybercartes SA' }).waitFor();
    await quiet(page);
    await page.screenshot({ path: join(DOCS, 'pipeline.png') });
  });

  it('drafts a proposal from the account, sees the approval a discount needs, submits and sends it', async () => {
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('link', { name: 'Euronext' }).click();
    await page.getByRole('heading', { level: 1, name: 'Euronext' }).waitFor();
    await page.getByRole('heading', { name: 'Who decides' }).waitFor();
    await quiet(page);
    await page.screenshot({ path: join(DOCS, 'account.png') });
    await page.getByRole('button', { name: 'Draft a proposal' }).click();
    await page.getByRole('heading', { level: 1, name: /^Proposal .* · Euronext$/ }).waitFor();
    const discount = page.getByRole('textbox', { name: 'Discount' });
    await discount.fill('15');
    await page.getByText('Above 10 %: a manager must approve it (up to 25 %).').waitFor();
    await quiet(page);
    await page.screenshot({ path: join(DOCS, 'proposal-builder.png') });
    await discount.fill('8');
    await page.getByText('Within your limit (10 %): approved when you submit.').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Proposal saved.').waitFor();
    await page.getByRole('button', { name: 'Submit (within your limit)' }).click();
    await page.getByRole('button', { name: 'Send to the customer' }).click();
    const link = page.getByRole('textbox', { name: 'Link for the customer' });
    await link.waitFor();
    acceptanceLink = await link.inputValue();
    expect(acceptanceLink).toMatch(new RegExp(`^${lifeboat.url}/accept/[^/]+$`));
  });

  it('the customer opens the link in another browser, switches to French and accepts', async () => {
    const customer = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const offerPage = await customer.newPage();
    offerPage.on('pageerror', (e) => errors.push(`customer: ${e.message}`));
    await offerPage.goto(acceptanceLink);
    await offerPage.getByRole('heading', { level: 1, name: 'Our offer for Euronext' }).waitFor();
    await offerPage.getByText('FR', { exact: true }).click();
    await offerPage.getByRole('heading', { level: 1, name: 'Notre offre pour Euronext' }).waitFor();
    await offerPage.getByLabel(/Vos nom et prénom/).fill('Pieter van Dijk');
    await offerPage.getByLabel(/Votre fonction/).fill('CIO');
    await offerPage.getByLabel(/Votre e-mail/).fill('pieter.vandijk@euronext.com');
    await offerPage.getByRole('checkbox', { name: /J’accepte cette offre/ }).check();
    await offerPage.getByRole('button', { name: 'Accepter l’offre' }).click();
    await offerPage.getByRole('heading', { name: 'Merci, Pieter van Dijk' }).waitFor();
    // The link is single use: opened again, it is refused plainly.
    await offerPage.goto(acceptanceLink);
    await offerPage.getByRole('heading', { name: 'Ce lien n’est pas valide' }).waitFor();
    await customer.close();
  });

  it('alice sees the deal won and its migration planned, then switches the UI to French', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Proposal .* · Euronext$/ }).waitFor();
    await page.getByRole('link', { name: 'Euronext' }).first().click();
    const deal = page.getByRole('region', { name: 'Deal' });
    await deal.getByText('Won', { exact: true }).waitFor();
    await deal.getByText(/Migration planned: cutover by/).waitFor();
    await page.getByText('FR', { exact: true }).click();
    await page.getByRole('region', { name: 'Affaire' }).getByText('Gagné', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Ma file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ma file' }).waitFor();
    expect(errors).toEqual([]);
  });
});
