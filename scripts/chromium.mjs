// Where Debian's Chromium lives and how to launch it on a closed network.
// Shared by scripts/ensure-chromium.mjs, vite.config.ts (Storybook's browser tests) and
// test/e2e/browser.ts, so every browser test uses the same binary and the same flags.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet on a machine without internet access. Without the
 * background-networking ones it keeps trying hosts the network refuses. Playwright adds
 * `--headless` and a fresh temporary profile itself.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]);

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a `chromium` executable on PATH.
 * @returns {string | undefined}
 */
export function chromiumOnPath() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'chromium');
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The Chromium to use: `CHROMIUM_PATH` if set, else /usr/bin/chromium if present, else
 * `chromium` on PATH, else /usr/bin/chromium (which then fails to launch with a clear error).
 * @returns {string}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (isExecutable(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH;
  return chromiumOnPath() ?? DEFAULT_CHROMIUM_PATH;
}

/**
 * Whether a usable Chromium exists at the resolved path.
 * @returns {boolean}
 */
export function hasChromium() {
  return isExecutable(chromiumPath());
}
