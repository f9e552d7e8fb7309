// The printed worksheet, in real Chromium: each built-in map prints on one page at A4 and at
// Letter, with both partners, the line, the loop, the repairs' words and the not-therapy note, and
// nothing of the app — no buttons, no dark backgrounds. A map with long answers still fits.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openTrackedPage, type TrackedPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PATTERNS = [
  'Protest Polka',
  'Find the Bad Guy',
  'Freeze and Flee',
  'Fearful-avoidant flip',
  'Secure cycle',
];

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function open(title: string): Promise<TrackedPage> {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  await tracked.page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
  await tracked.page.getByRole('button', { name: title }).click();
  // The dance's options (Print worksheet among them) come last as the dance opens.
  await tracked.page.getByRole('button', { name: 'Print worksheet' }).waitFor();
  return tracked;
}

async function printsOnOnePage(page: Page): Promise<void> {
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pagesOf(pdf), `${format}`).toBe(1);
  }
}

describe('the printed worksheet', () => {
  test('prints each built-in map on one page, A4 and Letter', async () => {
    for (const title of PATTERNS) {
      const tracked = await open(title);
      try {
        await printsOnOnePage(tracked.page);
      } finally {
        await tracked.close();
      }
    }
  });

  test('shows the worksheet and nothing of the app in print: no buttons, no dark backgrounds', async () => {
    const tracked = await open('Protest Polka');
    try {
      const { page } = tracked;
      expect(await page.getByRole('button', { name: 'Print worksheet' }).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      const worksheet = page.locator('.worksheet');
      expect(await worksheet.isVisible()).toBe(true);
      expect(await page.locator('button:visible').count()).toBe(0);
      const text = (await worksheet.textContent()) ?? '';
      for (const words of [
        'Theo',
        'Priya',
        'Above the line',
        'Below the line',
        'The line',
        'Theo’s move sets off Priya’s trigger',
        'Priya’s move sets off Theo’s trigger',
        'Ways back to each other',
        'not therapy',
      ])
        expect(text).toContain(words);
      // Black on white: no element of the worksheet has a dark background.
      const dark = await page.evaluate(`(() => {
        const luminance = (c) => { const m = c.match(/\\d+(\\.\\d+)?/g); if (!m || (m[3] !== undefined && Number(m[3]) === 0)) return 1; return (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) / 255; };
        return [document.body, ...document.querySelectorAll('.worksheet, .worksheet *')].filter((e) => luminance(getComputedStyle(e).backgroundColor) < 0.8).length;
      })()`);
      expect(dark).toBe(0);
      expect(tracked.consoleErrors).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  test('a copy with long answers in every layer still prints on one page', async () => {
    const tracked = await open('Protest Polka');
    try {
      const { page } = tracked;
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.getByRole('button', { name: 'Start mapping' }).click();
      const long = 'a long answer, written out in full as a couple might, '.repeat(8).slice(0, 400);
      const layers = [
        'Trigger',
        'Perception',
        'Reactive emotion',
        'Move',
        'Primary emotion',
        'Attachment fear',
        'Longing',
      ];
      for (const partner of [/^Partner 1/, /^Partner 2/]) {
        const group = page.getByRole('group', { name: partner });
        for (const layer of layers) await group.getByRole('textbox', { name: layer }).fill(long);
      }
      // The sheet says that it shortened the answers, and still fits one page.
      await page.emulateMedia({ media: 'print' });
      await expect
        .poll(() => page.locator('.worksheet').textContent())
        .toMatch(/Long answers are shortened here/);
      // Back to the page's own media: page.pdf() prints with print CSS unless told otherwise.
      await page.emulateMedia({ media: null });
      await printsOnOnePage(page);
    } finally {
      await tracked.close();
    }
  });
});
