import { describe, expect, it } from 'vitest';
import { nullclineResidual, steadyStates } from '../../../src/core/dynamics';
import { iterate, partner } from './couples';

describe('a couple with two attractors and a saddle between them', () => {
  // Both partners: inertia 0.5, set point 1 (a = 0.5), strongly moved by the other's negativity
  // (slope 0.9), barely by warmth (0.1), with a repair term below −2 of strength 1.
  // On the diagonal P0 = P1 = P a steady state solves 0.5·P = 0.5 + I(P):
  //   P ≥ 0:        0.5 − 0.4·P = 0                      → P = 1.25   (I' = 0.1:  λ = 0.6, 0.4)
  //   −2 ≤ P < 0:   0.5 + 0.4·P = 0                      → P = −1.25  (I' = 0.9:  λ = 1.4, −0.4)
  //   P < −2, w = −2 − P: −0.3 − 0.4·w + 2w/(1 + w) = 0,
  //     i.e. 0.4·w² − 1.3·w + 0.3 = 0                      → w = 0.25 or 3, P = −2.25 or −5
  //     (I' = 0.9 − 2/(1 + w)²: −0.38 → λ = 0.88, 0.12; 0.775 → λ = 1.275, −0.275).
  const couple = partner({
    setPoint: 1,
    negativeInfluence: 0.9,
    positiveInfluence: 0.1,
    repairThreshold: -2,
    repairStrength: 1,
  });

  const states = steadyStates(couple, couple);

  it('has the four steady states of the hand calculation, with their kinds', () => {
    const expected = [
      { at: -5, kind: 'saddle' },
      { at: -2.25, kind: 'stable' },
      { at: -1.25, kind: 'saddle' },
      { at: 1.25, kind: 'stable' },
    ] as const;
    expect(states).toHaveLength(expected.length);
    expected.forEach(({ at, kind }, i) => {
      expect(states[i]?.scores[0]).toBeCloseTo(at, 12);
      expect(states[i]?.scores[1]).toBeCloseTo(at, 12);
      expect(states[i]?.kind).toBe(kind);
    });
    expect(states[1]?.eigenvalues[0].re).toBeCloseTo(0.88, 12);
    expect(states[1]?.eigenvalues[1].re).toBeCloseTo(0.12, 12);
  });

  it('sorts the states by partner 0’s score, each on both nullclines', () => {
    const firsts = states.map((state) => state.scores[0]);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const state of states)
      expect(nullclineResidual(couple, couple, state.scores)).toBeLessThan(1e-12);
  });

  it('lets where the talk starts decide where it ends: a warm start stays warm, a harsh one settles hostile', () => {
    const warm = iterate(couple, couple, [3, 2], 300);
    expect(warm[0]).toBeCloseTo(1.25, 9);
    expect(warm[1]).toBeCloseTo(1.25, 9);
    const harsh = iterate(couple, couple, [-3, -4], 300);
    expect(harsh[0]).toBeCloseTo(-2.25, 9);
    expect(harsh[1]).toBeCloseTo(-2.25, 9);
  });
});
