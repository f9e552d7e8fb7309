#!/usr/bin/env node
// `npm run bench`: the engine benchmarks. Each test/bench/*.bench.ts file is bundled with esbuild
// and the bundle run with plain Node, so the hot loops run as a browser or worker would run them,
// without the wrappers a TypeScript loader (tsx) adds. Benchmarks print figures and exit 0 whether
// or not a speed target is met; only an error fails the run. For the final table of `npm run
// bench` it reads the figures held to a budget from the edit, statechart and fit benchmarks'
// output into node_modules/.tmp/bench-results/engine.json (the repair-window benchmark writes
// windows.json itself).
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { figure, writeResults } from './benchResults.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench');

/**
 * The figures held to a budget in a benchmark's output, found by the lines that print them.
 * @typedef {(output: string) => import('./benchResults.mjs').Figure[]} Reader
 */

/** @type {Reader} */
const readEdit = (output) =>
  [
    ...output.matchAll(/^(\S+): \d+ keystrokes[^]*?= ([\d.]+) ms against the (\d+) ms target/gm),
  ].map(([, path, ms, target]) =>
    figure(
      `Edit to preview under Node, ${basename(path ?? '')}: delay + replay p95`,
      Number(ms),
      'ms',
      Number(target),
    ),
  );

/** @type {Reader} */
const readStatechart = (output) =>
  [
    ...output.matchAll(/generated (\d+)-state map[^]*?warm median (\d+) ms .*target < (\d+) ms/g),
  ].map(([, states, ms, target]) =>
    figure(
      `Statechart ${states} states under Node: layout + SVG, warm median`,
      Number(ms),
      'ms',
      Number(target),
    ),
  );

/** @type {Reader} */
const readFit = (output) =>
  [
    ...output.matchAll(
      /^\s+(repair-damping(?: --compat dyad)?)\s+median ([\d.]+) .*(?:PASS|MISS) against (\d+) ms/gm,
    ),
  ].map(([, model, ms, target]) =>
    figure(`Fit ${model}, 150 windows: median`, Number(ms), 'ms', Number(target)),
  );

/** @type {{ entry: string, args: string[], read?: Reader }[]} */
const BENCHES = [
  {
    entry: 'test/bench/windows.bench.ts',
    args: [join(ROOT, 'test/bench/twelve-step-polka.json')],
  },
  { entry: 'test/bench/edit.bench.ts', args: [], read: readEdit },
  // Issue 10: layout (elkjs) and SVG of a generated 100-state statechart.
  { entry: 'test/bench/statechart.bench.ts', args: [], read: readStatechart },
  // Issue 11: fitting a coded conversation (the repair–damping fit of 150 windows, target 50 ms).
  { entry: 'test/bench/fit.bench.ts', args: [], read: readFit },
];

/**
 * Runs a bundle with plain Node, its output shown as it comes and kept.
 * @param {string} file
 * @param {string[]} args
 * @returns {Promise<{ output: string, failure: string | null }>}
 */
function runBundle(file, args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--enable-source-maps', file, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      process.stdout.write(chunk);
    });
    child.on('error', fail);
    child.on('close', (code, signal) =>
      done({ output, failure: code === 0 ? null : (signal ?? `exit code ${code}`) }),
    );
  });
}

/** @type {import('./benchResults.mjs').Figure[]} */
const figures = [];

let failed = false;
for (const { entry, args, read } of BENCHES) {
  const outfile = join(OUT_DIR, basename(entry).replace(/\.ts$/, '.mjs'));
  const start = performance.now();
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As a production web build would: libraries drop their development-only checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const kB = statSync(outfile).size / 1024;
  console.log(
    `Bundled ${entry} → ${relative(ROOT, outfile)} ` +
      `(${kB.toFixed(0)} kB, ${(performance.now() - start).toFixed(0)} ms)`,
  );

  const { output, failure } = await runBundle(outfile, args);
  if (failure !== null) {
    console.error(`${entry} failed (${failure}).`);
    failed = true;
  }
  const found = read?.(output) ?? [];
  if (read !== undefined && found.length === 0) {
    console.error(`${entry}: no figure found in its output for the final table.`);
    failed = true;
  }
  figures.push(...found);
}
writeResults('engine', figures);
process.exitCode = failed ? 1 : 0;
