#!/usr/bin/env node
// `npm run bench` (fourth part): how much JavaScript a first visit loads. Builds the app, serves
// the build with `vite preview`, opens it in Debian's headless Chromium and records every script
// the page (and its workers) fetch: on the home page, then on a first dance (the Protest Polka
// from the home page's list). Sizes are the files' gzip sizes (zlib's default level, as a
// server would send them), so the figures do not depend on the preview server, which does not compress.
//
// Budgets (standing, from the project brief and issue 12): home page ≤ 110 kB gzipped, home page
// plus first dance ≤ 200 kB. Prints figures and exits 0 whether or not a budget is met; fails
// only if something breaks.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { figure, writeResults } from './benchResults.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { servedBuild } from './servedBuild.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench-bundle/dist');
const HOME_BUDGET_KB = 110;
const FIRST_DANCE_BUDGET_KB = 200;

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The gzip size of a built file, by its URL path.
 * @param {string} path
 */
function gzipSize(path) {
  const file = join(OUT_DIR, decodeURIComponent(path).replace(/^\/+/, ''));
  return gzipSync(readFileSync(file)).byteLength;
}

const server = await servedBuild(OUT_DIR);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
  headless: true,
});
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  /** @type {Set<string>} */
  const scripts = new Set();
  /** @type {string[]} */
  const errors = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.host === server.origin && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(server.baseURL, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Your maps' }).waitFor();
  const home = [...scripts];
  await page.getByRole('button', { name: 'Protest Polka' }).click();
  await page.getByRole('region', { name: 'Dance' }).waitFor();
  await page.waitForLoadState('networkidle');
  const dance = [...scripts].filter((path) => !home.includes(path));

  /** @param {string[]} paths */
  const total = (paths) => paths.reduce((sum, path) => sum + gzipSize(path), 0);
  /** @param {string[]} paths */
  const list = (paths) =>
    paths
      .map((path) => ({ path, size: gzipSize(path) }))
      .sort((a, b) => b.size - a.size)
      .map(({ path, size }) => `    ${kb(size).padStart(9)}  ${path.replace(/^\/assets\//, '')}`)
      .join('\n');
  const homeBytes = total(home);
  const firstDance = homeBytes + total(dance);
  console.log(`\nJavaScript loaded (gzip) — build in ${relative(ROOT, OUT_DIR)}`);
  console.log(`  Home page           ${kb(homeBytes)} in ${home.length} files`);
  console.log(list(home));
  console.log(`  First dance adds    ${kb(total(dance))} in ${dance.length} files`);
  console.log(list(dance));
  /** @type {(met: boolean, text: string) => void} */
  const verdict = (met, text) => console.log(`  ${met ? 'PASS' : 'MISS'}  ${text}`);
  verdict(
    homeBytes <= HOME_BUDGET_KB * 1000,
    `home page ≤ ${HOME_BUDGET_KB} kB (${kb(homeBytes)})`,
  );
  verdict(
    firstDance <= FIRST_DANCE_BUDGET_KB * 1000,
    `home page and first dance ≤ ${FIRST_DANCE_BUDGET_KB} kB (${kb(firstDance)})`,
  );
  writeResults('bundle', [
    figure('JavaScript, home page (gzip)', homeBytes / 1000, 'kB', HOME_BUDGET_KB),
    figure(
      'JavaScript, home page + first dance (gzip)',
      firstDance / 1000,
      'kB',
      FIRST_DANCE_BUDGET_KB,
    ),
  ]);
  if (errors.length > 0) {
    failed = true;
    console.error(`  Page errors: ${errors.join('; ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
