// `npx cyclemap …` after `npm ci`: the package's bin runs the same CLI as `npm run cyclemap`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

describe('the cyclemap bin', () => {
  it('exists where package.json points, and validates a model', () => {
    const bin = join(root, pkg.bin.cyclemap!);
    const result = spawnSync(process.execPath, [bin, 'validate', 'models/secure-cycle.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^models\/secure-cycle\.json: valid cycle map “Secure cycle”/);
  }, 30_000);

  it('needs nothing at run time that `npm ci --omit=dev` would leave out', () => {
    // tsx runs the TypeScript sources; esbuild bundles the `machine` module; elkjs lays out `export --as svg`.
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['tsx', 'esbuild', 'xstate', 'elkjs']),
    );
  });
});
