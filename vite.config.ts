import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { scriptsAfterFirstPaint } from './scripts/scriptsAfterFirstPaint.mjs';
import { cyclemapEnginePlugin } from './src/cli/engineBundlePlugin';

// Storybook must never phone home, whichever way it is started.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const HOST = '127.0.0.1';

export default defineConfig({
  // `virtual:cyclemap-engine`: the bundled engine for "Export XState code" (loaded only on export).
  // The built page asks for its scripts after the stylesheet (scriptsAfterFirstPaint.mjs says why).
  plugins: [react(), cyclemapEnginePlugin(), scriptsAfterFirstPaint()],
  build: {
    // Every browser Cyclemap supports preloads modules itself; the polyfill would cost the home
    // page half a kilobyte.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // XState in a chunk of its own: the home page needs it (the library is an actor), the
        // dance engine that also uses it loads only with the first dance. Left to itself the
        // bundler puts the two in one shared chunk, and the home page would carry the engine.
        // And the document's words and ranges, which the home page and the lazy screens share, in
        // one chunk: left to itself the bundler cuts them into three small files.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/]xstate[\\/]/.test(id)
            ? 'xstate'
            : /[\\/]src[\\/]core[\\/]document[\\/](vocabulary|keyOrder|settingsRanges)\.ts$/.test(
                  id,
                )
              ? 'documentWords'
              : null,
      },
    },
  },
  server: { host: HOST, port: 5173 },
  preview: { host: HOST, port: 4173 },
  test: {
    // Explicit projects: a plain run that includes the browser project fails where Chromium is
    // missing, so each script names the projects it runs.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/studio/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/build/**/*.test.ts',
          ],
          setupFiles: ['test/setup/engines.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/app/**/*.test.tsx'],
          setupFiles: ['test/setup/jsdom.ts', 'test/setup/engines.ts'],
          // jsdom's user-event flows take under a second alone, several on a busy 2-core machine.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        // The Storybook plugin loads .storybook/main.ts; only do that work under Vitest, not for
        // `vite build` or the dev server.
        plugins: process.env.VITEST ? [storybookTest({ configDir: '.storybook' })] : [],
        test: {
          name: 'stories',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
