#!/usr/bin/env node
// The repair-window analysis in headless Chromium, through the real app (issue 12): builds the
// app, serves it, and for each built-in map opens its dance and times the analysis from a click to
// the sentence about the best window — the app's own pool of workers, one per logical core.
//   - first: the analysis switched on in a fresh page as soon as its switch is on screen (the pool
//     starts once the switch is painted, so its start and its workers' first run, not yet
//     compiled by V8, are both in this figure);
//   - warm: the "Therapist present" switch, flipped four times, each a new analysis of that map
//     on the pool's warm workers; the median is held to the budget, as is the first.
// Budget (issue 12): ≤ 300 ms for each built-in map. Prints figures and exits 0 whether or not
// they are met; fails only if something breaks. Writes the figures to
// node_modules/.tmp/bench-results/windows-browser.json. Other work on the machine slows it down:
// the load average is printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { servedBuild } from './servedBuild.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench-windows/dist');
const RESULTS = join(ROOT, 'node_modules/.tmp/bench-results/windows-browser.json');
const BUDGET_MS = 300;
const FLIPS = 4;
const MAPS = Object.freeze([
  'Protest Polka',
  'Find the Bad Guy',
  'Freeze and Flee',
  'Fearful-avoidant flip',
  'Secure cycle',
]);

/**
 * In the page, as `globalThis.__timeAnalysis(control)`: clicks the control and resolves with the ms
 * until the panel shows the best-window sentence again after the analysis ran (its progress
 * shown, then the sentence).
 */
const TIME_ANALYSIS = `globalThis.__timeAnalysis = (control) => new Promise((resolve) => {
  let running = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.windows-progress') !== null) running = true;
    if (running && document.querySelector('[data-best-window]') !== null) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const started = performance.now();
  control.click();
})`;

/**
 * The analysis timed from a click on this switch (in the page, see TIME_ANALYSIS).
 * @param {import('playwright-core').Locator} control
 * @returns {Promise<number>}
 */
const time = (control) =>
  control.evaluate((element) =>
    /** @type {{ __timeAnalysis: (control: unknown) => Promise<number> }} */ (
      /** @type {unknown} */ (globalThis)
    ).__timeAnalysis(element),
  );

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** @param {number} value */
const ms = (value) => `${value.toFixed(0)} ms`;

const server = await servedBuild(OUT_DIR);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
  headless: true,
});
/** @type {{ name: string, value: number, unit: 'ms', budget: number, pass: boolean }[]} */
const figures = [];
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.baseURL, { waitUntil: 'networkidle' });
  const cores = await page.evaluate('navigator.hardwareConcurrency');
  console.log(
    `\nRepair windows in headless Chromium, ${cores} logical cores (load average ${loadavg()[0]?.toFixed(2)})`,
  );
  for (const title of MAPS) {
    await page.goto(server.baseURL, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: title }).click();
    const dance = page.getByRole('region', { name: 'Dance' });
    await dance.waitFor();
    const drawer = dance.locator('details.repair-drawer');
    if ((await drawer.count()) > 0 && (await drawer.getAttribute('open')) === null)
      await drawer.locator('summary').click();
    const windows = dance.getByRole('switch', { name: 'Repair windows' });
    await windows.waitFor();
    const therapist = dance.getByRole('switch', { name: 'Therapist present' });
    // Each map in a fresh page: the first analysis of a page, on workers that have run nothing yet.
    await page.evaluate(TIME_ANALYSIS);
    const first = await time(windows);
    /** @type {number[]} */
    const warm = [];
    for (let flip = 0; flip < FLIPS; flip++) warm.push(await time(therapist));
    const warmMedian = median(warm);
    console.log(
      `  ${title.padEnd(22)} warm median ${ms(warmMedian)} (${warm.map((v) => v.toFixed(0)).join(', ')} ms)` +
        ` · first in a fresh page ${ms(first)} (clicked as the switch appeared)`,
    );
    figures.push({
      name: `Repair windows in Chromium (${cores} cores), ${title}: warm median`,
      value: Math.round(warmMedian),
      unit: 'ms',
      budget: BUDGET_MS,
      pass: warmMedian <= BUDGET_MS,
    });
    figures.push({
      name: `Repair windows in Chromium (${cores} cores), ${title}: first in a fresh page`,
      value: Math.round(first),
      unit: 'ms',
      budget: BUDGET_MS,
      pass: first <= BUDGET_MS,
    });
  }
  for (const { name, value, budget, pass } of figures)
    console.log(`  ${pass ? 'PASS' : 'MISS'}  ${name}: ${ms(value)} against ${ms(budget)}`);
  if (errors.length > 0) {
    failed = true;
    console.error(`  Page errors: ${errors.join('; ')}`);
  }
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ figures }, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
