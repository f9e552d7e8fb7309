// The session screen in real Chromium, as a therapist and a trainee use it: everything a session
// needs on one screen at 1280×800 and 1920×1080, presentation mode and its staged reveal, a dance
// that tells the truth at every moment, and the phone layout — with axe on every state.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, launchBrowser, openTrackedPage, type TrackedPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openPattern(
  title: string,
  viewport = { width: 1280, height: 800 },
): Promise<TrackedPage> {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser, { viewport });
  await tracked.page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
  await tracked.page.getByRole('button', { name: title }).click();
  await tracked.page.getByRole('region', { name: 'Dance' }).waitFor();
  return tracked;
}

/** Whether an element lies wholly inside the window, without scrolling. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (box === null || size === null) return false;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  );
}

/** What a session needs at once: the loop, Play, the narration, both hearts and the way to the repairs. */
function essentials(page: Page): Record<string, Locator> {
  const dance = page.getByRole('region', { name: 'Dance' });
  return {
    loop: dance.locator('svg.dance-loop-svg'),
    play: dance.getByRole('button', { name: 'Play', exact: true }),
    narration: dance.getByRole('region', { name: 'Narration' }),
    'first heart': dance.getByRole('meter').nth(0),
    'second heart': dance.getByRole('meter').nth(1),
    'the repairs’ drawer': dance.locator('.repair-drawer > summary'),
  };
}

/** How many of the loop's steps are drawn, both partners. */
const stepsDrawn = (page: Page) => page.locator('.dance-loop-step').count();

/** The words of the element named "Loop state". */
async function loopState(page: Page): Promise<string> {
  const label = await page.getByLabel(/^Loop state:/).getAttribute('aria-label');
  return (label ?? '').replace(/^Loop state: /, '');
}

/** Every moment of the dance from the start, stepping forward: the loop's word and who is flooded. */
async function everyMoment(page: Page): Promise<{ state: string; flooded: boolean }[]> {
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  const last = Number(await timeline.getAttribute('max'));
  const seen: { state: string; flooded: boolean }[] = [];
  for (let i = 0; i <= last; i++) {
    await timeline.fill(String(i));
    seen.push({
      state: await loopState(page),
      flooded: (await page.locator('.arousal-gauge[data-flooded="true"]').count()) > 0,
    });
  }
  return seen;
}

describe('one screen', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])
    test(`at ${viewport.width}×${viewport.height} the loop, Play, the narration and both hearts are in view`, async () => {
      const tracked = await openPattern('Protest Polka', viewport);
      try {
        const { page } = tracked;
        for (const [what, locator] of Object.entries(essentials(page)))
          expect(await inViewport(page, locator), `${what} in view`).toBe(true);
        // The stage uses the width: loop and controls span most of the window.
        const dance = await page.getByRole('region', { name: 'Dance' }).boundingBox();
        expect(dance!.width).toBeGreaterThan(viewport.width * 0.7);
        expect(await axeViolations(page)).toEqual([]);
        expect(tracked.consoleErrors).toEqual([]);
      } finally {
        await tracked.close();
      }
    });
});

