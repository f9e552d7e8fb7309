import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cycleMapJsonSchemaText, JSON_SCHEMA_FILE } from '../../scripts/json-schema';
import { parseCycleMap } from '../../src/core';
import { KEY_ORDER } from '../../src/core/document/keyOrder';
import { fixtureNames, fixtureText } from './fixtures';

const MODELS = join(import.meta.dirname, '..', '..', 'models');
const models = readdirSync(MODELS)
  .filter((name) => name.endsWith('.json'))
  .sort();

const stored = readFileSync(JSON_SCHEMA_FILE, 'utf8');
const schema = JSON.parse(stored) as {
  properties: Record<string, { properties?: Record<string, unknown> }>;
  $defs: { partner: { properties: Record<string, unknown> } };
};
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** The broken fixtures Cyclemap refuses for a rule JSON Schema cannot state (the schema's description names them). */
const BEYOND_JSON_SCHEMA = [
  'broken/duplicate-repair.json',
  'broken/extra-step-after-unknown.json',
  'broken/flooding-below-resting.json',
];

describe('the published JSON Schema (docs/cyclemap.schema.json)', () => {
  it('is what `npm run schema` writes from the schema Cyclemap checks files with', async () => {
    expect(stored).toBe(await cycleMapJsonSchemaText());
  });

  it.each(models)('accepts the built-in model %s', (name) => {
    const valid = validate(JSON.parse(readFileSync(join(MODELS, name), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(fixtureNames('valid'))('accepts the valid fixture %s', (name) => {
    const valid = validate(JSON.parse(fixtureText(name)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('refuses the broken fixtures Cyclemap refuses, but for the rules it cannot state', () => {
    const refusedByCyclemap = fixtureNames('broken').filter((name) => {
      const result = parseCycleMap(fixtureText(name));
      return !result.ok && result.error.code === 'invalid-field';
    });
    const refusedBySchema = refusedByCyclemap.filter(
      (name) => !validate(JSON.parse(fixtureText(name))),
    );
    expect(refusedByCyclemap.length).toBeGreaterThan(15);
    expect(refusedByCyclemap.filter((name) => !refusedBySchema.includes(name))).toEqual(
      BEYOND_JSON_SCHEMA,
    );
  });

  it('refuses a map of a version it does not describe', () => {
    expect(validate(JSON.parse(fixtureText('broken/newer-version.json')))).toBe(false);
    expect(validate(JSON.parse(fixtureText('older/v0-worksheet.json')))).toBe(false);
  });

  it('counts characters as Cyclemap does: an emoji is one', () => {
    const map = JSON.parse(fixtureText('valid/minimal.json')) as {
      partners: { layers: Record<string, string> }[];
    };
    map.partners[0]!.layers.move = '💃'.repeat(400);
    expect(parseCycleMap(JSON.stringify(map)).ok).toBe(true);
    expect(validate(map)).toBe(true);
    map.partners[0]!.layers.move = '💃'.repeat(401);
    expect(parseCycleMap(JSON.stringify(map)).ok).toBe(false);
    expect(validate(map)).toBe(false);
  });

  it('lists the fields of each object in the order Cyclemap saves them', () => {
    const { properties, $defs } = schema;
    expect(Object.keys(properties)).toEqual(KEY_ORDER.map);
    expect(Object.keys(properties.simulation?.properties ?? {})).toEqual(KEY_ORDER.simulation);
    expect(Object.keys($defs.partner.properties)).toEqual(KEY_ORDER.partner);
  });
});
