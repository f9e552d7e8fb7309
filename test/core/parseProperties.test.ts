import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENTS,
  LAYERS,
  PARSE_ERROR_CODES,
  POSITIONS,
  REPAIR_KINDS,
  parseCycleMap,
  serializeCycleMap,
} from '../../src/core';
import { fixtureText } from './fixtures';

const text = (max: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');

const partner = fc.record({
  name: text(20),
  pronoun: fc.option(text(10), { nil: undefined }),
  position: fc.constantFrom(...POSITIONS),
  attachment: fc.constantFrom(...ATTACHMENTS),
  layers: fc.record(
    Object.fromEntries(LAYERS.map((layer) => [layer, text(60)])) as Record<
      (typeof LAYERS)[number],
      fc.Arbitrary<string>
    >,
  ),
  repairs: fc
    .uniqueArray(fc.constantFrom(...REPAIR_KINDS), { maxLength: 7 })
    .map((kinds) => kinds.map((kind) => ({ kind }))),
  dynamics: fc.record(
    {
      inertia: fc.double({ min: -0.99, max: 0.99, noNaN: true }),
      setPoint: fc.integer({ min: -24, max: 24 }),
    },
    { requiredKeys: [] },
  ),
});

const validMap = fc.record({
  format: fc.constant('cyclemap'),
  version: fc.constant(1),
  id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  title: text(40),
  notes: fc.string({ maxLength: 200 }),
  created: fc.constant('2026-11-29T10:00:00Z'),
  updated: fc.constant('2026-11-29T10:05:00.123Z'),
  partners: fc.tuple(partner, partner),
});

function expectClosedFailure(result: ReturnType<typeof parseCycleMap>): void {
  if (result.ok) return;
  expect(PARSE_ERROR_CODES).toContain(result.error.code);
  expect(result.error.message.length).toBeGreaterThan(10);
}

describe('parseCycleMap properties', () => {
  it('opens any well-formed map and gives back the same map after a save', () => {
    fc.assert(
      fc.property(validMap, (document) => {
        const result = parseCycleMap(JSON.stringify(document));
        if (!result.ok) throw new Error(result.error.message);
        const again = parseCycleMap(serializeCycleMap(result.value));
        expect(again.ok && again.value).toEqual(result.value);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text, bytes or JSON, and fails only with a known code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 300 })), (input) => {
        expectClosedFailure(parseCycleMap(input));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any field of a real map is replaced by any JSON value', () => {
    const base = JSON.parse(fixtureText('valid/full.json')) as Record<string, unknown>;
    const paths = leafPaths(base);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(base);
        setAt(copy, path, value);
        expectClosedFailure(parseCycleMap(JSON.stringify(copy)));
      }),
      { numRuns: 500 },
    );
  });
});

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]))];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}
