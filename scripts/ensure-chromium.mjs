#!/usr/bin/env node
// Makes sure a real Chromium is there for the browser tests (Storybook's and the e2e ones).
// Playwright never downloads a browser here: the tests drive Debian's `chromium` package.
import { spawnSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';

const HOW_TO_INSTALL =
  'Chromium is needed for the browser tests. Install it with: sudo apt-get update && sudo apt-get install -y chromium';

/** @param {string} file */
function printVersion(file) {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8' });
  // Debian's wrapper script prints a harmless "[: …: unexpected operator" on stderr; skip it.
  const version = (result.stdout ?? '').trim();
  if (result.status !== 0 || version === '') {
    console.error(`${file} is there but \`${file} --version\` failed.`);
    process.exit(1);
  }
  console.log(`${version} (${file})`);
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

if (hasChromium()) {
  printVersion(chromiumPath());
} else if (process.env.CHROMIUM_PATH === undefined && canInstallWithApt()) {
  console.log('Chromium not found: installing Debian’s chromium package…');
  if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium'])) {
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  if (!hasChromium()) {
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  printVersion(chromiumPath());
} else {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
