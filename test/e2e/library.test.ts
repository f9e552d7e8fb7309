// The library in real Chromium, with its real IndexedDB and BroadcastChannel: two tabs on one map
// lose no edit; good, bad, newer-version, duplicate-id and hostile files coming in (chosen or
// dropped); delete and undo; restoring an earlier version.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

const partner1 = (page: Page) => page.getByRole('group', { name: /^Partner 1/ });
const trigger = (page: Page) => partner1(page).getByRole('textbox', { name: 'Trigger' });
const yourMaps = (page: Page) => page.getByRole('list', { name: 'Your maps' }).getByRole('link');

async function editACopyOfThePolka(page: Page): Promise<void> {
  await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Protest Polka' }).click();
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('button', { name: 'Start mapping' }).click();
  await trigger(page).waitFor();
}

function requireBrowser(): Browser {
  if (browser === undefined) throw new Error('Chromium did not start');
  return browser;
}

test('two tabs on one map: a tab follows the other’s saves, and edits made in both at once are all kept', async () => {
  const tracked = await openTrackedPage(requireBrowser());
  try {
    const { page: a, context } = tracked;
    await editACopyOfThePolka(a);
    const b = await context.newPage();
    await b.goto(a.url(), { waitUntil: 'networkidle' });
    await trigger(b).waitFor();

    // A tab only showing the map follows the other tab's saved edit.
    await trigger(a).fill('Priya sighs at her phone');
    await expect.poll(() => trigger(b).inputValue()).toBe('Priya sighs at her phone');

    // Both type before either has saved: one saves, the other keeps its words and says so.
    await trigger(a).fill('typed in tab A');
    await trigger(b).fill('typed in tab B');
    const alertIn = (page: Page) =>
      page.getByRole('alert').filter({ hasText: 'was changed in another tab or window' });
    await expect.poll(async () => (await alertIn(a).count()) + (await alertIn(b).count())).toBe(1);
    const loser = (await alertIn(a).count()) === 1 ? a : b;
    const winner = loser === a ? b : a;
    const kept = await trigger(loser).inputValue();
    const saved = await trigger(winner).inputValue();
    expect(kept).not.toBe(saved);

    await loser.getByRole('button', { name: 'Keep my changes as a copy' }).click();
    await expect.poll(() => trigger(loser).inputValue()).toBe(kept);
    expect(await alertIn(loser).count()).toBe(0);

    // Nothing was lost: after a reload, both versions are in the library.
    await loser.waitForTimeout(900);
    await winner.getByRole('button', { name: 'Back to all maps' }).click();
    await expect
      .poll(() => yourMaps(winner).allTextContents())
      .toEqual(
        expect.arrayContaining([
          'Protest Polka (our copy)',
          'Protest Polka (our copy) (kept from this window)',
        ]),
      );
    for (const title of [
      'Protest Polka (our copy)',
      'Protest Polka (our copy) (kept from this window)',
    ]) {
      await winner.getByRole('link', { name: title, exact: true }).click();
      const expected = title.endsWith('window)') ? kept : saved;
      await expect.poll(() => trigger(winner).inputValue()).toBe(expected);
      await winner.getByRole('button', { name: 'Back to all maps' }).click();
    }
    expect(tracked.consoleErrors).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
  } finally {
    await tracked.close();
  }
});

/** The built-in Protest Polka's file, to make other files from. */
function polkaText(): string {
  return readFileSync(
    fileURLToPath(new URL('../../models/protest-polka.json', import.meta.url)),
    'utf8',
  );
}

