/**
 * Builds the standalone ES module `cyclemap machine` prints: the engine's own code, bundled with
 * esbuild around one map, importing nothing but `xstate`. Bundling the real code (rather than
 * keeping a second, hand-written copy) is what guarantees the module plays exactly like `simulate`.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { CycleMap } from '../core';

const ENGINE = fileURLToPath(new URL('../core/engine/', import.meta.url));

export function machineModule(map: CycleMap): string {
  const entry = [
    `import { compileMachine } from ${JSON.stringify(`${ENGINE}machine.ts`)};`,
    `import { frameOf as frameOfSnapshot } from ${JSON.stringify(`${ENGINE}frame.ts`)};`,
    `const map = ${JSON.stringify(map)};`,
    '/** The statechart of this cycle map; its input is { seed, therapistPresent? }. */',
    'export const machine = compileMachine(map);',
    '/** What a snapshot of `machine` shows: { turn, state, partners: [{ step, score, heartRate, flooded }, …] }. */',
    'export function frameOf(snapshot) {',
    '  return frameOfSnapshot(snapshot);',
    '}',
  ].join('\n');
  const result = buildSync({
    stdin: {
      contents: entry,
      resolveDir: ENGINE,
      loader: 'ts',
      sourcefile: 'cyclemap-machine.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['xstate'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const header = [
    `// The Cyclemap statechart of “${map.title.replace(/[\r\n]+/g, ' ')}”, written by \`cyclemap machine\`.`,
    '// It imports only from xstate: createActor(machine, { input: { seed } }), send TICK and REPAIR events,',
    '// and frameOf(actor.getSnapshot()) gives the frames `cyclemap simulate` prints for the same seed.',
  ].join('\n');
  return `${header}\n${code}`;
}
