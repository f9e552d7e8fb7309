/** Built-in models for app tests, read as the app reads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCycleMap, type CycleMap } from '../../src/core';

export function sampleModel(id: string): CycleMap {
  const result = parseCycleMap(
    readFileSync(join(import.meta.dirname, '..', '..', 'models', `${id}.json`), 'utf8'),
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
