import { describe, expect, it } from 'vitest';
import { parseCycleMap, type ParseErrorCode } from '../../src/core';
import { fixtureBytes, fixtureNames, fixtureText } from './fixtures';

/** Every broken fixture, the error a person sees, and where it points. */
const EXPECTED: Record<string, { code: ParseErrorCode; path?: string; says: RegExp }> = {
  'broken/bad-date.json': {
    code: 'invalid-field',
    path: 'created',
    says: /^The date the map was created should be a date and time like 2026-11-29T10:00:00Z, not “last Tuesday”\.$/,
  },
  'broken/break-too-short.json': {
    code: 'invalid-field',
    path: 'simulation.repair.breakMinutes',
    says: /^The length of a break in minutes should be a number from 20 to 1440, not 10\.$/,
  },
  'broken/binary-garbage.json': {
    code: 'not-json',
    says: /isn't text \(it looks like binary data\)/,
  },
  'broken/deep-nesting.json': { code: 'too-large', says: /more than 32 levels deep/ },
  'broken/duplicate-repair.json': {
    code: 'invalid-field',
    path: 'partners[0].repairs[1]',
    says: /^Ana's second repair repeats the repair “softReach”; list each repair once\.$/,
  },
  'broken/empty.json': { code: 'not-json', says: /^This file is empty/ },
  'broken/extra-step-after-unknown.json': {
    code: 'invalid-field',
    path: 'partners[0].extraSteps[0].after',
    says: /^The step before Ana's first extra step is “slams-door”, which is not an earlier step/,
  },
  'broken/flooding-below-resting.json': {
    code: 'invalid-field',
    path: 'partners[1].dynamics.floodingHeartRate',
    says: /^Dev's flooding heart rate is 100, but it must be above the resting heart rate \(110\)\.$/,
  },
  'broken/huge-text.json': {
    code: 'invalid-field',
    path: 'partners[0].layers.perception',
    says: /^Ana's perception is 64,000 characters long; the limit is 400\.$/,
  },
  'broken/inertia-out-of-range.json': {
    code: 'invalid-field',
    path: 'partners[0].dynamics.inertia',
    says: /^Ana's inertia should be a number from -0\.99 to 0\.99, not 1\.2\.$/,
  },
  'broken/missing-layer.json': {
    code: 'invalid-field',
    path: 'partners[1].layers.longing',
    says: /^Dev's longing is missing\.$/,
  },
  'broken/missing-partners.json': {
    code: 'invalid-field',
    path: 'partners',
    says: /needs exactly two partners/,
  },
  'broken/newer-version.json': {
    code: 'version-too-new',
    says: /newer Cyclemap \(file version 2; this one reads up to version 1\)/,
  },
  'broken/not-a-cyclemap.json': { code: 'not-cyclemap', says: /not a cycle map/ },
  'broken/several-problems.json': {
    code: 'invalid-field',
    path: 'title',
    says: /^The title is empty\.$/,
  },
  'broken/one-partner.json': {
    code: 'invalid-field',
    path: 'partners',
    says: /exactly two partners, but this one lists 1/,
  },
  'broken/syntax-error.json': {
    code: 'not-json',
    says: /mistake at or just before line 6, column 3/,
  },
  'broken/three-partners.json': {
    code: 'invalid-field',
    path: 'partners',
    says: /exactly two partners, but this one lists 3/,
  },
  'broken/truncated.json': { code: 'not-json', says: /cut off while saving/ },
  'broken/turns-not-whole.json': {
    code: 'invalid-field',
    path: 'simulation.turns',
    says: /^The length of the talk in turns should be a whole number from 1 to 3000, not 12\.5\.$/,
  },
  'broken/wrong-type-dynamics.json': {
    code: 'invalid-field',
    path: 'partners[0].dynamics.inertia',
    says: /^Ana's inertia should be a number from .* but it is text\.$/,
  },
  'broken/wrong-type-layers.json': {
    code: 'invalid-field',
    path: 'partners[0].layers',
    says: /^Ana's layers should be an object with named fields, but it is text\.$/,
  },
  'broken/wrong-type-position.json': {
    code: 'invalid-field',
    path: 'partners[1].position',
    says: /^Dev's position should be one of pursuer, withdrawer, blamer, placater or mixed, not a number\.$/,
  },
  'broken/wrong-type-title.json': {
    code: 'invalid-field',
    path: 'title',
    says: /^The title should be text, but it is a list\.$/,
  },
};

