/** The built-in models, opened once for the engine tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCycleMap, type CycleMap } from '../../../src/core';

export const MODEL_IDS = [
  'protest-polka',
  'find-the-bad-guy',
  'freeze-and-flee',
  'fearful-avoidant-flip',
  'secure-cycle',
] as const;

export function model(id: string): CycleMap {
  const path = join(import.meta.dirname, '..', '..', '..', 'models', `${id}.json`);
  const result = parseCycleMap(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
  return result.value;
}
