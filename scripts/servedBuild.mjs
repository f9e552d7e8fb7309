// For the browser benchmarks: builds the app into a directory of the benchmark's own (so it never
// rewrites dist/ while something else serves it) and serves it with `vite preview` on a free port
// of 127.0.0.1 — with gzip if asked, as a real server would send it (`vite preview` alone does not
// compress, and Lighthouse's figures depend on the bytes sent).
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { freePort } from './freePort.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

/** The text types a server compresses, by extension. */
const COMPRESSIBLE = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
});

/**
 * A preview plugin that answers requests for the build's text files with their gzip (zlib's
 * default level), when the browser accepts it; everything else goes on to `vite preview`.
 * @param {string} outDir
 * @returns {import('vite').Plugin}
 */
function gzipPlugin(outDir) {
  /** @type {Map<string, Buffer>} */
  const cache = new Map();
  return {
    name: 'cyclemap-bench-gzip',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const accepts = String(req.headers['accept-encoding'] ?? '');
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !/\bgzip\b/.test(accepts)) {
          next();
          return;
        }
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = join(outDir, pathname === '/' ? 'index.html' : pathname);
        const type = COMPRESSIBLE[/** @type {keyof typeof COMPRESSIBLE} */ (extname(file))];
        if (type === undefined || !file.startsWith(outDir + sep) || !isFile(file)) {
          next();
          return;
        }
        let body = cache.get(file);
        if (body === undefined) {
          body = gzipSync(readFileSync(file));
          cache.set(file, body);
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', String(body.byteLength));
        res.setHeader('Vary', 'Accept-Encoding');
        // Hashed assets never change; the page itself is checked again each time.
        res.setHeader(
          'Cache-Control',
          pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}

/** @param {string} file */
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {string} outDir where to build
 * @param {{ gzip?: boolean }} [options] gzip: serve the build's text files compressed
 * @returns {Promise<{ baseURL: string, origin: string, close: () => Promise<void> }>}
 */
export async function servedBuild(outDir, { gzip = false } = {}) {
  const started = performance.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const took = (performance.now() - started).toFixed(1);
  console.log(`Built the app → ${relative(ROOT, outDir)} (${took} ms)`);
  const port = await freePort(HOST);
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: gzip ? [gzipPlugin(resolve(outDir))] : [],
    build: { outDir },
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  return {
    baseURL: `http://${HOST}:${port}/`,
    origin: `${HOST}:${port}`,
    close: () => server.close(),
  };
}
