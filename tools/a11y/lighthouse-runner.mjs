/**
 * Runs Lighthouse's accessibility category (only) on pages of a running Lifeboat, signed in as
 * the plan says, in Debian's Chromium. Lighthouse is an ES module: this runner is what the
 * CommonJS tooling (ts-node for `npm run audit:a11y`, Jest for the browser test) spawns.
 *
 *   node tools/a11y/lighthouse-runner.mjs '<plan as JSON>'
 *
 * plan: { baseUrl, chromium, steps: [{ signIn: email, password } | { signOut: true } | { audit: [[name, path], …] }] }
 * Prints one JSON line: [{ page, url, finalUrl, score, failing: [{ id, title, items }] }].
 *
 * Chromium is started by chrome-launcher (headless, no sandbox, no GPU, no /dev/shm) with a
 * profile of its own; one tab signs in through the sign-in page, as a user does, and Lighthouse
 * audits in that same tab without resetting the storage (the web app keeps its session in
 * localStorage). chrome-launcher and puppeteer-core are Lighthouse's own dependencies.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';

const plan = JSON.parse(process.argv[2] ?? 'null');
if (!plan?.baseUrl || !Array.isArray(plan.steps)) {
  process.stderr.write("usage: node tools/a11y/lighthouse-runner.mjs '{\"baseUrl\":…,\"chromium\":…,\"steps\":[…]}'\n");
  process.exit(2);
}

const config = {
  ...desktopConfig,
  settings: { ...desktopConfig.settings, onlyCategories: ['accessibility'], disableStorageReset: true, throttlingMethod: 'provided' },
};

/** What a failing audit points at: the selector and the reason, for each element. */
function itemsOf(audit) {
  const items = audit.details && Array.isArray(audit.details.items) ? audit.details.items : [];
  return items.slice(0, 8).map((item) => {
    const node = item.node ?? {};
    return [node.selector ?? '', (node.snippet ?? '').slice(0, 160), node.explanation ?? ''].filter(Boolean).join(' — ').replace(/\s+/g, ' ').slice(0, 500);
  });
}

async function signIn(page, email, password) {
  await page.goto(`${plan.baseUrl}/sign-in`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('input[type="email"], input[autocomplete="username"]', { timeout: 30_000 }).catch(async (error) => {
    const body = await page.evaluate(() => document.body.innerHTML.slice(0, 2000)).catch((e) => String(e));
    throw new Error(`${error.message} at ${page.url()}:\n${body}`);
  });
  await page.type('input[type="email"], input[autocomplete="username"]', email);
  await page.type('input[type="password"]', password);
  // Signed in: the app's frame (its <main id="main">) replaces the sign-in page.
  await Promise.all([page.waitForSelector('main#main', { timeout: 30_000 }), page.keyboard.press('Enter')]);
}

const chrome = await chromeLauncher.launch({
  chromePath: plan.chromium ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
  logLevel: 'error',
});
const results = [];
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  let page = await browser.newPage();
  // A tab Lighthouse has audited in keeps some of its state: signing in or out happens in a new
  // tab (of the same profile, so the session it leaves in localStorage is the next audits').
  const freshTab = async () => {
    await page.close();
    page = await browser.newPage();
  };
  for (const step of plan.steps) {
    if (step.signOut) {
      await freshTab();
      // A page of the same origin that is not the app (which would keep its session alive).
      await page.goto(`${plan.baseUrl}/health`);
      await page.evaluate(() => localStorage.clear());
    } else if (step.signIn) {
      await freshTab();
      await signIn(page, step.signIn, step.password);
    } else if (step.audit) {
      for (const [name, path] of step.audit) {
        const url = `${plan.baseUrl}${path}`;
        const runner = await lighthouse(url, { logLevel: 'error', output: 'json' }, config, page);
        if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = runner.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const category = lhr.categories.accessibility;
        const failing = category.auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => ({ id: a.id, title: a.title, items: itemsOf(a) }));
        results.push({ page: name, url, finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl, score: category.score, failing });
      }
    }
  }
  await browser.disconnect();
} finally {
  chrome.kill();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