test('files coming in: each bad one named with its reason, good ones added as copies, nothing run', async () => {
  const tracked = await openTrackedPage(requireBrowser());
  try {
    const { page } = tracked;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await editACopyOfThePolka(page);
    const ownId = /#\/map\/([^/]+)/.exec(page.url())![1]!;
    await trigger(page).fill('our own words');
    await page.waitForTimeout(900);
    await page.getByRole('button', { name: 'Back to all maps' }).click();

    const polka = JSON.parse(polkaText()) as Record<string, unknown>;
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    const hostile = {
      ...polka,
      id: 'hostile',
      title: '<img src=x onerror="alert(1)">',
      partners: (polka.partners as Record<string, unknown>[]).map((partner, index) =>
        index === 0 ? { ...partner, name: '<script>alert(2)</script>' } : partner,
      ),
    };
    const files = [
      {
        name: 'good.cyclemap.json',
        mimeType: 'application/json',
        buffer: json({ ...polka, id: 'good', title: 'A good map' }),
      },
      {
        name: 'same-id.cyclemap.json',
        mimeType: 'application/json',
        buffer: json({ ...polka, id: ownId, title: 'Same id as ours' }),
      },
      {
        name: 'hostile.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify(hostile).replace('{', '{"__proto__":{"polluted":true},'),
        ),
      },
      {
        name: '<img src=x onerror=alert(3)>.json',
        mimeType: 'application/json',
        buffer: Buffer.from('not json'),
      },
      {
        name: 'newer.cyclemap.json',
        mimeType: 'application/json',
        buffer: json({ ...polka, version: 99 }),
      },
      {
        name: 'deep.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      },
      {
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`"${'x'.repeat(2 * 1024 * 1024)}"`),
      },
    ];
    await page.getByLabel('Open a map file…').setInputFiles(files);

    const problems = page.getByRole('alert').getByRole('listitem');
    await expect.poll(() => problems.count()).toBe(4);
    const sentences = await problems.allTextContents();
    expect(sentences[0]).toMatch(
      /^“<img src=x onerror=alert\(3\)>\.json”: This file isn't valid JSON/,
    );
    expect(sentences[1]).toMatch(/^“newer\.cyclemap\.json”: .*newer Cyclemap/);
    expect(sentences[2]).toMatch(/^“deep\.json”: .*nests its data more than 32 levels/);
    expect(sentences[3]).toMatch(/^“huge\.json”: .*more than the 1 MiB a cycle map may be/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Added 3 maps' }).count())
      .toBe(1);

    // Reload: the three good maps are stored beside ours; ours is unchanged.
    await page.waitForTimeout(900);
    await page.reload({ waitUntil: 'networkidle' });
    await expect
      .poll(async () => (await yourMaps(page).allTextContents()).sort())
      .toEqual([
        '<img src=x onerror="alert(1)">',
        'A good map',
        'Protest Polka (our copy)',
        'Same id as ours',
      ]);
    await page.getByRole('link', { name: 'Protest Polka (our copy)' }).click();
    await expect.poll(() => trigger(page).inputValue()).toBe('our own words');

    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(tracked.consoleErrors).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
  } finally {
    await tracked.close();
  }
});

test('map files dropped onto the page come in too', async () => {
  const tracked = await openTrackedPage(requireBrowser());
  try {
    const { page } = tracked;
    await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
    const text = polkaText().replace('"Protest Polka"', '"Dropped map"');
    // As a person dragging a file from their desktop: a DataTransfer holding the file.
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(text)}], 'dropped.cyclemap.json', { type: 'application/json' }));
      const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
      document.body.dispatchEvent(new DragEvent('dragover', init));
      document.body.dispatchEvent(new DragEvent('drop', init));
    })()`);
    await page.getByRole('heading', { level: 1, name: 'Dropped map' }).waitFor();
    expect(page.url()).toMatch(/\/dance$/);
    expect(tracked.consoleErrors).toEqual([]);
  } finally {
    await tracked.close();
  }
});

test('delete, undo; and an earlier version restored', async () => {
  const tracked = await openTrackedPage(requireBrowser());
  try {
    const { page } = tracked;
    await editACopyOfThePolka(page);
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Our Sunday loop');
    await page.waitForTimeout(900);

    // The version the edit replaced is kept; restoring it brings the old title back.
    await page.locator('summary', { hasText: 'Earlier versions' }).click();
    const versions = page.getByRole('list', { name: 'Earlier versions of this map' });
    await versions
      .getByRole('button', { name: /^Restore this version, from / })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Protest Polka (our copy)');
    await page.waitForTimeout(900);

    await page.getByRole('button', { name: 'Back to all maps' }).click();
    await page.getByRole('button', { name: 'Delete “Protest Polka (our copy)”' }).click();
    await expect.poll(() => yourMaps(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => yourMaps(page).allTextContents()).toEqual(['Protest Polka (our copy)']);
    await page.waitForTimeout(900);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => yourMaps(page).allTextContents()).toEqual(['Protest Polka (our copy)']);
    expect(await axeViolations(page)).toEqual([]);
    expect(tracked.consoleErrors).toEqual([]);
  } finally {
    await tracked.close();
  }
});
