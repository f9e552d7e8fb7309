// Helpers for end-to-end tests: Debian's Chromium driven by playwright-core (no browser download),
// a fresh context per test that records console errors and blocks and records any request leaving
// 127.0.0.1, and an axe-core accessibility check.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
}

export interface TrackedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors, in order. */
  readonly consoleErrors: string[];
  /** Every request to a host other than 127.0.0.1 (each one is aborted, never sent). */
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1']);

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

/** Opens a page in a fresh browser context (no cookies, no storage from any other test). */
export async function openTrackedPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) {
      await route.continue();
    } else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
    }
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`Uncaught ${error.name}: ${error.message}`);
  });
  page.on('websocket', (socket) => {
    if (!isLocal(socket.url())) foreignRequests.push(socket.url());
  });

  return {
    context,
    page,
    consoleErrors,
    foreignRequests,
    close: () => context.close(),
  };
}

export interface AxeViolationSummary {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
