import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, parseCycleMap, serializeCycleMap, stepsOf } from '../../src/core';

const MODELS = join(import.meta.dirname, '..', '..', 'models');
const files = readdirSync(MODELS)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('built-in models', () => {
  it('are the five dances of the design card', () => {
    const titles = files.map((file) => {
      const result = parseCycleMap(readFileSync(join(MODELS, file), 'utf8'));
      return result.ok ? result.value.title : file;
    });
    expect(titles.sort()).toEqual([
      'Fearful-avoidant flip',
      'Find the Bad Guy',
      'Freeze and Flee',
      'Protest Polka',
      'Secure cycle',
    ]);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(MODELS, file), 'utf8');
    const result = parseCycleMap(text);

    it('validates with no warnings and is stored exactly as Cyclemap saves it', () => {
      expect(result.ok && result.warnings).toEqual([]);
      expect(result.ok && serializeCycleMap(result.value)).toBe(text);
      expect(result.ok && `${result.value.id}.json`).toBe(file);
    });

    it('fills every layer for both partners and offers each partner repairs', () => {
      if (!result.ok) throw new Error(result.error.message);
      for (const partner of result.value.partners) {
        expect(LAYERS.every((layer) => partner.layers[layer].trim().length > 0)).toBe(true);
        expect(partner.repairs.length).toBeGreaterThanOrEqual(3);
        expect(stepsOf(partner).length).toBeGreaterThanOrEqual(4);
      }
    });

    it('has teaching notes that end with the not-therapy line and blame no one', () => {
      if (!result.ok) throw new Error(result.error.message);
      const { notes, partners } = result.value;
      expect(notes.trimEnd().endsWith('not a diagnosis or a substitute for therapy.')).toBe(true);
      for (const { name } of partners) {
        expect(notes).not.toMatch(
          new RegExp(`${name} is (the problem|to blame|at fault|the bad guy)`, 'i'),
        );
      }
    });
  });
});
