// A file of several maps ("Download all maps") and `parseMapFile`, which reads one map or many:
// every map back as it was, and one sentence per problem, each saying which map it is about.
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_FORMAT,
  LIMITS,
  parseCycleMap,
  parseMapFile,
  serializeCollection,
  serializeCycleMap,
  type CycleMap,
} from '../../src/core';
import { fixtureText } from './fixtures';
import { model } from './engine/models';

const NOW = '2026-12-02T10:00:00.000Z';
const polka = model('protest-polka');
const flee = model('freeze-and-flee');

describe('a file of several maps', () => {
  it('gives every map back exactly, in order', () => {
    const { maps, problems } = parseMapFile(serializeCollection([polka, flee], NOW));
    expect(problems).toEqual([]);
    expect(maps.map(({ map }) => map)).toEqual([polka, flee]);
  });

  it('reads a single map file as one map, with its warnings', () => {
    const text = fixtureText('valid/minimal.json');
    const single = parseCycleMap(text);
    if (!single.ok) throw new Error('the fixture should open');
    expect(parseMapFile(text)).toEqual({
      maps: [{ map: single.value, warnings: single.warnings }],
      problems: [],
    });
  });

  it('lists every problem of a map that does not open, not just the first', () => {
    const text = fixtureText('broken/several-problems.json');
    const single = parseCycleMap(text);
    if (single.ok) throw new Error('the fixture should not open');
    const { maps, problems } = parseMapFile(text);
    expect(maps).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(single.errors.map((e) => e.message));
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the maps that read and names each one that does not, by number and title', () => {
    const document = JSON.parse(serializeCollection([polka, flee], NOW)) as {
      maps: unknown[];
    };
    document.maps.splice(1, 0, { ...(document.maps[0] as object), partners: [] }, 'not a map');
    const { maps, problems } = parseMapFile(JSON.stringify(document));
    expect(maps.map(({ map }) => map.id)).toEqual([polka.id, flee.id]);
    expect(problems.map((p) => p.which)).toEqual(['Map 2 (“Protest Polka”)', 'Map 3']);
  });

  it('refuses a collection from a newer Cyclemap, saying so', () => {
    const text = JSON.stringify({ format: COLLECTION_FORMAT, version: 2, maps: [] });
    const { problems } = parseMapFile(text);
    expect(problems.map((p) => p.which)).toEqual([null]);
    expect(problems[0]?.message).toMatch(/newer Cyclemap \(collection version 2;/);
  });

  it('may be larger than one map may be; a single map that large is refused', () => {
    const big: CycleMap = { ...polka, notes: 'x'.repeat(LIMITS.notesChars) };
    const many = Array.from({ length: 60 }, (_, i) => ({ ...big, id: `map-${i}` }));
    const text = serializeCollection(many, NOW);
    expect(text.length).toBeGreaterThan(LIMITS.fileBytes);
    expect(parseMapFile(text).maps).toHaveLength(60);

    const padded = serializeCycleMap(polka).replace(
      '{',
      `{"padding":"${'x'.repeat(LIMITS.fileBytes)}",`,
    );
    expect(parseMapFile(padded).problems[0]?.message).toMatch(
      /more than the 1 MiB a cycle map may be/,
    );
  });
});
