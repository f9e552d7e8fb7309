import { describe, expect, it } from 'vitest';
import { parseCycleMap, type ParseErrorCode } from '../../src/core';
import { fixtureBytes, fixtureNames, fixtureText } from './fixtures';

/** Every broken fixture, the error a person sees, and where it points. */
const EXPECTED: Record<string, { code: ParseErrorCode; path?: string; says: RegExp }> = {
  'broken/bad-date.json': {
    code: 'invalid-field',
    path: 'created',
    says: /should be a date and time like/,
  },
  'broken/break-too-short.json': {
    code: 'invalid-field',
    path: 'simulation.repair.breakMinutes',
    says: /^The length of a break in minutes \(simulation\.repair\.breakMinutes\) should be a number from 20 to 1440, not 10\.$/,
  },
  'broken/binary-garbage.json': {
    code: 'not-json',
    says: /isn't text \(it looks like binary data\)/,
  },
  'broken/deep-nesting.json': { code: 'too-large', says: /more than 32 levels deep/ },
  'broken/duplicate-repair.json': {
    code: 'invalid-field',
    path: 'partners[0].repairs[1]',
    says: /^Ana's .*repeats the repair “softReach”/,
  },
  'broken/empty.json': { code: 'not-json', says: /^This file is empty/ },
  'broken/extra-step-after-unknown.json': {
    code: 'invalid-field',
    path: 'partners[0].extraSteps[0].after',
    says: /“slams-door”, which is not an earlier step/,
  },
  'broken/flooding-below-resting.json': {
    code: 'invalid-field',
    path: 'partners[1].dynamics.floodingHeartRate',
    says: /must be above the resting heart rate \(110\)/,
  },
  'broken/huge-text.json': {
    code: 'invalid-field',
    path: 'partners[0].layers.perception',
    says: /^Ana's perception .* is 64,000 characters long; the limit is 400\.$/,
  },
  'broken/inertia-out-of-range.json': {
    code: 'invalid-field',
    path: 'partners[0].dynamics.inertia',
    says: /should be a number from -0\.99 to 0\.99, not 1\.2/,
  },
  'broken/missing-layer.json': {
    code: 'invalid-field',
    path: 'partners[1].layers.longing',
    says: /^Dev's longing .* is missing\.$/,
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
    says: /should be a whole number from 1 to 3000, not 12\.5/,
  },
  'broken/wrong-type-dynamics.json': {
    code: 'invalid-field',
    path: 'partners[0].dynamics.inertia',
    says: /should be a number from .* but it is text/,
  },
  'broken/wrong-type-layers.json': {
    code: 'invalid-field',
    path: 'partners[0].layers',
    says: /should be an object with named fields, but it is text/,
  },
  'broken/wrong-type-position.json': {
    code: 'invalid-field',
    path: 'partners[1].position',
    says: /should be one of pursuer, withdrawer, blamer, placater or mixed, not a number/,
  },
  'broken/wrong-type-title.json': {
    code: 'invalid-field',
    path: 'title',
    says: /^The title \(title\) should be text, but it is a list\.$/,
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
    expectPlainSentence(result.error.message);
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
      "Ana's extra steps (partners[0].extraSteps) has 9 entries; at most 8 are allowed.",
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

function expectPlainSentence(message: string): void {
  expect(message).toMatch(/^[A-Z“"]/);
  expect(message).toMatch(/[.)]$/);
  expect(message.length).toBeLessThan(320);
  expect(message).not.toMatch(/\bat \S+:\d+|Error:|undefined|\[object/);
}
