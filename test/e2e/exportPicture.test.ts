// Export SVG and Export PNG of the loop, in real Chromium: the SVG is a standalone, valid file
// that looks like the screen (its colours written in); the PNG is the same picture at 2×.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, openTrackedPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the loop exports as a standalone SVG and as a PNG at 2×', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser, { acceptDownloads: true });
  try {
    const { page } = tracked;
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Protest Polka' }).click();
    const dance = page.getByRole('region', { name: 'Dance' });
    // The export buttons are among the options, which come last as the dance opens.
    await page.getByRole('button', { name: 'Export PNG of the loop' }).waitFor();
    const viewBox = await dance.locator('svg.dance-loop-svg').getAttribute('viewBox');
    const [, , width, height] = (viewBox ?? '').split(' ').map(Number);

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG of the loop' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('protest-polka-loop.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    const check = await page.evaluate<{
      error: boolean;
      title: string;
      desc: string;
      styles: number;
      steps: number;
    }>(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        title: root.querySelector(':scope > title')?.textContent ?? null,
        desc: root.querySelector(':scope > desc')?.textContent ?? null,
        styles: doc.querySelectorAll('style, link').length,
        steps: root.querySelectorAll('text').length,
      };
    })()`);
    expect(check.error).toBe(false);
    expect(check.title).toBe('Protest Polka: the loop');
    expect(check.desc).toMatch(/Theo’s move sets off Priya’s trigger/);
    expect(check.styles).toBe(0);
    expect(check.steps).toBeGreaterThan(10);
    // The look is written in: the partners' colours are in the file.
    expect(svg).toMatch(/stroke="rgb\(0, 114, 178\)"/);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG of the loop' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('protest-polka-loop.png');
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.round(width! * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round(height! * 2));
    expect(tracked.consoleErrors).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
  } finally {
    await tracked.close();
  }
});
