// The Statechart view in real Chromium: elkjs stays off the home page and its worker starts only
// when the view opens; the chart follows playback (active states, the last arrow, the turn as a
// button), fits and lays out both ways, passes axe; and its exports are real files — the XState
// code runs in Node with xstate and plays the very frames the app showed.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { parseCycleMap, simulate, type CycleMap, type Frame } from '../../src/core';
import { axeViolations, launchBrowser, openTrackedPage, type TrackedPage } from './browser';

const ROOT = join(import.meta.dirname, '..', '..');
/** Downloads are saved here, inside the project, so an exported module's `import 'xstate'` resolves. */
const SAVED = join(ROOT, 'node_modules', '.tmp', 'e2e');
/** How many moments the exported machine is compared on (the start and this many TICKs). */
const STEPS = 12;
const TRIGGER = 'cyclemap.loop.partner0.trigger';

/** The Protest Polka as the app reads it (read in beforeAll). */
let polka: CycleMap | undefined;

let browser: Browser | undefined;

beforeAll(async () => {
  const parsed = parseCycleMap(await readFile(join(ROOT, 'models', 'protest-polka.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  polka = parsed.value;
  await mkdir(SAVED, { recursive: true });
  browser = await launchBrowser();
});

/** Every file a test saved, removed once the tests are done. */
const savedFiles: string[] = [];

afterAll(async () => {
  await browser?.close();
  await Promise.all(savedFiles.map((path) => rm(path, { force: true })));
});

interface Opened extends TrackedPage {
  /** Every script and worker URL the page asked for, in order. */
  readonly requested: string[];
  /** The URLs of the workers the page started, in order. */
  readonly workers: string[];
  /** What the home page had asked for before a map was opened. */
  readonly home: { readonly requested: string[]; readonly workers: string[] };
}

/** The home page, then the Protest Polka's Statechart tab, with the layout drawn. */
async function openStatechart(): Promise<Opened> {
  if (browser === undefined) throw new Error('Chromium did not start');
  const tracked = await openTrackedPage(browser, { acceptDownloads: true });
  const { page, context } = tracked;
  const requested: string[] = [];
  const workers: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(inject('baseURL'), { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Your maps' }).waitFor();
  const home = { requested: [...requested], workers: [...workers] };
  await page.getByRole('button', { name: 'Protest Polka' }).click();
  await page.getByRole('region', { name: 'Dance' }).waitFor();
  await page.getByRole('tab', { name: 'Statechart' }).click();
  await chart(page).locator('svg.statechart-svg').waitFor();
  return { ...tracked, requested, workers, home };
}

const chart = (page: Page) => page.getByRole('region', { name: 'Statechart' });

/** What the tests read off an element in the page (this project's types have no DOM). */
interface Attributed {
  getAttribute(name: string): string | null;
}

/** The ids of the states marked active, sorted. */
async function activeStates(page: Page): Promise<string[]> {
  const ids = await chart(page)
    .locator('[data-active="true"]')
    .evaluateAll((elements) =>
      (elements as unknown as Attributed[]).map((e) => e.getAttribute('data-state') ?? ''),
    );
  return ids.sort();
}

/** The partner's step the chart marks active, as `partnerN.step`, and whether it is marked flooded. */
async function activeStep(page: Page): Promise<{ step: string; flooded: boolean }> {
  const step = chart(page).locator('[data-kind="step"][data-active="true"]');
  await expect.poll(() => step.count()).toBe(1);
  const id = (await step.getAttribute('data-state')) ?? '';
  return {
    step: id.replace(/^cyclemap\.loop\./, ''),
    flooded: (await step.getAttribute('data-flooded')) === 'true',
  };
}

/** The "Turn N · Round M" counter beside the timeline. */
const counter = (page: Page) =>
  page.getByRole('group', { name: 'Playback' }).getByText(/^Turn \d+ · Round \d+$/);

/** The partner whose step a frame is on, as the chart names it (`partner0.trigger`). */
function stepOfFrame(frame: Frame): string {
  const loop = (frame.state as { loop: Record<string, string> }).loop;
  const [region, step] = Object.entries(loop)[0]!;
  return `${region}.${step}`;
}

async function saved(download: Download): Promise<string> {
  const path = join(SAVED, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  savedFiles.push(path);
  return path;
}

async function downloadOf(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart(page).getByRole('button', { name: button }).click(),
  ]);
  return download;
}

describe('the Statechart view', () => {
  test('loads elkjs only when opened, in a worker', async () => {
    const opened = await openStatechart();
    try {
      expect(opened.home.requested.length).toBeGreaterThan(0);
      expect(opened.home.requested.filter((url) => /elk/i.test(url))).toEqual([]);
      expect(opened.home.workers.filter((url) => /elk/i.test(url))).toEqual([]);
      // Opening the view started the layout's worker, and that is where elkjs came in.
      expect(opened.workers.filter((url) => /elkWorker/.test(url))).toHaveLength(1);
      expect(opened.requested.filter((url) => /elk/i.test(url)).length).toBeGreaterThan(0);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('follows playback: the active states, the last arrow, and the turn taken by a click', async () => {
    const opened = await openStatechart();
    const { page } = opened;
    try {
      expect(await activeStates(page)).toEqual(
        ['cyclemap.loop', 'cyclemap.loop.partner0', TRIGGER].sort(),
      );
      await expect.poll(() => counter(page).textContent()).toBe('Turn 0 · Round 1');
      expect(await axeViolations(page)).toEqual([]);

      await chart(page).getByRole('button', { name: 'Step forward' }).click();
      await expect.poll(() => counter(page).textContent()).toBe('Turn 1 · Round 1');
      expect(await activeStates(page)).not.toContain(TRIGGER);
      const last = chart(page).locator('[data-last="true"]');
      expect(await last.count()).toBe(1);
      expect(await last.getAttribute('data-source')).toBe(TRIGGER);
      const stepped = await activeStep(page);
      expect(stepped.step).toMatch(/^partner0\./);
      expect(await axeViolations(page)).toEqual([]);

      // The turn out of the active step is a button: clicking it moves the clock on.
      const turn = chart(page).getByRole('button', { name: /^Take the turn: / });
      expect(await turn.count()).toBe(1);
      expect(await turn.getAttribute('data-source')).toBe(`cyclemap.loop.${stepped.step}`);
      await turn.click();
      await expect.poll(() => counter(page).textContent()).toBe('Turn 2 · Round 1');
      expect(await chart(page).locator('[data-last="true"]').getAttribute('data-source')).toBe(
        `cyclemap.loop.${stepped.step}`,
      );
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a repair arrow asks whose repair and which, then tries it in the dance', async () => {
    const opened = await openStatechart();
    const { page } = opened;
    try {
      const reach = chart(page).getByRole('button', { name: /^Try a repair: REPAIR \[isReach\]/ });
      expect(await reach.count()).toBe(1);
      expect(await reach.getAttribute('data-source')).toBe('cyclemap.loop.partner0');
      expect(
        await chart(page)
          .getByRole('button', { name: /^Take a break: / })
          .count(),
      ).toBe(1);
      // Its label is the place to click: the arrow itself runs behind the states it passes.
      await reach.locator('.edge-label').click();
      const chooser = chart(page).getByRole('dialog', { name: 'Try a repair: whose, and which' });
      await chooser.waitFor();
      const names = polka!.partners.map((partner) => partner.name);
      const choices = await chooser.getByRole('button').allTextContents();
      // Each partner's reaching repairs, no break among them, and a way back.
      expect(choices.some((c) => c.startsWith(`${names[0]}’s soft reach`))).toBe(true);
      expect(choices.some((c) => c.startsWith(`${names[1]}’s soft reach`))).toBe(true);
      expect(choices.some((c) => /break/i.test(c))).toBe(false);
      expect(choices.at(-1)).toBe('Cancel');
      expect(await axeViolations(page)).toEqual([]);

      // Escape closes it and gives focus back to the arrow.
      await page.keyboard.press('Escape');
      await expect.poll(() => chooser.count()).toBe(0);
      expect(await chart(page).locator('[data-guard="isReach"]:focus').count()).toBe(1);

      // By keyboard this time: Enter opens it, with focus on the first choice.
      await page.keyboard.press('Enter');
      await chooser.waitFor();
      await chooser.getByRole('button', { name: `${names[0]}’s soft reach` }).click();
      await expect.poll(() => chooser.count()).toBe(0);
      // A soft reach at the calm start lands: the chart shows the repair path taken, and marks
      // both hops of it — the reach into the attempt, and on to the repair path.
      await expect.poll(() => activeStates(page)).toContain('cyclemap.repairing');
      const marked = await chart(page)
        .locator('[data-last="true"]')
        .evaluateAll((elements) =>
          (elements as unknown as Attributed[]).map((e) => e.getAttribute('data-guard')),
        );
      expect(marked.sort()).toEqual(['isReach', 'repairLanded']);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('fits to view, and lays out left to right and back', async () => {
    const opened = await openStatechart();
    const { page } = opened;
    try {
      const svg = chart(page).locator('svg.statechart-svg');
      const frame = chart(page).locator('.statechart-frame');
      const tools = chart(page).getByRole('group', { name: 'View of the statechart' });
      for (let i = 0; i < 3; i++) await tools.getByRole('button', { name: 'Zoom in' }).click();
      const frameWidth = (await frame.boundingBox())!.width;
      expect((await svg.boundingBox())!.width).toBeGreaterThan(frameWidth);

      await tools.getByRole('button', { name: 'Fit to view' }).click();
      await expect
        .poll(async () => (await svg.boundingBox())!.width)
        .toBeLessThanOrEqual(frameWidth);
      const fitted = (await svg.boundingBox())!;
      expect(fitted.height).toBeLessThanOrEqual(800 * 0.75 + 1);

      expect(await svg.getAttribute('data-direction')).toBe('down');
      const toggle = tools.getByRole('button', { name: 'Lay out left to right' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      const downViewBox = await svg.getAttribute('viewBox');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => svg.getAttribute('data-direction')).toBe('right');
      // A new layout, not the old one turned: the chart's own size changed.
      expect(await svg.getAttribute('viewBox')).not.toBe(downViewBox);
      expect(await activeStates(page)).toContain(TRIGGER);
      await toggle.click();
      await expect.poll(() => svg.getAttribute('data-direction')).toBe('down');
      expect(await svg.getAttribute('viewBox')).toBe(downViewBox);
      expect(await axeViolations(page)).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('the Statechart view’s exports', () => {
  test('the exported XState code runs in Node and plays the frames the app showed', async () => {
    const opened = await openStatechart();
    const { page } = opened;
    try {
      // What the app shows, moment by moment: the chart's active step (and its flood mark) in
      // the Statechart view, then the turn and both hearts in the Dance view.
      const shown: { step: string; flooded: boolean }[] = [await activeStep(page)];
      for (let i = 1; i <= STEPS; i++) {
        await chart(page).getByRole('button', { name: 'Step forward' }).click();
        await expect.poll(() => counter(page).textContent()).toMatch(new RegExp(`^Turn ${i} `));
        shown.push(await activeStep(page));
      }

      const download = await downloadOf(page, 'Export XState code');
      expect(download.suggestedFilename()).toBe('protest-polka.machine.mjs');
      const path = await saved(download);
      const code = await readFile(path, 'utf8');
      expect(code).not.toMatch(/from ['"](?!xstate['"])/);

      const exported = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as {
        machine: AnyStateMachine;
        frameOf: (snapshot: unknown) => Frame;
      };
      const { createActor } = await import('xstate');
      const actor = createActor(exported.machine, { input: { seed: 7 } }).start();
      const frames: Frame[] = [exported.frameOf(actor.getSnapshot())];
      for (let i = 0; i < STEPS; i++) {
        actor.send({ type: 'TICK' });
        frames.push(exported.frameOf(actor.getSnapshot()));
      }
      actor.stop();

      // The same frames as the app's own engine, for the same map and seed.
      expect(frames).toEqual(simulate(polka!, { seed: 7 }).frames.slice(0, STEPS + 1));
      // And the same as the app showed: the step the chart marked, and its flood mark.
      expect(shown).toEqual(
        frames.map((frame) => {
          const step = stepOfFrame(frame);
          const partner = Number(step.charAt('partner'.length));
          return { step, flooded: frame.partners[partner]!.flooded };
        }),
      );

      await page.getByRole('tab', { name: 'Dance' }).click();
      const dance = page.getByRole('region', { name: 'Dance' });
      await dance.waitFor();
      const timeline = dance.getByRole('slider', { name: 'Timeline' });
      for (let i = 0; i <= STEPS; i++) {
        await timeline.fill(String(i));
        const frame = frames[i]!;
        await expect
          .poll(() => counter(page).textContent())
          .toMatch(new RegExp(`^Turn ${frame.turn} `));
        const hearts = await dance
          .getByRole('meter')
          .evaluateAll((meters) =>
            (meters as unknown as Attributed[]).map((m) => Number(m.getAttribute('aria-valuenow'))),
          );
        expect(hearts, `moment ${i}`).toEqual(frame.partners.map((p) => Math.round(p.heartRate)));
      }
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('JSON, Mermaid, SVG and PNG download with the map’s name', async () => {
    const opened = await openStatechart();
    const { page } = opened;
    try {
      const json = await downloadOf(page, 'Export JSON');
      expect(json.suggestedFilename()).toBe('protest-polka-statechart.json');
      const config = JSON.parse(await readFile(await saved(json), 'utf8')) as {
        id: string;
        states: Record<string, unknown>;
      };
      expect(config.id).toBe('cyclemap');
      expect(Object.keys(config.states)).toEqual(
        expect.arrayContaining(['loop', 'reconnected', 'disengaged']),
      );

      const mermaid = await downloadOf(page, 'Export Mermaid');
      expect(mermaid.suggestedFilename()).toBe('protest-polka-statechart.mmd');
      expect(await readFile(await saved(mermaid), 'utf8')).toMatch(/^stateDiagram-v2\n/);

      const svgDownload = await downloadOf(page, 'Export SVG of the statechart');
      expect(svgDownload.suggestedFilename()).toBe('protest-polka-statechart.svg');
      const svg = await readFile(await saved(svgDownload), 'utf8');
      // Parsed on a blank page: the app's CSP (style-src 'self') would report the file's own
      // <style> as soon as the app's page parsed it.
      const blank = await opened.context.newPage();
      const check = await blank.evaluate<{
        error: boolean;
        title: string | null;
        width: number;
        scripts: number;
      }>(`(() => {
        const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror') !== null,
          title: root.querySelector(':scope > title')?.textContent ?? null,
          width: Number(root.getAttribute('width')),
          scripts: doc.querySelectorAll('script, foreignObject').length,
        };
      })()`);
      await blank.close();
      expect(check.error).toBe(false);
      expect(check.title).toBe('The statechart of “Protest Polka”');
      expect(check.scripts).toBe(0);
      expect(check.width).toBeGreaterThan(0);

      const pngDownload = await downloadOf(page, 'Export PNG of the statechart');
      expect(pngDownload.suggestedFilename()).toBe('protest-polka-statechart.png');
      const png = await readFile(await saved(pngDownload));
      expect(png.subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
      expect(png.readUInt32BE(16)).toBe(Math.round(check.width * 2));
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
