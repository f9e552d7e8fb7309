/**
 * Fitting benchmark (issue 11): `fitCouple` on the 150-window sample couple, each model in each
 * mode, timed after a warm-up; the target is the repair–damping fit in ≤ 50 ms. Also one
 * million-window bilinear fit, for scale. Prints figures; never fails on them.
 */
import { readFileSync } from 'node:fs';
import { fitCouple, parseCoupleCsv, type FitOptions } from '../../src/core';

const TARGET_MS = 50;
const WARM_UP = 10;
const RUNS = 30;

const parsed = parseCoupleCsv(
  readFileSync('test/fixtures/gottman-murray/sample-couple.csv', 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.error.message);
const windows = parsed.value;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

console.log(
  `\nfitCouple on the sample couple (${windows.length} windows), ${RUNS} runs after ${WARM_UP}`,
);
for (const options of [
  { model: 'repair-damping' },
  { model: 'repair-damping', compat: 'dyad' },
  { model: 'bilinear' },
  { model: 'bilinear', compat: 'dyad' },
] satisfies FitOptions[]) {
  const times: number[] = [];
  let sse = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const fit = fitCouple(windows, options);
    const elapsed = performance.now() - start;
    if (i >= WARM_UP) times.push(elapsed);
    sse = fit.sse[0] + fit.sse[1];
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const name = `${options.model}${'compat' in options ? ' --compat dyad' : ''}`;
  const verdict =
    options.model === 'repair-damping'
      ? `  ${median <= TARGET_MS ? 'PASS' : 'MISS'} against ${TARGET_MS} ms`
      : '';
  console.log(
    `  ${name.padEnd(31)} median ${median.toFixed(2)} · p95 ${percentile(sorted, 95).toFixed(2)} · max ${sorted.at(-1)!.toFixed(2)} ms (SSE ${sse.toFixed(1)})${verdict}`,
  );
}

const million = Array.from({ length: 1_000_000 }, (_, t) => windows[t % windows.length]!);
const start = performance.now();
fitCouple(million);
console.log(
  `  bilinear, 1,000,000 windows      ${(performance.now() - start).toFixed(0)} ms (one run)`,
);
