#!/usr/bin/env node
// `npm run bench`: Lighthouse 12.8.2 on the built app (issue 12). Builds the app, serves the build
// with gzip on 127.0.0.1 and runs Lighthouse's CLI — mobile, its default simulated throttling (a
// slow 4G network and a 4× slower CPU) — with Debian's Chromium on the home page and on the Protest
// Polka's dance page, then prints the performance, accessibility and best-practices scores
// (budget: 100 each) and five metrics beside the thresholds Lighthouse itself calls good (its
// score of 0.9 for each metric on mobile). Where a score is under 100 it lists the audits that
// cost it. The reports stay in node_modules/.tmp/bench-lighthouse/ (JSON and HTML).
//
// Lighthouse's simulation scales the main-thread tasks it saw, so a busy or shared machine moves
// the scores from one run to the next (two points either way on this 2-core machine). As
// Lighthouse's own guidance on variability advises, each page is run several times (3, or
// LIGHTHOUSE_RUNS) and the median run, by its own `computeMedianRun`, is the one reported; every
// run's performance score is printed beside it. LIGHTHOUSE_PAGES=dance (or home) runs one page;
// LIGHTHOUSE_SAVE_TRACES=1 keeps each run's trace beside its report (Lighthouse's --save-assets).
//
// Lighthouse runs in a child process: it blocks its event loop for seconds at a time, which would
// stall the server if both ran in this one. Prints figures and exits 0 whether or not a budget is
// met; fails only if something breaks.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { figure, writeResults } from './benchResults.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { servedBuild } from './servedBuild.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench-lighthouse/dist');
const REPORT_DIR = join(ROOT, 'node_modules/.tmp/bench-lighthouse');
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
/** LIGHTHOUSE_PAGES=dance (or home, or both, comma-separated) runs only those pages. */
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',') ?? null;

const PAGES = Object.freeze([
  { name: 'Home page', slug: 'home', hash: '' },
  { name: 'Protest Polka dance', slug: 'dance', hash: '#/pattern/protest-polka' },
]);
const CATEGORIES = Object.freeze([
  { id: 'performance', name: 'performance' },
  { id: 'accessibility', name: 'accessibility' },
  { id: 'best-practices', name: 'best practices' },
]);
/**
 * Lighthouse's "good" on mobile for each metric (where its scoring curve gives 0.9).
 * @type {readonly { id: string, name: string, unit: 'ms' | '', budget: number }[]}
 */
const METRICS = Object.freeze([
  { id: 'first-contentful-paint', name: 'FCP', unit: 'ms', budget: 1800 },
  { id: 'largest-contentful-paint', name: 'LCP', unit: 'ms', budget: 2500 },
  { id: 'total-blocking-time', name: 'TBT', unit: 'ms', budget: 200 },
  { id: 'cumulative-layout-shift', name: 'CLS', unit: '', budget: 0.1 },
  { id: 'speed-index', name: 'Speed Index', unit: 'ms', budget: 3400 },
]);

/**
 * @typedef {{ score: number | null, title: string, numericValue?: number, displayValue?: string }} Audit
 * @typedef {{
 *   lighthouseVersion: string,
 *   environment: { hostUserAgent: string },
 *   runtimeError?: { code: string, message: string },
 *   runWarnings: string[],
 *   categories: Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>,
 *   audits: Record<string, Audit>,
 * }} Report
 */

/** Chromium's flags as one string for `--chrome-flags`, values with spaces quoted. */
const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS]
  .map((flag) => (flag.includes(' ') ? flag.replace(/=(.*)$/, '="$1"') : flag))
  .join(' ');

/**
 * Runs Lighthouse's CLI on one URL and reads its JSON report.
 * @param {string} url
 * @param {string} slug
 * @returns {Promise<Report>}
 */
function lighthouse(url, slug) {
  const base = join(REPORT_DIR, slug);
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--quiet',
    '--output=json',
    '--output=html',
    `--output-path=${base}`,
    `--only-categories=${CATEGORIES.map((c) => c.id).join(',')}`,
    `--chrome-flags=${chromeFlags}`,
    ...(process.env.LIGHTHOUSE_SAVE_TRACES ? ['--save-assets'] : []),
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        fail(new Error(`Lighthouse failed on ${url} (${signal ?? `exit ${code}`}):\n${stderr}`));
        return;
      }
      done(/** @type {Report} */ (JSON.parse(readFileSync(`${base}.report.json`, 'utf8'))));
    });
  });
}

/** @param {number} value @param {'ms' | ''} unit */
const show = (value, unit) => (unit === 'ms' ? `${value.toFixed(0)} ms` : value.toFixed(3));
/** @type {(met: boolean, text: string) => void} */
const verdict = (met, text) => console.log(`  ${met ? 'PASS' : 'MISS'}  ${text}`);

mkdirSync(REPORT_DIR, { recursive: true });
const [load1] = loadavg();
const server = await servedBuild(OUT_DIR, { gzip: true });
/** @type {import('./benchResults.mjs').Figure[]} */
const figures = [];
let failed = false;
try {
  for (const page of PAGES.filter((p) => ONLY === null || ONLY.includes(p.slug))) {
    const url = `${server.baseURL}${page.hash}`;
    const started = performance.now();
    /** @type {Report[]} */
    const runs = [];
    for (let run = 1; run <= RUNS; run += 1)
      runs.push(await lighthouse(url, `${page.slug}-${run}`));
    const report = /** @type {Report} */ (computeMedianRun(runs));
    const took = ((performance.now() - started) / 1000).toFixed(0);
    const slug = `${page.slug}-${runs.indexOf(report) + 1}`;
    const scores = runs.map((run) => Math.round((run.categories.performance?.score ?? NaN) * 100));
    console.log(
      `\nLighthouse ${report.lighthouseVersion}, mobile, simulated throttling: ${page.name} ` +
        `(${RUNS} runs in ${took} s; load average ${load1?.toFixed(2)} at the start)`,
    );
    console.log(`  ${report.environment.hostUserAgent}`);
    console.log(`  Performance in each run: ${scores.join(', ')}; the median run is reported`);
    console.log(`  Reports: ${relative(ROOT, join(REPORT_DIR, slug))}.report.{json,html}`);
    if (report.runtimeError !== undefined) {
      failed = true;
      console.error(`  Runtime error: ${report.runtimeError.code} ${report.runtimeError.message}`);
    }
    for (const warning of report.runWarnings) console.log(`  Warning: ${warning}`);
    for (const { id, name } of CATEGORIES) {
      const category = report.categories[id];
      const score = Math.round((category?.score ?? NaN) * 100);
      figures.push(figure(`Lighthouse ${page.name}: ${name}`, score, 'score', 100));
      verdict(score >= 100, `${name} ${Number.isFinite(score) ? score : '—'} (budget 100)`);
      // What cost the score: the weighted audits that did not pass.
      for (const ref of category?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (audit === undefined || audit.score === null || audit.score >= 1) continue;
        if (ref.weight === 0) continue;
        const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
        console.log(`          ${audit.title} (score ${audit.score.toFixed(2)})${value}`);
      }
    }
    for (const { id, name, unit, budget } of METRICS) {
      const value = report.audits[id]?.numericValue ?? NaN;
      figures.push(figure(`Lighthouse ${page.name}: ${name}`, value, unit, budget));
      verdict(value <= budget, `${name} ${show(value, unit)} (budget ${show(budget, unit)})`);
    }
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await server.close();
}
writeResults('lighthouse', figures);
process.exitCode = failed ? 1 : 0;