describe('presentation mode', () => {
  test('Present hides the safety panel, fills the width, and Next reveals more each time', async () => {
    const tracked = await openPattern('Protest Polka');
    try {
      const { page } = tracked;
      await expect.poll(() => stepsDrawn(page)).toBe(10);
      await page.getByRole('button', { name: 'Present' }).click();
      await expect.poll(() => page.locator('.safety-panel').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(true);
      const dance = await page.getByRole('region', { name: 'Dance' }).boundingBox();
      expect(dance!.width).toBeGreaterThan(1280 * 0.95);
      for (const [what, locator] of Object.entries(essentials(page)))
        expect(await inViewport(page, locator), `${what} in view`).toBe(true);
      expect(await stepsDrawn(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      const shown = [await stepsDrawn(page)];
      const reveal = page.getByRole('group', { name: 'Reveal the cycle step by step' });
      await reveal.getByRole('button', { name: /^Next/ }).click();
      shown.push(await stepsDrawn(page));
      // A presentation clicker sends PageDown.
      await page.keyboard.press('PageDown');
      shown.push(await stepsDrawn(page));
      await page.keyboard.press('ArrowRight');
      shown.push(await stepsDrawn(page));
      await page.keyboard.press('PageDown');
      shown.push(await stepsDrawn(page));
      for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThan(shown[i - 1]!);
      await page.keyboard.press('PageDown');
      expect(await page.locator('.dance-loop-crossing').count()).toBe(2);
      await page.keyboard.press('PageDown');
      expect(await page.locator('.dance-loop-iceberg').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);

      // Leaving presentation never triggers Quick exit: the page is still Cyclemap's.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.safety-panel').isVisible()).toBe(true);
      expect(page.url()).toContain(inject('baseURL'));
      expect(tracked.consoleErrors).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});

describe('a dance that tells the truth', () => {
  test('the fearful-avoidant flip never says “Calm” while flooded and ends “Unresolved”', async () => {
    const tracked = await openPattern('Fearful-avoidant flip');
    try {
      const { page } = tracked;
      const moments = await everyMoment(page);
      expect(moments.some((m) => m.flooded)).toBe(true);
      for (const moment of moments.filter((m) => m.flooded))
        expect(moment.state).not.toMatch(/^Calm/);
      expect(moments.at(-1)!.state).toMatch(/unresolved/i);
      const outcome = page.getByRole('region', { name: 'Dance' }).locator('.dance-outcome');
      expect(await outcome.textContent()).toBe('Unresolved');
      expect(await page.getByRole('region', { name: 'Narration' }).textContent()).toMatch(
        /unresolved/i,
      );
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  test('Freeze and Flee at its deepest reads differently from Find the Bad Guy at its deepest', async () => {
    const deepest = async (title: string) => {
      const tracked = await openPattern(title);
      try {
        const states = (await everyMoment(tracked.page)).map((m) => m.state);
        // The deepest word the loop reached: the last of its scale that appears.
        const scale = [
          'Calm',
          'Tense',
          'Quiet',
          'Escalating',
          'Distant',
          'Deep in the cycle',
          'Frozen',
        ];
        const reached = scale.filter((word) => states.some((s) => s.startsWith(word)));
        return reached.at(-1);
      } finally {
        await tracked.close();
      }
    };
    const badGuy = await deepest('Find the Bad Guy');
    const freeze = await deepest('Freeze and Flee');
    expect(badGuy).toBe('Deep in the cycle');
    expect(['Distant', 'Frozen']).toContain(freeze);
  });

  test('the repair-windows sentence names a round, and who makes which repair', async () => {
    const tracked = await openPattern('Protest Polka');
    try {
      const { page } = tracked;
      await page.getByText('Repairs and repair windows').click();
      // Trying a repair and showing the best window need no scrolling: the drawer opens in view.
      const windowsSwitch = page.getByRole('switch', { name: /Repair windows/ });
      expect(await inViewport(page, windowsSwitch)).toBe(true);
      expect(await inViewport(page, page.getByRole('button', { name: 'Soft reach by Theo' }))).toBe(
        true,
      );
      await windowsSwitch.click();
      const sentence = page.locator('[data-best-window]');
      await sentence.waitFor({ timeout: 30_000 });
      expect(await sentence.textContent()).toMatch(/in round \d+ — a .+ by (Theo|Priya) lands/);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});

describe('phone', () => {
  test('at 390×844: no sideways scroll, a Timeline at least 300 px wide, no step cut short', async () => {
    const tracked = await openPattern('Protest Polka', { width: 390, height: 844 });
    try {
      const { page } = tracked;
      const widths = await page.evaluate(
        '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
      );
      const { scroll, client } = widths as { scroll: number; client: number };
      expect(scroll).toBeLessThanOrEqual(client);
      const timeline = await page.getByRole('slider', { name: 'Timeline' }).boundingBox();
      expect(timeline!.width).toBeGreaterThanOrEqual(300);
      expect(await page.locator('.dance-loop-step[data-truncated="true"]').count()).toBe(0);
      // The controls stay by the loop: Play is on screen while the loop's steps are.
      await page.locator('.dance-loop-step').nth(2).scrollIntoViewIfNeeded();
      expect(await inViewport(page, page.getByRole('button', { name: 'Play', exact: true }))).toBe(
        true,
      );
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});
