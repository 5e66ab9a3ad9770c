import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { describeWith } from '../support/services';
import { freePort, LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { parseMail, startSmtpSink } from '../support/smtp-sink';
import { signIn } from './sign-in';

/**
 * Issue #20, acceptance: the rep's run — from the queue, a call logged with its outcome and next
 * step, the deal moved, the proposal drafted and emailed to the customer — in at most 5 clicks on
 * one screen and the proposal's, in French; the mail reaches a real SMTP server and its link opens
 * the offer.
 */
describeWith(['chromium'], 'the rep’s quick run, in French: from the queue to the proposal in the customer’s mailbox in ≤ 5 clicks', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const sinkPort = await freePort();
    sink = await startSmtpSink(sinkPort);
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-quick-run-'));
    const port = await freePort();
    lifeboat = await startLifeboatProcess({
      LIFEBOAT_DATA_DIR: dataDir,
      PORT: String(port),
      SMTP_URL: `smtp://127.0.0.1:${sinkPort}`,
      MAIL_FROM: 'Lifeboat <lifeboat@example.test>',
      LIFEBOAT_PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await page.addInitScript(() => window.localStorage.setItem('lifeboat.language', 'fr'));
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, lifeboat.url, 'alice@lifeboat.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await lifeboat?.stop();
    await sink?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs the call, moves the deal, drafts and emails the proposal; the mail’s link opens the offer', async () => {
    let clicks = 0;
    /** Every click of the run goes through here, to be counted (typing is not a click). */
    const click = async (target: Locator) => {
      clicks += 1;
      await target.click();
    };

    await page.getByRole('heading', { level: 1, name: 'Ma file' }).waitFor();
    const log = page.getByRole('button', { name: 'Noter un appel ou un e-mail avec Cybercartes SA' });

    // 1. The queue card's "Log".
    await click(log);
    const dialog = page.getByRole('dialog', { name: 'Noter une activité avec Cybercartes SA' });
    await dialog.waitFor();
    // 2. How it went, in one click: the deal's move and the next step follow.
    await click(dialog.getByText('Joint – veut une offre', { exact: true }));
    const move = dialog.getByRole('checkbox', { name: 'Faire aussi avancer l’affaire\u00a0: Identifié → Contacté' });
    await move.waitFor();
    expect(await move.isChecked()).toBe(true);
    expect(await dialog.getByLabel('Prochaine étape', { exact: true }).inputValue()).toBe('Envoyer la proposition');
    await dialog.getByLabel(/Ce qui s’est dit/).fill('Julien Masson veut notre offre avant vendredi, hébergement des 4 serveurs.');
    // 3. Logged, moved, and the proposal drafted from what the account buys: the proposal page.
    await click(dialog.getByRole('button', { name: 'Enregistrer et préparer la proposition' }));
    await page.waitForURL(/\/proposals\//);
    await page.getByRole('heading', { level: 1, name: /^Proposition .* · Cybercartes SA$/ }).waitFor();

    // 4. A draft within the rep's limit goes out by email in one step.
    await click(page.getByRole('button', { name: 'Envoyer par e-mail' }));
    const mailDialog = page.getByRole('dialog', { name: /^Envoyer la proposition .* par e-mail$/ });
    await mailDialog.waitFor();
    // The decision maker is picked, the mail is in French (the customer is in France).
    await mailDialog.locator('input[value*="Julien Masson"][value*="julien.masson@cybercartes.fr"]').waitFor();
    expect(await mailDialog.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    // 5. Sent.
    await click(mailDialog.getByRole('button', { name: 'Envoyer par e-mail' }));
    await mailDialog.waitFor({ state: 'hidden' });
    await page.getByText('Envoyée', { exact: true }).first().waitFor();

    expect(clicks).toBeLessThanOrEqual(5);

    // The mail reached the SMTP server: to the decision maker, in French, with the acceptance link.
    expect(sink.mails).toHaveLength(1);
    expect(sink.mails[0].to).toEqual(['julien.masson@cybercartes.fr']);
    const mail = parseMail(sink.mails[0].raw);
    expect(mail.headers['subject']).toMatch(/^Notre offre pour Cybercartes SA\s: .* par mois sur 12 mois$/);
    const link = /http:\/\/127\.0\.0\.1:\d+\/accept\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();

    // The customer opens it, signed out: the offer.
    const customer = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    try {
      await customer.goto(link as string);
      await customer.getByRole('heading', { name: /^(Notre offre pour|Our offer for) Cybercartes SA$/ }).waitFor();
      await customer.getByRole('button', { name: /^(Accepter l’offre|Accept the offer)$/ }).waitFor();
    } finally {
      await customer.close();
    }

    // The queue moved on: the deal's proposal is out.
    await page.goto(`${lifeboat.url}/`);
    await page.getByRole('listitem', { name: /^\d+\. Cybercartes SA$/ }).getByText('Proposition envoyée', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  // The next step's date used to let its year take six digits in Chromium (a datetime-local with no bound).
  it('keeps the next step’s year to four digits when typed', async () => {
    await page.goto(`${lifeboat.url}/`);
    await page.getByRole('button', { name: 'Noter un appel ou un e-mail avec Euronext' }).click();
    const dialog = page.getByRole('dialog', { name: 'Noter une activité avec Euronext' });
    const date = dialog.getByLabel('Prochaine étape le');
    await date.focus();
    // jj/mm/aaaa hh:mm in French: a six-digit year typed, then the time.
    await page.keyboard.type('0812202626');
    await page.keyboard.type('1030');
    expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(await date.getAttribute('max')).toBe('2099-12-31T23:59');
    await page.keyboard.press('Escape');
  });
});
