// The Dynamics view in real Chromium: its code loads only when the tab opens; a click on the phase
// plane (or the keyboard) places a start and a trajectory is drawn to where it ends, said in words;
// moving a slider moves the nullcline (on a pattern's unsaved copy, which a copy of one's own can
// keep, and as an undoable edit of one's own map); the vector field; and axe finds nothing at each
// stage.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, launchBrowser, openTrackedPage, type TrackedPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened extends TrackedPage {
  /** Every script the page asked for, in order. */
  readonly scripts: string[];
  /** The scripts the page had asked for before the Dynamics tab was chosen. */
  readonly before: readonly string[];
}

/** The home page, then a pattern's Dynamics tab, with the phase plane drawn. */
async function openDynamics(pattern: string): Promise<Opened> {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  const { page, context } = tracked;
  const scripts: string[] = [];
  context.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Your maps' }).waitFor();
  await page.getByRole('button', { name: pattern }).click();
  await page.getByRole('region', { name: 'Dance' }).waitFor();
  const before = [...scripts];
  await page.getByRole('tab', { name: 'Dynamics' }).click();
  await plane(page).locator('path.nullcline').first().waitFor();
  return { ...tracked, scripts, before };
}

const plane = (page: Page) => page.getByRole('region', { name: 'Phase plane' });
const nullcline = (page: Page, partner: 0 | 1) =>
  plane(page).locator(`path.nullcline[data-partner="${partner}"]`);
const trajectoryLine = (page: Page) => plane(page).locator('path.trajectory-line');
const sentence = (page: Page) => plane(page).locator('p.dynamics-sentence');
const steadyStates = (page: Page) =>
  plane(page).getByRole('list', { name: 'Steady states' }).getByRole('listitem');
const slider = (page: Page, partner: string, label: string) =>
  page
    .getByRole('group', { name: new RegExp(`^How ${partner} moves`) })
    .getByRole('slider', { name: label });

