// The built-in maps open without the map parser (its code stays off the first dance's path), so
// each file in /models is held here to read, with the parser, as exactly what the app opens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOG } from '../../src/app/builtInCycles';
import { parseCycleMap } from '../../src/core/document/parse';

const MODELS = join(__dirname, '../../models');
const files = readdirSync(MODELS).filter((name) => name.endsWith('.json'));

describe('the built-in maps', () => {
  it('are every file in /models, each listed once', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(BUILT_IN_CATALOG.entries).toHaveLength(files.length);
  });

  it.each(files)(
    '%s reads with the parser, without a warning, as the app opens it',
    async (name) => {
      const result = parseCycleMap(readFileSync(join(MODELS, name), 'utf8'));
      if (!result.ok) throw new Error(`${name} does not read: ${result.error.message}`);
      expect(result.warnings).toEqual([]);
      const opened = await BUILT_IN_CATALOG.load(result.value.id);
      expect(opened).toStrictEqual(result.value);
    },
  );
});
