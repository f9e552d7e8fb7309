// Smoke test of the production build: it opens, shows its heading, stays on this machine,
// logs no errors and passes axe.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, launchBrowser, openTrackedPage } from './browser';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the app opens with a heading, no errors, no outside requests and no axe violations', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });

    const heading = page.getByRole('heading', { level: 1 }).first();
    await heading.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await heading.isVisible()).toBe(true);

    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: `${RESULTS_DIR}smoke.png`, fullPage: true });

    expect(tracked.consoleErrors).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await tracked.close();
  }
});
