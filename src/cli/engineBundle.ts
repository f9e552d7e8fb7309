/**
 * The dance engine bundled into one ES module that imports only `xstate` and reads its map from a
 * placeholder (`MAP_PLACEHOLDER`): what `cyclemap machine` and the app's "Export XState code" fill
 * in with `machineModuleOf`. The CLI bundles it at run time; the app gets the same text through
 * the Vite virtual module `virtual:cyclemap-engine` (`engineBundlePlugin.ts`), loaded only when it
 * exports.
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAP_PLACEHOLDER } from '../core/statechart/machineModule';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = fileURLToPath(new URL('../core/engine/', import.meta.url));

export interface EngineBundle {
  readonly code: string;
  /** The source files it was built from (absolute paths), for a dev server to watch. */
  readonly inputs: readonly string[];
}

/** Bundles the engine; the same options every time, so the same sources give the same text. */
export function engineBundle(): EngineBundle {
  const entry = [
    `import { compileMachine } from ${JSON.stringify(`${ENGINE}machine.ts`)};`,
    `import { frameOf as frameOfSnapshot } from ${JSON.stringify(`${ENGINE}frame.ts`)};`,
    `const map = ${MAP_PLACEHOLDER};`,
    '/** The statechart of this cycle map; its input is { seed, therapistPresent? }. */',
    'export const machine = compileMachine(map);',
    '/** What a snapshot of `machine` shows: { turn, state, partners: [{ step, score, heartRate, flooded }, …] }. */',
    'export function frameOf(snapshot) {',
    '  return frameOfSnapshot(snapshot);',
    '}',
  ].join('\n');
  const result = buildSync({
    stdin: { contents: entry, resolveDir: ENGINE, loader: 'ts', sourcefile: 'cyclemap-machine.ts' },
    // Paths in the bundle's comments are from the project's root, wherever the command runs.
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['xstate'],
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return {
    code: result.outputFiles[0]?.text ?? '',
    inputs: Object.keys(result.metafile.inputs)
      .filter((path) => !path.startsWith('<'))
      .map((path) => resolve(ROOT, path)),
  };
}
