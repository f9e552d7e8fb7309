#!/usr/bin/env node
// Sums the test counts of Vitest's JSON reports (test-results/vitest-*.json) into one line.
//
//   node scripts/test-summary.mjs [report.json ...]
//
// A test file that failed before running any test (a syntax error, a failing import) counts as
// one failed test, so a broken file never reads as "0 failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ status: string, assertionResults?: { status: string }[] }} FileResult
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests?: number,
 *   numTodoTests?: number, testResults?: FileResult[] }} VitestJsonReport
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 */

export const RESULTS_DIR = 'test-results';

/**
 * @param {string} file a Vitest JSON report
 * @returns {Counts}
 */
export function countsOf(file) {
  /** @type {VitestJsonReport} */
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = (report.testResults ?? []).filter(
    (result) =>
      result.status === 'failed' &&
      !(result.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** @returns {string[]} */
export function defaultReports() {
  try {
    return readdirSync(RESULTS_DIR)
      .filter((name) => /^vitest-.*\.json$/.test(name))
      .sort()
      .map((name) => join(RESULTS_DIR, name));
  } catch {
    return [];
  }
}

/**
 * @param {string[]} files
 * @returns {Counts}
 */
export function sumReports(files) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) {
    const counts = countsOf(file);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

/** @param {Counts} counts */
export function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : defaultReports();
  const total = sumReports(files);
  console.log(closingLine(total));
  process.exit(total.failed > 0 ? 1 : 0);
}
