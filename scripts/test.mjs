#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line `N passed, N failed`.
//
// Steps go on after a failure so one run reports everything; a step whose prerequisite failed
// (the browser tests without Chromium, the e2e tests without a build) is skipped and counted as
// failed. Each failed check that is not a test (typecheck, lint, format, build) counts as one
// failure in the closing line, so it never reads "0 failed" when the run failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR, closingLine, countsOf } from './test-summary.mjs';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/**
 * @typedef {{ name: string, command: string[], report?: string, needs?: string[] }} Step
 */

/** @param {...string} projects @returns {string[]} */
const vitest = (...projects) => {
  const report = join(RESULTS_DIR, `vitest-${projects.join('+')}.json`);
  return [
    'npx',
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
};

/** @type {Step[]} */
const STEPS = [
  { name: 'chromium', command: ['node', 'scripts/ensure-chromium.mjs'] },
  { name: 'typecheck', command: ['npx', 'tsc', '-b'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  {
    name: 'unit+app tests',
    command: vitest('unit', 'app'),
    report: join(RESULTS_DIR, 'vitest-unit+app.json'),
  },
  { name: 'build', command: ['npx', 'vite', 'build'] },
  {
    name: 'story tests',
    command: vitest('stories'),
    report: join(RESULTS_DIR, 'vitest-stories.json'),
    needs: ['chromium'],
  },
  {
    name: 'e2e tests',
    command: vitest('e2e'),
    report: join(RESULTS_DIR, 'vitest-e2e.json'),
    needs: ['chromium', 'build'],
  },
];

rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

/** @type {Map<string, 'ok' | 'failed' | 'skipped'>} */
const outcome = new Map();
const total = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} */
const table = [];
const started = Date.now();

for (const step of STEPS) {
  const missing = (step.needs ?? []).filter((name) => outcome.get(name) !== 'ok');
  if (missing.length > 0) {
    outcome.set(step.name, 'skipped');
    total.failed += 1;
    table.push(`  ✗ ${step.name}: skipped (needs ${missing.join(', ')})`);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const stepStart = Date.now();
  const [command = '', ...args] = step.command;
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  outcome.set(step.name, ok ? 'ok' : 'failed');

  let detail = '';
  if (step.report !== undefined) {
    let counts;
    try {
      counts = countsOf(step.report);
    } catch {
      counts = undefined; // Vitest died before writing its report.
    }
    if (counts !== undefined) {
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
      detail = ` (${closingLine(counts)})`;
    }
    if (!ok && (counts === undefined || counts.failed === 0)) total.failed += 1;
  } else if (!ok) {
    total.failed += 1;
  }
  table.push(`  ${ok ? '✓' : '✗'} ${step.name}: ${ok ? 'ok' : 'FAILED'}${detail} in ${seconds} s`);
}

const allOk = [...outcome.values()].every((value) => value === 'ok');
console.log(`\nSummary (${((Date.now() - started) / 1000).toFixed(0)} s):`);
console.log(table.join('\n'));
console.log(closingLine(total));
process.exit(allOk && total.failed === 0 ? 0 : 1);
