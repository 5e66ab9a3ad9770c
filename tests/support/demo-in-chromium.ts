import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { LifeboatProcess, startLifeboatProcess } from './lifeboat-process';

/**
 * What a browser suite runs against: the built Lifeboat with its demo on a throwaway embedded
 * database, and one headless Chromium; started before the suite's tests, stopped after them.
 * Read `lifeboat` and `browser` inside the tests (they exist once `beforeAll` has run).
 */
export function demoInChromium(env: Record<string, string> = {}): { readonly lifeboat: LifeboatProcess; readonly browser: Browser } {
  let dataDir: string | undefined;
  let lifeboat: LifeboatProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-web-'));
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir, ...env });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await lifeboat?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it inside a test`);
    return value;
  };
  return {
    get lifeboat() {
      return started(lifeboat, 'Lifeboat');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