describe('the Dynamics view', () => {
  test('loads its code only when the tab opens, and the address follows', async () => {
    const opened = await openDynamics('Secure cycle');
    try {
      expect(opened.before.filter((path) => /DynamicsView/.test(path))).toEqual([]);
      expect(opened.scripts.filter((path) => /DynamicsView/.test(path))).toHaveLength(1);
      expect(opened.page.url()).toMatch(/#\/pattern\/secure-cycle\/dynamics$/);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a click places a start and the trajectory is drawn to where it settles', async () => {
    const opened = await openDynamics('Secure cycle');
    const { page } = opened;
    try {
      expect(await axeViolations(page)).toEqual([]);
      await expect.poll(() => trajectoryLine(page).count()).toBe(0);
      // A quarter of the way in from the plane's bottom left: a harsh start for both.
      const surface = plane(page).getByRole('application', { name: /place a start/ });
      await surface.scrollIntoViewIfNeeded();
      const box = await surface.boundingBox();
      if (box === null) throw new Error('The phase plane is not on screen.');
      await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.75);
      await trajectoryLine(page).waitFor();
      // Drawn turn by turn, then whole: more than one step of the path.
      await expect
        .poll(() => trajectoryLine(page).getAttribute('data-drawn'), { timeout: 5000 })
        .toBe('whole');
      expect(
        ((await trajectoryLine(page).getAttribute('d')) ?? '').split('L').length,
      ).toBeGreaterThan(5);
      const clicked =
        /^From Noor −(1\d\.\d), Sam −(1\d\.\d), updating both at once: settles at Noor \d\.\d, Sam \d\.\d/.exec(
          (await sentence(page).textContent()) ?? '',
        );
      expect(clicked).not.toBeNull();
      // The screen reader hears the same, once.
      expect(await plane(page).getByRole('status').textContent()).toBe(
        await sentence(page).textContent(),
      );
      expect(await axeViolations(page)).toEqual([]);

      // The same from the keyboard: the crosshair starts where the click was; six points right
      // and six up (Shift), then Enter.
      await surface.focus();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowUp');
      await page.keyboard.press('Enter');
      const moved = (score: string) => (6 - Number(score)).toFixed(1).replace('-', '−');
      expect(await sentence(page).textContent()).toMatch(
        `From Noor ${moved(clicked![1]!)}, Sam ${moved(clicked![2]!)}, `,
      );

      // The other update draws the same start again, as a staircase.
      await page.getByRole('radio', { name: /^One after the other/ }).check();
      expect(await sentence(page).textContent()).toMatch(/updating one after the other: settles/);
      expect(await plane(page).locator('g.trajectory').getAttribute('data-update')).toBe(
        'sequential',
      );
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a pattern’s slider moves the nullcline on an unsaved copy; the vector field and a steady state’s eigenvalues', async () => {
    const opened = await openDynamics('Secure cycle');
    const { page } = opened;
    try {
      const before = await nullcline(page, 0).getAttribute('d');
      const steadyBefore = await steadyStates(page).count();
      // Each partner more moved by the other's negativity: from 0.25 and 0.20 to 0.60, a step of
      // 0.01 a key press.
      for (const [name, presses] of [
        ['Noor', 35],
        ['Sam', 40],
      ] as const) {
        const slope = slider(page, name, 'Moved by the other’s negativity');
        await slope.focus();
        for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
        expect(await slope.getAttribute('aria-valuetext')).toBe('0.60');
      }
      expect(await nullcline(page, 0).getAttribute('d')).not.toBe(before);
      // The attractor gains a saddle beyond which a talk runs away.
      expect(await steadyStates(page).count()).toBeGreaterThan(steadyBefore);
      expect(
        await plane(page).locator('.steady-state[data-kind="saddle"]').count(),
      ).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Reset to the pattern’s figures' }).click();
      await expect.poll(() => nullcline(page, 0).getAttribute('d')).toBe(before);

      await page.getByRole('switch', { name: /Vector field/ }).click();
      expect(await plane(page).locator('.vector-field line').count()).toBeGreaterThan(100);
      const [first] = await steadyStates(page).all();
      await first!.focus();
      await plane(page).locator('.steady-tip').waitFor();
      expect(await plane(page).locator('.steady-tip').textContent()).toMatch(/Eigenvalues/);
      expect(await axeViolations(page)).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a pattern’s explored figures are kept in a copy of one’s own, through a reload', async () => {
    const opened = await openDynamics('Secure cycle');
    const { page } = opened;
    try {
      const slope = slider(page, 'Sam', 'Moved by the other’s negativity');
      await slope.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      expect(await slope.getAttribute('aria-valuetext')).toBe('0.30');
      await page.getByRole('button', { name: 'Edit a copy with these figures' }).click();
      await page.getByRole('button', { name: 'Start mapping' }).click();
      await page.getByRole('tab', { name: 'Dynamics' }).click();
      expect(page.url()).toMatch(/#\/map\/[^/]+\/dynamics$/);
      const kept = slider(page, 'Sam', 'Moved by the other’s negativity');
      expect(await kept.getAttribute('aria-valuetext')).toBe('0.30');
      // Saved like any edit of one's own map: still there after a reload.
      await page.reload({ waitUntil: 'networkidle' });
      await plane(page).locator('path.nullcline').first().waitFor();
      expect(await kept.getAttribute('aria-valuetext')).toBe('0.30');
      await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Secure cycle', exact: true }).click();
      await page.getByRole('tab', { name: 'Dynamics' }).click();
      await plane(page).locator('path.nullcline').first().waitFor();
      // The pattern itself keeps its own figure.
      expect(await slope.getAttribute('aria-valuetext')).toBe('0.20');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('on one’s own map a slider is an undoable edit that moves the nullcline', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const tracked = await openTrackedPage(browser);
    const { page } = tracked;
    try {
      await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Protest Polka' }).click();
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.getByRole('button', { name: 'Start mapping' }).click();
      await page.getByRole('tab', { name: 'Dynamics' }).click();
      expect(page.url()).toMatch(/#\/map\/[^/]+\/dynamics$/);
      await nullcline(page, 0).waitFor();
      const before = await nullcline(page, 0).getAttribute('d');
      // The slider from the keyboard, as a person would move it: four steps of half a point.
      const setPoint = slider(page, 'Theo', 'Where they settle alone');
      await setPoint.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await setPoint.getAttribute('aria-valuetext')).toMatch(/^0\.0 on the scale/);
      expect(await nullcline(page, 0).getAttribute('d')).not.toBe(before);
      expect(await page.getByText(/not saved/).count()).toBe(0);
      await page.getByRole('button', { name: /Undo/ }).click();
      await expect.poll(() => nullcline(page, 0).getAttribute('d')).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      expect(tracked.consoleErrors).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});
