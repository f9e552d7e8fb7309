// The dance, end to end in real Chromium: open the Protest Polka, play until someone floods, try a
// reach that fails, take a break, repair at the best window, and see the loop break.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, launchBrowser, openTrackedPage } from './browser';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${RESULTS_DIR}dance-${name}.png`, fullPage: true });

test('a couple can watch the Polka flood, see a reach fail, take a break and reconnect', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Protest Polka' }).click();
    const dance = page.getByRole('region', { name: 'Dance' });
    await dance.waitFor();
    await shot(page, '1-calm');

    // Play at 4× until someone floods, then pause.
    await dance.getByLabel('Speed').selectOption('4');
    await dance.getByRole('button', { name: 'Play', exact: true }).click();
    await dance.locator('[data-flooded="true"]').first().waitFor({ timeout: 40_000 });
    await dance.getByRole('button', { name: 'Pause' }).click();
    const narration = page.getByRole('region', { name: 'Narration' });
    // The narration tells the flood at the moment it began: step back to it if Pause came later.
    for (let back = 0; back < 6 && !/ flooded/.test((await narration.textContent()) ?? ''); back++)
      await dance.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => narration.textContent()).toMatch(/flooded( too)?: hearts? at [\d.]+/);
    await shot(page, '2-flooded');

    // Theo floods first with this seed: Priya's soft reach cannot land.
    // On a laptop the repairs wait in a drawer at the foot of the controls.
    await dance.getByText('Repairs and repair windows').click();
    const repair = page.getByRole('group', { name: 'Repair' });
    await repair.getByRole('button', { name: 'Soft reach by Priya' }).click();
    await expect
      .poll(() => repair.getByRole('status').textContent())
      .toMatch(
        /Priya tries a soft reach: “.*” Theo is flooded at \d+ bpm, so it can't land yet: a 20-minute break first/,
      );
    await shot(page, '3-reach-fails');

    // A 20-minute break calms both bodies; the dance is paused, not over.
    await repair.getByRole('button', { name: 'Self-soothing break by Theo' }).click();
    await expect
      .poll(() => repair.getByRole('status').textContent())
      .toMatch(/takes a 20-minute break/);
    expect(await dance.locator('[data-flooded="true"]').count()).toBe(0);
    await shot(page, '4-break');

    // Where could a repair break this loop? The windows overlay names the best moment.
    await dance.getByRole('switch', { name: 'Repair windows' }).click();
    const sentence = dance.locator('[data-best-window]');
    await sentence.waitFor({ timeout: 30_000 });
    expect(await sentence.textContent()).toMatch(
      /^The best place to break this loop: when Theo .*, in round \d — a soft reach by Theo lands about \d+ times in 10 here\.$/,
    );
    await shot(page, '5-windows');

    // Go back to that moment — Theo's perception in the first round — and reach softly there.
    await dance.getByRole('button', { name: 'Restart' }).click();
    await page.keyboard.press('ArrowRight');
    await repair.getByRole('button', { name: 'Soft reach by Theo' }).click();
    await dance.getByRole('button', { name: 'Play', exact: true }).click();
    await dance.getByText('Reconnected', { exact: true }).waitFor({ timeout: 20_000 });
    await shot(page, '6-reconnected');

    expect(tracked.consoleErrors).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await tracked.close();
  }
});

test('a therapist can drive the dance by keyboard alone', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser, { reducedMotion: 'reduce' });
  try {
    const { page } = tracked;
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Protest Polka' }).focus();
    await page.keyboard.press('Enter');
    const dance = page.getByRole('region', { name: 'Dance' });
    await dance.waitFor();
    const counter = dance.locator('.turn-counter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Turn 2 · Round 1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.textContent()).toBe('Turn 1 · Round 1');
    await page.keyboard.press('r');
    const focused = await page.evaluate<string | null>(
      'document.activeElement?.getAttribute("aria-label") ?? null',
    );
    expect(focused).toMatch(/ by (Theo|Priya)$/);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await tracked.close();
  }
});
