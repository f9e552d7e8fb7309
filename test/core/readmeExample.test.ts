import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseCycleMap } from '../../src/core';

it('the example map in the README is a valid cycle map', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const result = parseCycleMap(example ?? '');
  expect(result.ok && result.warnings).toEqual([]);
  expect(result.ok && result.value.partners[0].extraSteps[0]?.id).toBe('checks-phone');
});
