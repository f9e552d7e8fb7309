/**
 * Editing benchmark: how long one edit takes in the studio, from `document.edit` to the live
 * preview's new dance (the map applied, the chart compiled, the seeded session replayed to the
 * talk's end) — the work behind "edit to updated preview", without the browser's paint.
 * Target from issue 8: edit to updated preview ≤ 100 ms. Prints figures; never fails on them.
 */
import { readFileSync } from 'node:fs';
import { copyOfMap, parseCycleMap, type CycleMap } from '../../src/core';
import { createStudio, danceOf, memoryMapStore, type AnalysisRunner } from '../../src/studio';

const TARGET_MS = 100;
const EDITS = 300;

function loadMap(path: string): CycleMap {
  const parsed = parseCycleMap(readFileSync(path));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.value;
}

const idle: AnalysisRunner = { run: () => () => {} };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

for (const path of ['models/protest-polka.json', 'test/bench/twelve-step-polka.json']) {
  const map = copyOfMap(loadMap(path), 'bench-copy', new Date().toISOString(), 'Bench copy');
  const studio = createStudio({ analysis: idle, maps: memoryMapStore() });
  studio.send({ type: 'maps.create', map, open: true });
  const times: number[] = [];
  let text = '';
  for (let i = 0; i < EDITS; i++) {
    text += 'abcdefghij'[i % 10];
    const start = performance.now();
    studio.send({
      type: 'document.edit',
      edit: { kind: 'setLayer', partner: 0, layer: 'trigger', text },
    });
    if (danceOf(studio.getSnapshot())?.map.partners[0].layers.trigger !== text)
      throw new Error('the preview did not follow the edit');
    times.push(performance.now() - start);
  }
  studio.stop();
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.log(`\n${path}: ${EDITS} keystrokes in one field, each to the preview's new dance`);
  console.log(`  median  ${median.toFixed(2)} ms`);
  console.log(`  p95     ${p95.toFixed(2)} ms`);
  console.log(`  max     ${sorted.at(-1)!.toFixed(2)} ms`);
  console.log(`  ${p95 <= TARGET_MS ? 'PASS' : 'MISS'}: p95 against the ${TARGET_MS} ms target`);
}
