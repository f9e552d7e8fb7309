/**
 * Statechart benchmark (issue 10): the time to lay out (elkjs, bundled, under Node) and render to
 * SVG a generated map of about 100 states — 48 steps a partner, far past what a real map may hold
 * (12), built directly rather than parsed for that reason. Target: under 200 ms (the figure
 * is for headless Chromium with the view; this is the Node figure for the same pipeline). Cold is
 * the first layout (ELK's code warming up); warm is the median of the runs after it. Prints
 * figures; never fails on them.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { readFileSync } from 'node:fs';
import {
  chartModel,
  layoutStatechart,
  parseCycleMap,
  statechartSvg,
  type CycleMap,
  type ElkGraphNode,
  type ElkLayout,
} from '../../src/core';

const TARGET_MS = 200;
const RUNS = 15;
const EXTRA_STEPS = 44;

const parsed = parseCycleMap(readFileSync('models/protest-polka.json'));
if (!parsed.ok) throw new Error(parsed.error.message);
const polka = parsed.value;

function bigMap(): CycleMap {
  const partner = (p: 0 | 1) => ({
    ...polka.partners[p],
    extraSteps: Array.from({ length: EXTRA_STEPS }, (_, i) => ({
      id: `step-${i}`,
      text: `Step ${i + 1}: ${polka.partners[p].layers.perception}`,
      after: i === 0 ? 'move' : `step-${i - 1}`,
    })),
  });
  return { ...polka, partners: [partner(0), partner(1)] };
}

const map = bigMap();
const states = chartModel(map).boxes.filter((box) => box.kind !== 'initial').length;
const elk = new ELK();
const layout: ElkLayout = async (graph: ElkGraphNode) =>
  (await elk.layout(graph as ElkNode)) as ElkGraphNode;

const times: number[] = [];
let bytes = 0;
for (let i = 0; i <= RUNS; i++) {
  const start = performance.now();
  const svg = statechartSvg(await layoutStatechart(map, { layout }));
  times.push(performance.now() - start);
  bytes = svg.length;
}
const [cold = 0, ...warm] = times;
warm.sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)] ?? 0;
console.log(
  `\nStatechart: layout + SVG of a generated ${states}-state map under Node (elkjs bundled)`,
);
console.log(
  `  cold ${cold.toFixed(0)} ms · warm median ${median.toFixed(0)} ms (${RUNS} runs) · target < ${TARGET_MS} ms · ${(bytes / 1000).toFixed(0)} kB of SVG`,
);
console.log(`  ${median < TARGET_MS ? 'within' : 'OVER'} the target (warm)`);
