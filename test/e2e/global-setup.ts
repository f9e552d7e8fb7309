// Global setup of the `e2e` Vitest project: serves the production build in dist/ with
// `vite preview` on 127.0.0.1 and a free port, and hands its URL to the tests (`inject('baseURL')`).
// It builds nothing: `npm run test:e2e` runs `vite build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/freePort.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, e.g. `http://127.0.0.1:41234/`. */
    baseURL: string;
  }
}

const HOST = '127.0.0.1';
const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error(
      'dist/index.html is missing: run `npx vite build` first (npm run test:e2e does).',
    );
  }
  const port = await freePort(HOST);
  // configFile: false: the preview only serves static files, it needs none of the project's
  // plugins (and must not load the Storybook test plugin).
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir: 'dist' },
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  project.provide('baseURL', `http://${HOST}:${port}/`);
  return async () => {
    await server.close();
  };
}
