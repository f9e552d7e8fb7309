/**
 * The standalone ES module `cyclemap machine` prints: the engine's own code, bundled with esbuild
 * around one map, importing nothing but `xstate`. Bundling the real code (rather than keeping a
 * second, hand-written copy) is what guarantees the module plays exactly like `simulate`; the app's
 * "Export XState code" fills the same bundle with `machineModuleOf`, so the two are identical.
 */
import { machineModuleOf, type CycleMap } from '../core';
import { engineBundle } from './engineBundle';

export function machineModule(map: CycleMap): string {
  return machineModuleOf(engineBundle().code, map);
}
