/**
 * Engine benchmark on the twelve-step benchmark map: the repair-window analysis (target: the full
 * default analysis in under 2 s), one statechart run, and the steady states of the dynamics.
 *
 * Not a test: it prints figures and exits 0 whether the target is met or not. `npm run bench`
 * bundles this file with esbuild and runs the bundle with plain Node (see scripts/bench.mjs).
 * The map's path comes as the first argument, else relative to the working directory.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { relative } from 'node:path';
import {
  parseCycleMap,
  repairWindows,
  simulate,
  steadyStates,
  type CycleMap,
  type RepairWindow,
} from '../../src/core';

const MAP_PATH = process.argv[2] ?? 'test/bench/twelve-step-polka.json';
const TARGET_MS = 2000;
const RUNS = 1000;
const SEED = 1;
const REPETITIONS = 5;
const SIMULATE_SEEDS = 200;
const STEADY_MIN_MS = 250;

function loadMap(path: string): CycleMap {
  const parsed = parseCycleMap(readFileSync(path));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.value;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile, `p` in 0…1. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const us = (value: number) => `${(value * 1000).toFixed(1)} µs`;
const count = (value: number) => value.toLocaleString('en-US');

/** Prints a heading and `label  value` rows with the labels padded to one width. */
function section(title: string, rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

function describeWindow(map: CycleMap, window: RepairWindow | null): string {
  if (window === null) return 'none (no repair reconnects)';
  const name = (i: 0 | 1) => map.partners[i].name;
  const turns = window.meanTurnsToReconnect?.toFixed(1) ?? '–';
  return (
    `round ${window.round}, ${name(window.partner)}'s ${window.step}: ` +
    `${window.repair} by ${name(window.by)}, ` +
    `${(window.successRate * 100).toFixed(1)}% reconnect, ${turns} turns`
  );
}

const map = loadMap(MAP_PATH);
const cpus = os.cpus();

section('Environment', [
  ['node', process.version],
  ['cpu', `${cpus[0]?.model.trim() ?? 'unknown'} (${cpus.length} cores)`],
  ['map', `${map.id} (${relative(process.cwd(), MAP_PATH)})`],
]);

// repairWindows: one small warm-up, then the full default analysis REPETITIONS times.
repairWindows(map, { runs: 50, seed: SEED });
const analyses = Array.from({ length: REPETITIONS }, () =>
  time(() => repairWindows(map, { runs: RUNS, seed: SEED })),
);
const first = analyses[0]!.value;
const bestKey = (window: RepairWindow | null) => JSON.stringify(window);
if (analyses.some(({ value }) => bestKey(value.best) !== bestKey(first.best))) {
  throw new Error('repairWindows gave a different best window on a repeated run with one seed.');
}
const analysisMs = analyses.map(({ ms }) => ms);
const analysisMedian = median(analysisMs);
section(`repairWindows(map, { runs: ${RUNS}, seed: ${SEED} }), ${REPETITIONS} repetitions`, [
  ['median', ms(analysisMedian)],
  ['min', ms(Math.min(...analysisMs))],
  ['max', ms(Math.max(...analysisMs))],
  ['all', analysisMs.map((value) => value.toFixed(0)).join(', ') + ' ms'],
  ['cells', count(first.windows.length)],
  ['runs', count(RUNS)],
  ['cell × runs', count(first.windows.length * RUNS)],
  ['per cell·run', us(analysisMedian / (first.windows.length * RUNS))],
  ['best', describeWindow(map, first.best)],
]);
const verdict = analysisMedian < TARGET_MS ? 'PASS' : 'MISS';
console.log(`  ${verdict}: median ${ms(analysisMedian)} against the ${ms(TARGET_MS)} target`);

// simulate: one full run through the XState statechart per seed (20 other seeds warm it up first).
for (let seed = 1001; seed <= 1020; seed++) simulate(map, { seed });
const outcomes = { reconnected: 0, disengaged: 0, unresolved: 0 };
let events = 0;
const simulateMs: number[] = [];
for (let seed = 1; seed <= SIMULATE_SEEDS; seed++) {
  const { ms, value } = time(() => simulate(map, { seed }));
  simulateMs.push(ms);
  outcomes[value.outcome] += 1;
  events += value.events.length;
}
const simulateTotal = simulateMs.reduce((sum, value) => sum + value, 0);
section(
  `simulate(map, { seed }), seeds 1…${SIMULATE_SEEDS} (up to ${map.simulation.turns} turns)`,
  [
    ['mean', `${ms(simulateTotal / SIMULATE_SEEDS)} per run`],
    ['median', `${ms(median(simulateMs))} per run`],
    ['p95', ms(percentile(simulateMs, 0.95))],
    ['min', ms(Math.min(...simulateMs))],
    ['max', ms(Math.max(...simulateMs))],
    ['total', ms(simulateTotal)],
    ['events', `${(events / SIMULATE_SEEDS).toFixed(1)} per run (mean)`],
    ['per event', us(simulateTotal / events)],
    [
      'outcomes',
      `${outcomes.reconnected} reconnected, ${outcomes.disengaged} disengaged, ` +
        `${outcomes.unresolved} unresolved`,
    ],
  ],
);

// steadyStates: batches of calls until STEADY_MIN_MS has passed.
const [p0, p1] = [map.partners[0].dynamics, map.partners[1].dynamics];
const states = steadyStates(p0, p1);
for (let i = 0; i < 1000; i++) steadyStates(p0, p1);
let calls = 0;
let found = 0;
const steadyStart = performance.now();
let steadyElapsed = 0;
while (steadyElapsed < STEADY_MIN_MS) {
  for (let i = 0; i < 1000; i++) found += steadyStates(p0, p1).length;
  calls += 1000;
  steadyElapsed = performance.now() - steadyStart;
}
if (found !== calls * states.length) throw new Error('steadyStates changed its answer.');
section('steadyStates(p0.dynamics, p1.dynamics)', [
  ['per call', us(steadyElapsed / calls)],
  ['calls', `${count(calls)} in ${ms(steadyElapsed)}`],
  [
    'found',
    states.length === 0
      ? 'none'
      : states
          .map(({ kind, scores }) => `${kind} at (${scores.map((x) => x.toFixed(2)).join(', ')})`)
          .join('; '),
  ],
]);
console.log();
