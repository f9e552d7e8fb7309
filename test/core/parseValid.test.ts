import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIMULATION,
  defaultDynamics,
  parseCycleMap,
  serializeCycleMap,
  type CycleMap,
} from '../../src/core';
import { fixtureBytes, fixtureNames, fixtureText } from './fixtures';

function open(name: string): { value: CycleMap; warnings: readonly { message: string }[] } {
  const result = parseCycleMap(fixtureBytes(name));
  if (!result.ok) throw new Error(`${name} did not parse: ${result.error.message}`);
  return result;
}

describe('valid maps', () => {
  it.each(fixtureNames('valid'))('%s opens and survives a save and reload unchanged', (name) => {
    const { value } = open(name);
    const saved = serializeCycleMap(value);
    const reopened = parseCycleMap(saved);
    expect(reopened.ok && reopened.value).toEqual(value);
    expect(reopened.ok && serializeCycleMap(reopened.value)).toBe(saved);
  });

  it('fills the dynamics a map leaves out from the partner’s position and attachment tendency', () => {
    const { value, warnings } = open('valid/minimal.json');
    expect(warnings).toEqual([]);
    expect(value.partners[0].dynamics).toEqual(defaultDynamics('pursuer', 'anxious'));
    expect(value.partners[1].dynamics).toEqual(defaultDynamics('withdrawer', 'avoidant'));
    expect(value.notes).toBe('');
    expect(value.partners[0].extraSteps).toEqual([]);
    expect(value.partners[0].repairs).toEqual([]);
  });

  it('keeps the dynamics a map gives and defaults only the rest', () => {
    const { value } = open('valid/full.json');
    const dev = value.partners[1].dynamics;
    expect(dev.inertia).toBe(0.75);
    expect(dev.restingHeartRate).toBe(58);
    expect(dev.negativeInfluence).toBe(defaultDynamics('withdrawer', 'avoidant').negativeInfluence);
    expect(value.simulation.noise).toBe(1.5);
    expect(value.partners[0].repairs[2]).toEqual({
      kind: 'custom',
      id: 'hand-on-shoulder',
      label: 'Hand on the shoulder',
      actsLike: 'humourOrAffection',
      words: '(puts a hand on his shoulder)',
    });
  });

  it('fills the simulation settings a map leaves out from the defaults', () => {
    const { value } = open('valid/partial-simulation.json');
    expect(value.simulation).toEqual({
      ...DEFAULT_SIMULATION,
      turns: 300,
      repair: {
        ...DEFAULT_SIMULATION.repair,
        landing: { ...DEFAULT_SIMULATION.repair.landing, softReach: 0.9 },
        breakMinutes: 30,
      },
      therapist: { ...DEFAULT_SIMULATION.therapist, landing: 1.5 },
    });
  });

  it('keeps right-to-left names and emoji exactly, and writes them unescaped', () => {
    const { value } = open('valid/unicode-rtl-emoji.json');
    expect(value.partners.map((p) => p.name)).toEqual(['נועה', 'عليّ']);
    expect(value.partners[1].layers.longing).toBe('👨‍👩‍👧 to feel we are a family');
    const saved = serializeCycleMap(value);
    expect(saved).toContain('"name": "נועה"');
    expect(saved).toContain('💃🕺');
  });

  it('keeps fields from a newer Cyclemap in place through a load and save', () => {
    const saved: unknown = JSON.parse(serializeCycleMap(open('valid/future-fields.json').value));
    const original = JSON.parse(fixtureText('valid/future-fields.json')) as { theme: unknown };
    expect(saved).toMatchObject({
      theme: original.theme,
      partners: [
        { avatar: 'wave', repairs: [{ kind: 'softReach', tone: 'warm' }] },
        { layers: { bodySensation: 'tight chest' } },
      ],
      simulation: { noise: 1, integrator: 'rk4' },
    });
  });

  it('writes keys in a fixed, readable order with a two-space indent', () => {
    const saved = serializeCycleMap(open('valid/full.json').value);
    expect(Object.keys(JSON.parse(saved) as object)).toEqual([
      'format',
      'version',
      'id',
      'title',
      'notes',
      'created',
      'updated',
      'partners',
      'simulation',
    ]);
    expect(saved.split('\n')[1]).toBe('  "format": "cyclemap",');
    expect(saved.endsWith('}\n')).toBe(true);
  });

  it('accepts a byte-order mark and the same map as text or bytes', () => {
    const text = fixtureText('valid/minimal.json');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parseCycleMap(withBom)).toEqual(parseCycleMap(text));
  });
});

describe('__proto__ and constructor keys', () => {
  it('pollute nothing: __proto__ is dropped with a note, constructor stays plain data', () => {
    const { value, warnings } = open('valid/proto-keys.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.partners[1])).toBe(Object.prototype);
    expect(value.partners[1].position).toBe('withdrawer');
    expect(warnings.map((w) => w.message)).toEqual([
      'Ignored 2 fields named “__proto__”, which a cycle map never uses.',
    ]);
    expect(value.unknownFields?.constructor).toEqual({ prototype: { polluted: 'yes' } });
    const saved = serializeCycleMap(value);
    expect(saved).not.toContain('__proto__');
    expect(saved).toContain('"constructor"');
  });
});
