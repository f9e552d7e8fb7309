#!/usr/bin/env node
// `npm run bench`: memory (issue 12). Builds the app, serves the build with `vite preview`, opens
// it in Debian's headless Chromium and, in one page as a person would, opens each built-in pattern
// from the home page and plays its dance to the end twice at the fastest speed the app offers
// (the dance's own timers and transitions, as on screen). After each round it forces garbage
// collection (CDP HeapProfiler.collectGarbage, twice) and reads the page's JS heap in use (CDP
// Runtime.getHeapUsage; 1 MB = 1,000,000 bytes).
//
// Budgets: ≤ 30 MB after each round, and no growth from the first round to the second, within
// GROWTH_TOLERANCE_MB (why that much: see its comment); `--rounds N` plays each dance N times.
// Prints figures and exits 0 whether or not a budget is met; fails only if something breaks (the
// build, the browser, the page, or a console error).
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { figure, writeResults } from './benchResults.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { servedBuild } from './servedBuild.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench-memory/dist');
const BUDGET_MB = 30;
// Two readings at rest agree to the kB, but from one round of a dance to the next the heap after
// collection moves by a few hundred kB without a leak (V8 compiles functions lazily, and the forced
// collections age and flush bytecode): over 4 rounds of Freeze and Flee it rose 0.24 MB, then fell
// 0.07 MB at rest. A leak keeps growing round after round and stays when the dance closes:
// `--rounds 4` tells the two apart, and the home page's heap after every dance is printed too.
const GROWTH_TOLERANCE_MB = 0.5;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Math.max(2, Number(process.argv[roundsArg + 1]) || 2) : 2;

/** The built-in patterns, by the titles the home page lists. */
const PATTERNS = readdirSync(join(ROOT, 'models'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const { id, title } = JSON.parse(readFileSync(join(ROOT, 'models', name), 'utf8'));
    return { id: String(id), title: String(title) };
  });

/** @param {number} mb */
const fmt = (mb) => `${mb.toFixed(2)} MB`;
/** @type {(met: boolean, text: string) => void} */
const verdict = (met, text) => console.log(`  ${met ? 'PASS' : 'MISS'}  ${text}`);
/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * The JS heap in use after a full garbage collection, in MB.
 * @param {import('playwright-core').CDPSession} cdp
 */
async function heapAfterGC(cdp) {
  // Twice: the first collection can leave objects that only become garbage once finalizers ran.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * The page's DOM nodes and event listeners (CDP Performance.getMetrics), to tell what a growing
 * heap holds.
 * @param {import('playwright-core').CDPSession} cdp
 */
async function domCounts(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  /** @param {string} name */
  const read = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return `${read('Nodes')} nodes, ${read('JSEventListeners')} listeners`;
}

/**
 * Plays the open dance from its start to its end, at the speed already chosen.
 * @param {import('playwright-core').Locator} dance
 * @returns {Promise<{ moments: number, ms: number }>}
 */
async function playToEnd(dance) {
  const restart = dance.getByRole('button', { name: 'Restart' });
  if (await restart.isEnabled()) await restart.click();
  const timeline = dance.getByRole('slider', { name: 'Timeline' });
  const last = Number(await timeline.getAttribute('max'));
  const started = performance.now();
  await dance.getByRole('button', { name: 'Play' }).click();
  // The page's CSP forbids the eval page.waitForFunction uses: poll from here.
  const deadline = started + 5 * 60_000;
  while (Number(await timeline.inputValue()) < last) {
    if (performance.now() > deadline) throw new Error(`the dance did not reach moment ${last}`);
    await sleep(200);
  }
  await dance.getByRole('button', { name: 'Play' }).waitFor();
  return { moments: last + 1, ms: performance.now() - started };
}

const started = performance.now();
const [load1] = loadavg();
const server = await servedBuild(OUT_DIR);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
  headless: true,
});
/** @type {import('./benchResults.mjs').Figure[]} */
const figures = [];
/** @type {string[]} */
const consoleErrors = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Performance.enable');

  await page.goto(server.baseURL, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Your maps' }).waitFor();
  const home = await heapAfterGC(cdp);
  console.log(
    `\nJS heap in use after garbage collection, each built-in dance played to its end ` +
      `${ROUNDS} times (Chromium ${browser.version()}, load average ${load1?.toFixed(2)})`,
  );
  console.log(`  Home page at rest   ${fmt(home)}`);
  for (const { title } of PATTERNS) {
    await page.getByRole('button', { name: title, exact: true }).click();
    const dance = page.getByRole('region', { name: 'Dance' });
    await dance.waitFor();
    const speed = dance.getByLabel('Speed');
    // The options read "0.5×", "1×"…: the fastest the app offers.
    const speeds = (await speed.locator('option').allTextContents()).map(parseFloat);
    const fastest = Math.max(...speeds);
    await speed.selectOption(String(fastest));
    /** @type {number[]} */
    const heaps = [];
    /** @type {string[]} */
    const played = [];
    /** @type {string[]} */
    const doms = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { moments, ms } = await playToEnd(dance);
      heaps.push(await heapAfterGC(cdp));
      doms.push(await domCounts(cdp));
      played.push(`${moments} moments in ${(ms / 1000).toFixed(1)} s`);
    }
    const [first = NaN, second = NaN, ...more] = heaps;
    const growth = second - first;
    console.log(`  ${title} (${fastest}×; ${played.join(', then ')})`);
    console.log(
      `    after round 1 ${fmt(first)} · after round 2 ${fmt(second)} · ` +
        `growth ${growth >= 0 ? '+' : ''}${fmt(growth)}`,
    );
    if (more.length > 0) console.log(`    later rounds ${more.map(fmt).join(' · ')}`);
    console.log(`    DOM after each round: ${doms.join(' · ')}`);
    verdict(Math.max(first, second) <= BUDGET_MB, `≤ ${BUDGET_MB} MB after each round`);
    verdict(growth <= GROWTH_TOLERANCE_MB, `no growth (tolerance ${fmt(GROWTH_TOLERANCE_MB)})`);
    figures.push(figure(`Memory ${title}: JS heap after round 1`, first, 'MB', BUDGET_MB));
    figures.push(figure(`Memory ${title}: JS heap after round 2`, second, 'MB', BUDGET_MB));
    figures.push(figure(`Memory ${title}: growth round 1 → 2`, growth, 'MB', GROWTH_TOLERANCE_MB));
    await page.getByRole('button', { name: 'Back to all cycles' }).click();
    await page.getByRole('heading', { name: 'Your maps' }).waitFor();
  }
  const back = await heapAfterGC(cdp);
  console.log(`  Home page again     ${fmt(back)} (after all ${PATTERNS.length} dances)`);
  if (consoleErrors.length === 0) console.log('  Console errors      none');
  else for (const error of consoleErrors) console.log(`  Console error: ${error}`);
} finally {
  await browser.close();
  await server.close();
}
writeResults('memory', figures);
console.log(`\nMemory benchmark done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = consoleErrors.length > 0 ? 1 : 0;
