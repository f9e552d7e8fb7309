#!/usr/bin/env node
// `npm run bench`: the engine benchmarks. Each test/bench/*.bench.ts file is bundled with esbuild
// and the bundle run with plain Node, so the hot loops run as a browser or worker would run them,
// without the wrappers a TypeScript loader (tsx) adds. Benchmarks print figures and exit 0 whether
// or not a speed target is met; only an error fails the run.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench');

/** @type {{ entry: string, args: string[] }[]} */
const BENCHES = [
  {
    entry: 'test/bench/windows.bench.ts',
    args: [join(ROOT, 'test/bench/twelve-step-polka.json')],
  },
  { entry: 'test/bench/edit.bench.ts', args: [] },
  // Issue 10: layout (elkjs) and SVG of a generated 100-state statechart.
  { entry: 'test/bench/statechart.bench.ts', args: [] },
  // Issue 11: fitting a coded conversation (the repair–damping fit of 150 windows, target 50 ms).
  { entry: 'test/bench/fit.bench.ts', args: [] },
];

let failed = false;
for (const { entry, args } of BENCHES) {
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

  const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    console.error(`${entry} failed (${run.signal ?? `exit code ${run.status}`}).`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
