/**
 * "Export XState code" and `cyclemap machine`: the standalone ES module of one map's statechart.
 * The engine's own code, bundled once (by `src/cli/engineBundle.ts`, for the CLI at run time and
 * for the app through a Vite virtual module), holds a placeholder where the map goes; this puts
 * the map in. One function for both is what makes their output the same, byte for byte.
 */
import type { CycleMap } from '../document/types';

/** Where the bundled engine reads its map: replaced by the map's JSON, exactly once. */
export const MAP_PLACEHOLDER = 'globalThis.__CYCLEMAP_MAP__';

/**
 * The module for a map, from the bundled engine code.
 *
 * @example
 * const { default: engine } = await import('virtual:cyclemap-engine');
 * download(machineModuleOf(engine, map)); // imports only from xstate
 */
export function machineModuleOf(engineCode: string, map: CycleMap): string {
  const at = engineCode.indexOf(MAP_PLACEHOLDER);
  if (at < 0 || engineCode.indexOf(MAP_PLACEHOLDER, at + 1) >= 0) {
    throw new Error('The bundled engine should read its map from one placeholder.');
  }
  // JSON is a JavaScript expression (U+2028 and U+2029 included, since ES2019).
  const code = `${engineCode.slice(0, at)}${JSON.stringify(map, null, 2)}${engineCode.slice(at + MAP_PLACEHOLDER.length)}`;
  // Any line break would end the comment and let the title run as code.
  const title = map.title.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const header = [
    `// The Cyclemap statechart of “${title}”, written by Cyclemap (\`cyclemap machine\`, "Export XState code").`,
    '// It imports only from xstate: createActor(machine, { input: { seed } }), send TICK and REPAIR events,',
    '// and frameOf(actor.getSnapshot()) gives the frames `cyclemap simulate` prints for the same seed.',
  ].join('\n');
  return `${header}\n${code}`;
}
