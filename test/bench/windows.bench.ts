/**
 * Engine benchmark on the twelve-step benchmark map: the repair-window analysis on one thread and
 * shared out to two worker threads as the browser's pool shares it (issue 12's budget: 250 ms on
 * 2 cores), one statechart run, and the steady states of the dynamics.
 *
 * Not a test: it prints figures and exits 0 whether the budgets are met or not, and writes the
 * figures held to a budget to node_modules/.tmp/bench-results/windows.json for `npm run bench`'s
 * final table. `npm run bench` bundles this file with esbuild and runs the bundle with plain Node
 * (see scripts/bench.mjs); the bundle is also the workers' script. The map's path comes as the
 * first argument, else relative to the working directory.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import {
  mergeWindows,
  parseCycleMap,
  repairWindows,
  repairWindowsBlock,
  simulate,
  steadyStates,
  windowBlocks,
  windowsFromCounts,
  type CycleMap,
  type RepairWindow,
  type RepairWindows,
  type WindowCounts,
} from '../../src/core';

const MAP_PATH = process.argv[2] ?? 'test/bench/twelve-step-polka.json';
/** Issue 12: the 12-step analysis (504 cells × 1,000 runs) in Node on 2 cores. */
const BUDGET_MS = 250;
const WORKERS = 2;
const RESULTS = join(process.cwd(), 'node_modules/.tmp/bench-results/windows.json');
const RUNS = 1000;
const SEED = 1;
const REPETITIONS = 5;
const SIMULATE_SEEDS = 200;
const STEADY_MIN_MS = 250;

interface BlockRequest {
  readonly map: CycleMap;
  readonly seed: number;
  readonly fromRun: number;
  readonly toRun: number;
}

/** A worker thread: plays the blocks of runs it is sent and sends back their counts. */
function serveBlocks(): void {
  parentPort!.on('message', ({ map, seed, fromRun, toRun }: BlockRequest) => {
    const counts = repairWindowsBlock(map, { seed }, fromRun, toRun);
    parentPort!.postMessage(counts, [
      counts.wins.buffer as ArrayBuffer,
      counts.turns.buffer as ArrayBuffer,
      counts.breaks.buffer as ArrayBuffer,
    ]);
  });
}

/** The analysis shared out to `workers` as the browser's pool shares it: the next block to whoever is free. */
function pooled(workers: readonly Worker[], map: CycleMap, seed: number): Promise<RepairWindows> {
  const blocks = windowBlocks(RUNS);
  const done: WindowCounts[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const give = (worker: Worker) => {
      const block = blocks[next++];
      if (block !== undefined)
        worker.postMessage({
          map,
          seed,
          fromRun: block[0],
          toRun: block[1],
        } satisfies BlockRequest);
    };
    for (const worker of workers) {
      worker.removeAllListeners('message').removeAllListeners('error');
      worker.on('error', reject);
      worker.on('message', (counts: WindowCounts) => {
        done.push(counts);
        if (done.length === blocks.length) resolve(windowsFromCounts(map, mergeWindows(done)));
        else give(worker);
      });
      give(worker);
    }
  });
}

async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

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

async function main(): Promise<void> {
  const map = loadMap(MAP_PATH);
  const cpus = os.cpus();

  section('Environment', [
    ['node', process.version],
    ['cpu', `${cpus[0]?.model.trim() ?? 'unknown'} (${cpus.length} cores)`],
    [
      'load',
      os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(', ') + ' (1, 5, 15 min)',
    ],
    ['map', `${map.id} (${relative(process.cwd(), MAP_PATH)})`],
  ]);

  // repairWindows: one small warm-up, then the full default analysis REPETITIONS times.
  repairWindows(map, { runs: 50, seed: SEED });
  const analyses = Array.from({ length: REPETITIONS }, () =>
    time(() => repairWindows(map, { runs: RUNS, seed: SEED })),
  );
  const first = analyses[0]!.value;
  const same = (a: RepairWindows, b: RepairWindows) => JSON.stringify(a) === JSON.stringify(b);
  if (analyses.some(({ value }) => !same(value, first))) {
    throw new Error('repairWindows gave different figures on a repeated run with one seed.');
  }
  const analysisMs = analyses.map(({ ms }) => ms);
  const analysisMedian = median(analysisMs);
  section(
    `repairWindows(map, { runs: ${RUNS}, seed: ${SEED} }), one thread, ${REPETITIONS} repetitions`,
    [
      ['median', ms(analysisMedian)],
      ['min', ms(Math.min(...analysisMs))],
      ['max', ms(Math.max(...analysisMs))],
      ['all', analysisMs.map((value) => value.toFixed(0)).join(', ') + ' ms'],
      ['cells', count(first.windows.length)],
      ['runs', count(RUNS)],
      ['cell × runs', count(first.windows.length * RUNS)],
      ['per cell·run', us(analysisMedian / (first.windows.length * RUNS))],
      ['best', describeWindow(map, first.best)],
    ],
  );
  console.log(
    `  ${verdict(analysisMedian)}: median ${ms(analysisMedian)} against the ${ms(BUDGET_MS)} budget`,
  );

  // The same analysis shared out to WORKERS worker threads in blocks of runs; the workers start
  // once (the first analysis, which waits for them, is shown apart) and are kept, as the pool keeps them.
  const script = fileURLToPath(import.meta.url);
  const workers = Array.from({ length: WORKERS }, () => new Worker(script, { argv: [MAP_PATH] }));
  const cold = await timeAsync(() => pooled(workers, map, SEED));
  const pooledRuns: { ms: number; value: RepairWindows }[] = [];
  for (let i = 0; i < REPETITIONS; i++)
    pooledRuns.push(await timeAsync(() => pooled(workers, map, SEED)));
  await Promise.all(workers.map((worker) => worker.terminate()));
  if ([cold, ...pooledRuns].some(({ value }) => !same(value, first))) {
    throw new Error(`${WORKERS} workers gave other figures than one thread, with one seed.`);
  }
  const pooledMs = pooledRuns.map(({ ms }) => ms);
  const pooledMedian = median(pooledMs);
  section(
    `The same analysis on ${WORKERS} worker threads, blocks of ${RUNS / windowBlocks(RUNS).length} runs, ${REPETITIONS} repetitions`,
    [
      ['median', ms(pooledMedian)],
      ['min', ms(Math.min(...pooledMs))],
      ['max', ms(Math.max(...pooledMs))],
      ['all', pooledMs.map((value) => value.toFixed(0)).join(', ') + ' ms'],
      ['first', `${ms(cold.ms)} (workers starting)`],
      ['figures', 'identical to one thread'],
    ],
  );
  console.log(
    `  ${verdict(pooledMedian)}: median ${ms(pooledMedian)} against the ${ms(BUDGET_MS)} budget`,
  );

  const figures = [
    figure('Repair windows, 12-step map, Node, 1 thread: median', analysisMedian),
    figure(`Repair windows, 12-step map, Node, ${WORKERS} workers: median`, pooledMedian),
  ];
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ figures }, null, 2)}\n`);

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
}

function verdict(value: number): string {
  return value <= BUDGET_MS ? 'PASS' : 'MISS';
}

function figure(name: string, value: number) {
  return {
    name,
    value: Math.round(value * 10) / 10,
    unit: 'ms',
    budget: BUDGET_MS,
    pass: value <= BUDGET_MS,
  };
}

if (isMainThread) await main();
else serveBlocks();
