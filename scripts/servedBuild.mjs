// For the browser benchmarks: builds the app into a directory of the benchmark's own (so it never
// rewrites dist/ while something else serves it) and serves it with `vite preview` on a free port
// of 127.0.0.1.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { freePort } from './freePort.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

/**
 * @param {string} outDir where to build
 * @returns {Promise<{ baseURL: string, origin: string, close: () => Promise<void> }>}
 */
export async function servedBuild(outDir) {
  const started = performance.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const took = (performance.now() - started).toFixed(1);
  console.log(`Built the app → ${relative(ROOT, outDir)} (${took} ms)`);
  const port = await freePort(HOST);
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  return {
    baseURL: `http://${HOST}:${port}/`,
    origin: `${HOST}:${port}`,
    close: () => server.close(),
  };
}