describe('broken and hostile files', () => {
  it('has an expectation for every stored broken fixture', () => {
    expect(fixtureNames('broken')).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s is refused with a plain sentence', (name, expected) => {
    const result = parseCycleMap(fixtureBytes(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(expected.code);
    expect(result.error.path).toBe(expected.path);
    expect(result.error.message).toMatch(expected.says);
    expect(result.errors[0]).toBe(result.error);
    result.errors.forEach((error) => expectPlainSentence(error.message));
  });

  it('reports every problem of a map at once, each with its place and a sentence', () => {
    const result = parseCycleMap(fixtureBytes('broken/several-problems.json'));
    expect(result.ok || result.errors).toEqual([
      { code: 'invalid-field', path: 'title', message: 'The title is empty.' },
      {
        code: 'invalid-field',
        path: 'partners[0].layers.move',
        message: "Ana's move is 450 characters long; the limit is 400.",
      },
      {
        code: 'invalid-field',
        path: 'partners[1].position',
        message:
          "Dev's position should be one of pursuer, withdrawer, blamer, placater or mixed, not “chaser”.",
      },
    ]);
  });

  it('says each field once, with the first thing wrong with it', () => {
    const map = JSON.parse(fixtureText('valid/minimal.json')) as Record<string, unknown>;
    map.id = ''; // both empty and not of the id's form: one problem to fix
    const result = parseCycleMap(JSON.stringify(map));
    expect(result.ok || result.errors.map((e) => e.message)).toEqual(["The map's id is empty."]);
  });

  it('reports problems in lists, in nested objects and across partners together', () => {
    const map = JSON.parse(fixtureText('valid/full.json')) as {
      partners: Record<string, unknown>[];
      simulation: Record<string, unknown>;
    };
    const [ana, dev] = map.partners as [Record<string, unknown>, Record<string, unknown>];
    ana.repairs = [{ kind: 'softReach' }, { kind: 'hug' }, { kind: 'softReach' }];
    ana.extraSteps = [{ id: 'Sulks', text: 'x', after: 'nowhere' }];
    dev.dynamics = { inertia: 2, floodingHeartRate: 50 };
    map.simulation = { noise: 'loud', therapist: { landing: 4 } };
    const result = parseCycleMap(JSON.stringify(map));
    expect(result.ok || result.errors.map((e) => [e.path, e.message])).toEqual([
      [
        'partners[0].extraSteps[0].id',
        'The id of Ana\'s first extra step should start with a lower-case letter and use only letters, digits and "-", not “Sulks”.',
      ],
      [
        'partners[0].extraSteps[0].after',
        "The step before Ana's first extra step is “nowhere”, which is not an earlier step of this partner (use trigger, perception, reactiveEmotion, move, or the id of an extra step listed before this one).",
      ],
      [
        'partners[0].repairs[1].kind',
        "The kind of Ana's second repair should be one of nameTheCycle, gentleStartUp, softReach, areResponse, takeResponsibility, selfSoothingBreak, humourOrAffection or custom, not “hug”.",
      ],
      [
        'partners[0].repairs[2]',
        "Ana's third repair repeats the repair “softReach”; list each repair once.",
      ],
      [
        'partners[1].dynamics.inertia',
        "Dev's inertia should be a number from -0.99 to 0.99, not 2.",
      ],
      [
        'partners[1].dynamics.floodingHeartRate',
        "Dev's flooding heart rate should be a number from 60 to 220, not 50.",
      ],
      [
        'simulation.noise',
        'The noise of the simulation should be a number from 0 to 8, but it is text.',
      ],
      [
        'simulation.therapist.landing',
        'The therapist’s effect on landing chances should be a number from 1 to 3, not 4.',
      ],
    ]);
  });

  it('names a partner by their name only when it can stand in a sentence', () => {
    const map = JSON.parse(fixtureText('valid/minimal.json')) as {
      partners: Record<string, unknown>[];
    };
    const [ana, dev] = map.partners as [Record<string, unknown>, Record<string, unknown>];
    ana.name = '   ';
    (ana.layers as Record<string, unknown>).move = 42;
    (dev.layers as Record<string, unknown>).move = 42;
    const result = parseCycleMap(JSON.stringify(map));
    expect(result.ok || result.errors.map((e) => e.message)).toEqual([
      "The first partner's name is empty.",
      "The first partner's move should be text, but it is a number.",
      "Dev's move should be text, but it is a number.",
    ]);
  });

  it('words every problem in plain language, never with a raw field name in brackets', () => {
    const messages = [
      ...fixtureNames('broken').map(fixtureBytes),
      ...mutationsOf('valid/full.json'),
    ].flatMap((input) => {
      const result = parseCycleMap(input);
      return result.ok ? [] : result.errors.map((error) => error.message);
    });
    expect(messages.length).toBeGreaterThan(500);
    for (const message of new Set(messages)) {
      expect(message).not.toMatch(RAW_FIELD_NAME);
      expect(message).not.toMatch(/\bInvalid \w+: |Expected|Received/); // Valibot's own words
      expectPlainSentence(message);
    }
  });

  it('refuses a file over 1 MiB before reading it, whether bytes or text', () => {
    const padding = 'x'.repeat(1024 * 1024);
    const big = `{"format":"cyclemap","version":1,"notes":"${padding}"}`;
    const asBytes = parseCycleMap(new TextEncoder().encode(big));
    expect(asBytes.ok || asBytes.error.code).toBe('too-large');
    expect(asBytes.ok || asBytes.error.message).toMatch(/more than the 1 MiB a cycle map may be/);
    // 600,000 two-byte characters: under a million characters, but 1.2 MB on disk.
    const wide = parseCycleMap(`"${'é'.repeat(600_000)}"`);
    expect(wide.ok || wide.error.code).toBe('too-large');
  });

  it('caps the counts of extra steps and repairs, saying the limit', () => {
    const map = JSON.parse(fixtureText('valid/minimal.json')) as {
      partners: Record<string, unknown>[];
    };
    map.partners[0]!.extraSteps = Array.from({ length: 9 }, (_, i) => ({
      id: `step-${i}`,
      text: 'x',
      after: 'move',
    }));
    const result = parseCycleMap(JSON.stringify(map));
    expect(result.ok || result.error.message).toBe(
      "Ana's list of extra steps has 9 entries; at most 8 are allowed.",
    );
  });

  it('refuses a version that is not a whole number', () => {
    const result = parseCycleMap('{"format":"cyclemap","version":"1"}');
    expect(result.ok || [result.error.code, result.error.path]).toEqual([
      'invalid-field',
      'version',
    ]);
  });
});

/** "(id)", "(partners[1].layers.move)": a field's name from the file, where words should be. */
const RAW_FIELD_NAME = /\([A-Za-z_$][\w$]*(?:[.[][^)\s]*)?\)/;

/** The map's text with each field in turn replaced by values of every wrong kind. */
function mutationsOf(name: string): string[] {
  const original = JSON.parse(fixtureText(name)) as unknown;
  const wrong: unknown[] = [
    undefined,
    null,
    true,
    -1,
    12.5,
    1e6,
    '',
    ' ',
    'x'.repeat(450),
    'Ab',
    [],
    {},
    ['a'],
  ];
  return leafPaths(original).flatMap((path) =>
    wrong.map((value) => {
      const copy = structuredClone(original);
      setAt(copy, path, value);
      return JSON.stringify(copy);
    }),
  );
}

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    [...prefix, key],
    ...leafPaths(child, [...prefix, key]),
  ]);
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function expectPlainSentence(message: string): void {
  expect(message).toMatch(/^[A-Z“"]/);
  expect(message).toMatch(/[.)]$/);
  expect(message.length).toBeLessThan(320);
  expect(message).not.toMatch(/\bat \S+:\d+|Error:|undefined|\[object/);
}
