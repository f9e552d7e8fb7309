// Mapping your own cycle in real Chromium: edit a copy of a pattern, reload and find every word;
// Back and Forward between views; undo across a view change; and storage refused.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, launchBrowser, openTrackedPage } from './browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function editACopyOfThePolka(page: Page): Promise<void> {
  await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Protest Polka' }).click();
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('button', { name: 'Start mapping' }).click();
}

const partner1 = (page: Page) => page.getByRole('group', { name: /^Partner 1/ });

test('a copy of a pattern, edited, is all there after a reload; Back and Forward move between views', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    await editACopyOfThePolka(page);
    expect(page.url()).toMatch(/#\/map\/[^/]+$/);
    const trigger = partner1(page).getByRole('textbox', { name: 'Trigger' });
    await trigger.fill('Priya sighs and looks at her phone');
    await page.waitForTimeout(900);
    await page.reload({ waitUntil: 'networkidle' });
    await expect
      .poll(() => partner1(page).getByRole('textbox', { name: 'Trigger' }).inputValue())
      .toBe('Priya sighs and looks at her phone');

    await page.getByRole('tab', { name: 'Dance' }).click();
    expect(page.url()).toMatch(/\/dance$/);
    await page.getByRole('region', { name: 'Dance' }).waitFor();
    await page.goBack();
    await page.getByRole('tab', { name: 'Map', selected: true }).waitFor();
    await page.goForward();
    await page.getByRole('tab', { name: 'Dance', selected: true }).waitFor();

    await page.getByRole('button', { name: 'Back to all maps' }).click();
    const yours = page.getByRole('list', { name: 'Your maps' });
    await expect
      .poll(() => yours.getByRole('link').allTextContents())
      .toEqual(['Protest Polka (our copy)']);
    expect(tracked.consoleErrors).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await tracked.close();
  }
});

test('a new map, both partners filled in, is all there after a reload; Back and Forward work', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'New map' }).click();
    await page.getByRole('button', { name: 'Start mapping' }).click();
    const words = {
      1: { Name: 'Sam', Trigger: 'Lee looks at the phone', Move: 'I push for an answer' },
      2: { Name: 'Lee', Trigger: 'Sam’s voice rises', Move: 'I go quiet and leave the room' },
    } as const;
    const partner = (n: 1 | 2) => page.getByRole('group', { name: new RegExp(`^Partner ${n}`) });
    await page.getByRole('textbox', { name: 'Title' }).fill('Sam and Lee, weeknights');
    for (const n of [1, 2] as const)
      for (const [field, text] of Object.entries(words[n]))
        await partner(n).getByRole('textbox', { name: field, exact: true }).fill(text);
    await page.waitForTimeout(900);
    await page.reload({ waitUntil: 'networkidle' });
    for (const n of [1, 2] as const)
      for (const [field, text] of Object.entries(words[n]))
        await expect
          .poll(() => partner(n).getByRole('textbox', { name: field, exact: true }).inputValue())
          .toBe(text);

    await page.getByRole('tab', { name: 'Dance' }).click();
    await page.getByRole('region', { name: 'Dance' }).waitFor();
    await page.goBack();
    await page.getByRole('tab', { name: 'Map', selected: true }).waitFor();
    await page.goForward();
    await page.getByRole('tab', { name: 'Dance', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Back to all maps' }).click();
    await expect
      .poll(() =>
        page.getByRole('list', { name: 'Your maps' }).getByRole('listitem').allTextContents(),
      )
      .toEqual([expect.stringContaining('Sam and Lee, weeknightsSam and Lee')]);
    expect(tracked.consoleErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await tracked.close();
  }
});

test('undo reaches back across a change of view', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    await editACopyOfThePolka(page);
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Our Sunday loop');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Our Sunday loop');
    await page.getByRole('tab', { name: 'Dance' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Protest Polka (our copy)');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Our Sunday loop');
  } finally {
    await tracked.close();
  }
});

test('when storage is refused, the page says the map is not being saved, and Download map still works', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    // As in a private window that refuses storage: opening the database throws.
    await page.addInitScript({
      content: `IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };`,
    });
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
    const alert = page.getByRole('alert').filter({ hasText: 'not being saved' });
    await expect.poll(() => alert.textContent()).toMatch(/not being saved on this device/);
    await page.getByRole('button', { name: 'New map' }).click();
    await page.getByRole('button', { name: 'Start mapping' }).click();
    await partner1(page).getByRole('textbox', { name: 'Trigger' }).fill('a closed door');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download map' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.cyclemap\.json$/);
    expect(await alert.textContent()).toMatch(/not being saved on this device/);
  } finally {
    await tracked.close();
  }
});

test('Quick exit leaves from deep in the app, and Back does not return to it', async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser);
  try {
    const { page } = tracked;
    await page.goto('about:blank');
    await editACopyOfThePolka(page);
    await page.getByRole('tab', { name: 'Dance' }).click();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL('about:blank');
    await page.goBack().catch(() => null);
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain(inject('baseURL'));
  } finally {
    await tracked.close();
  }
});
