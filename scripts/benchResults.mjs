// The figures each benchmark of `npm run bench` hands to the final table (scripts/bench-summary.mjs):
// one JSON file a benchmark, node_modules/.tmp/bench-results/<name>.json, holding
// `{ "figures": [{ "name", "value", "unit", "budget", "pass" }] }`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = join(ROOT, 'node_modules/.tmp/bench-results');

/**
 * @typedef {'ms' | 'kB' | '%' | 'MB' | 'score' | ''} Unit  '' is a plain number (Lighthouse's CLS)
 * @typedef {{ name: string, value: number, unit: Unit, budget: number, pass: boolean }} Figure
 */

/**
 * A figure beside its budget. A budget is a ceiling, except for scores, which must reach it.
 * A figure that could not be measured (NaN) misses its budget.
 * @param {string} name
 * @param {number} value
 * @param {Unit} unit
 * @param {number} budget
 * @returns {Figure}
 */
export function figure(name, value, unit, budget) {
  const pass = Number.isFinite(value) && (unit === 'score' ? value >= budget : value <= budget);
  return { name, value, unit, budget, pass };
}

/**
 * Writes a benchmark's figures for the final table.
 * @param {string} bench the file's name, without `.json`
 * @param {Figure[]} figures
 */
export function writeResults(bench, figures) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // JSON has no NaN: a figure that could not be measured is written as null.
  const file = join(RESULTS_DIR, `${bench}.json`);
  writeFileSync(file, `${JSON.stringify({ figures }, null, 2)}\n`);
}
