#!/usr/bin/env node
// `npm run bench`: every benchmark in one run, then one table of every figure held to a budget,
// each beside its budget with PASS or MISS. Each benchmark writes its figures to
// node_modules/.tmp/bench-results/<name>.json (scripts/benchResults.mjs); this script gathers them.
//
//   node scripts/bench-summary.mjs --run               run every benchmark, then print the table
//   node scripts/bench-summary.mjs --run frames memory run only those (names below), then the table
//   node scripts/bench-summary.mjs                     the table of the last run's figures
//
// A missed budget is a finding, not a failure: the run exits 1 only when a benchmark broke (it
// exited non-zero, or wrote no figures).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULTS_DIR } from './benchResults.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each benchmark, in the order `npm run bench` runs them, and the result files it writes. */
const BENCHES = Object.freeze([
  // The engine under Node; the repair-window benchmark writes windows.json itself.
  { name: 'engine', script: 'scripts/bench.mjs', results: ['windows', 'engine'] },
  { name: 'frames', script: 'scripts/bench-frames.mjs', results: ['frames'] },
  { name: 'editor', script: 'scripts/bench-editor.mjs', results: ['editor'] },
  { name: 'bundle', script: 'scripts/bench-bundle.mjs', results: ['bundle'] },
  {
    name: 'statechart',
    script: 'scripts/bench-statechart-browser.mjs',
    results: ['statechart-browser'],
  },
  { name: 'dynamics', script: 'scripts/bench-dynamics-browser.mjs', results: ['dynamics-browser'] },
  {
    name: 'windows',
    script: 'scripts/bench-windows-browser.mjs',
    results: ['windows-browser'],
  },
  { name: 'memory', script: 'scripts/bench-memory.mjs', results: ['memory'] },
  { name: 'lighthouse', script: 'scripts/bench-lighthouse.mjs', results: ['lighthouse'] },
]);

/**
 * @typedef {import('./benchResults.mjs').Figure} Figure
 * @typedef {{ name: string, script: string, results: string[] }} Bench
 */

/**
 * Runs one benchmark script with its output shown as it comes.
 * @param {string} script
 * @returns {Promise<string | null>} why it failed, or null
 */
function run(script) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => done(error.message));
    child.on('close', (code, signal) =>
      done(code === 0 ? null : `${signal ?? `exit code ${code}`}`),
    );
  });
}

/**
 * A result file's figures, or why there are none.
 * @param {string} name
 * @returns {{ figures: Figure[], when: Date } | { error: string }}
 */
function readResults(name) {
  const file = join(RESULTS_DIR, `${name}.json`);
  if (!existsSync(file)) return { error: 'no figures written' };
  try {
    const { figures } = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(figures)) return { error: 'no "figures" list' };
    // JSON has no NaN: a figure that could not be measured comes back as null.
    const read = figures.map((/** @type {Figure} */ f) => ({ ...f, value: f.value ?? NaN }));
    return { figures: read, when: statSync(file).mtime };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A figure in its unit, to a sensible precision.
 * @param {number} value
 * @param {Figure['unit']} unit
 */
function show(value, unit) {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'score':
      return value.toFixed(0);
    case 'ms':
      return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    case '':
      return value.toFixed(3);
    default:
      return `${value.toFixed(1)} ${unit}`;
  }
}

/**
 * A budget as it was set: "≤ 17 ms", "≥ 100".
 * @param {Figure} f
 */
const budgetOf = (f) =>
  `${f.unit === 'score' ? '≥' : '≤'} ${f.budget}${f.unit === 'score' || f.unit === '' ? '' : ` ${f.unit}`}`;

/**
 * Prints the table; returns how many figures passed and missed.
 * @param {{ bench: Bench, failure: string | null }[]} done the benchmarks to report
 */
function printTable(done) {
  /** @type {{ figure: string, value: string, budget: string, verdict: string }[]} */
  const rows = [];
  let passed = 0;
  let missed = 0;
  let broken = 0;
  for (const { bench, failure } of done) {
    if (rows.length > 0) rows.push({ figure: '', value: '', budget: '', verdict: '' });
    for (const name of bench.results) {
      const results = readResults(name);
      if ('error' in results) {
        broken++;
        const why = failure === null ? results.error : `${failure}, ${results.error}`;
        rows.push({
          figure: `${name}: did not finish (${why})`,
          value: '',
          budget: '',
          verdict: 'FAIL',
        });
        continue;
      }
      for (const f of results.figures) {
        if (f.pass) passed++;
        else missed++;
        rows.push({
          figure: f.name,
          value: show(f.value, f.unit),
          budget: budgetOf(f),
          verdict: f.pass ? 'PASS' : 'MISS',
        });
      }
    }
    if (failure !== null && bench.results.every((name) => !('error' in readResults(name)))) {
      broken++;
      rows.push({
        figure: `${bench.script} broke (${failure})`,
        value: '',
        budget: '',
        verdict: 'FAIL',
      });
    }
  }
  const width = {
    figure: Math.max(6, ...rows.map((r) => r.figure.length)),
    value: Math.max(5, ...rows.map((r) => r.value.length)),
    budget: Math.max(6, ...rows.map((r) => r.budget.length)),
  };
  const line = (/** @type {typeof rows[number]} */ r) =>
    [
      r.figure.padEnd(width.figure),
      r.value.padStart(width.value),
      r.budget.padStart(width.budget),
      r.verdict,
    ]
      .join('  ')
      .trimEnd();
  const [load1, load5] = loadavg();
  console.log(
    `\nEvery figure beside its budget (load average now ${load1?.toFixed(2)}, ` +
      `${load5?.toFixed(2)} over 5 min, on ${cpus().length} cores; timings come out worse on a busy machine)\n`,
  );
  console.log(line({ figure: 'Figure', value: 'Value', budget: 'Budget', verdict: '' }));
  console.log('-'.repeat(width.figure + width.value + width.budget + 12));
  for (const row of rows) console.log(line(row));
  console.log(
    `\n${passed} within budget · ${missed} missed` + (broken > 0 ? ` · ${broken} broke` : ''),
  );
  return { broken };
}

const args = process.argv.slice(2);
const running = args.includes('--run');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !BENCHES.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; the names are ${BENCHES.map((b) => b.name).join(', ')}.`,
  );
  process.exit(2);
}
const chosen = names.length === 0 ? BENCHES : BENCHES.filter((b) => names.includes(b.name));

/** @type {{ bench: Bench, failure: string | null }[]} */
const done = [];
if (running) {
  // Figures of an earlier run must not stand in for a benchmark that breaks in this one.
  for (const bench of chosen) {
    for (const name of bench.results) rmSync(join(RESULTS_DIR, `${name}.json`), { force: true });
  }
  for (const bench of chosen) {
    console.log(`\n=== ${bench.script} ===`);
    done.push({ bench, failure: await run(bench.script) });
  }
} else {
  const written = existsSync(RESULTS_DIR) ? readdirSync(RESULTS_DIR) : [];
  for (const bench of chosen) {
    if (bench.results.some((name) => written.includes(`${name}.json`))) {
      done.push({ bench, failure: null });
    }
  }
}
if (done.length === 0) {
  console.log('No figures from an earlier run: `npm run bench` runs the benchmarks.');
} else {
  const { broken } = printTable(done);
  process.exitCode = broken > 0 ? 1 : 0;
}
