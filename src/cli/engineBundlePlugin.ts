/**
 * A Vite plugin giving the app `virtual:cyclemap-engine`: the bundled engine (`engineBundle.ts`)
 * as a string, the same text the CLI builds, for "Export XState code". Import it only with a
 * dynamic `import()` when exporting, so it never enters the home page or first dance.
 */
import type { Plugin } from 'vite';
import { engineBundle } from './engineBundle';

export const ENGINE_MODULE_ID = 'virtual:cyclemap-engine';
const RESOLVED_ID = `\0${ENGINE_MODULE_ID}`;

export function cyclemapEnginePlugin(): Plugin {
  return {
    name: 'cyclemap-engine',
    resolveId: (id) => (id === ENGINE_MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { code, inputs } = engineBundle();
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};\n`;
    },
  };
}
