import { describe, expect, it } from 'vitest';
import { nullclineResidual, steadyStates } from '../../../src/core/dynamics';
import { iterate, partner } from './couples';

describe('a couple with gentle linear influence', () => {
  // Set points +2 and −2, inertia 0.5, slopes 0.2 on both sides. By hand:
  // 0.5·P0 = 1 + 0.2·P1 and 0.5·P1 = −1 + 0.2·P0, so P0 = 10/7 and P1 = −10/7;
  // eigenvalues (1 ± √(0 + 4·0.04)) / 2 = 0.7 and 0.3.
  const p0 = partner({ setPoint: 2 });
  const p1 = partner({ setPoint: -2 });

  it('has exactly one steady state, where the hand calculation puts it', () => {
    const states = steadyStates(p0, p1);
    expect(states).toHaveLength(1);
    const [state] = states;
    expect(state?.scores[0]).toBeCloseTo(10 / 7, 12);
    expect(state?.scores[1]).toBeCloseTo(-10 / 7, 12);
    expect(nullclineResidual(p0, p1, state!.scores)).toBeLessThan(1e-12);
  });

  it('calls it stable, with real eigenvalues 0.7 and 0.3', () => {
    const [state] = steadyStates(p0, p1);
    expect(state?.kind).toBe('stable');
    expect(state?.eigenvalues[0].re).toBeCloseTo(0.7, 12);
    expect(state?.eigenvalues[1].re).toBeCloseTo(0.3, 12);
    expect(state?.eigenvalues.map((lambda) => lambda.im)).toEqual([0, 0]);
  });

  it('draws every start to it', () => {
    for (const start of [
      [-20, 20],
      [15, 15],
      [0, -24],
    ] as const) {
      const [score0, score1] = iterate(p0, p1, start, 200);
      expect(score0).toBeCloseTo(10 / 7, 10);
      expect(score1).toBeCloseTo(-10 / 7, 10);
    }
  });

  it('finds a steady state sitting exactly on the corner at 0 (both set points neutral)', () => {
    const calm = partner({ negativeInfluence: 0.3, positiveInfluence: 0.1 });
    const states = steadyStates(calm, calm);
    expect(states.map((state) => state.scores)).toEqual([[0, 0]]);
    // At a corner the right-hand (positive-side) slopes decide: eigenvalues 0.5 ± 0.1.
    expect(states[0]?.eigenvalues[0].re).toBeCloseTo(0.6, 12);
  });

  it('reports a complex pair when the partners pull against each other', () => {
    const [state] = steadyStates(
      partner({ negativeInfluence: 0.4, positiveInfluence: 0.4 }),
      partner({ negativeInfluence: -0.4, positiveInfluence: -0.4 }),
    );
    // Discriminant 0 + 4·(0.4·−0.4) < 0: eigenvalues 0.5 ± 0.4i, modulus ≈ 0.64.
    expect(state?.eigenvalues).toEqual([
      { re: 0.5, im: expect.closeTo(0.4, 12) as number },
      { re: 0.5, im: expect.closeTo(-0.4, 12) as number },
    ]);
    expect(state?.kind).toBe('stable');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('refuses an inertia of 1 or more, where no nullcline exists', () => {
    expect(() => steadyStates(partner({ inertia: 1 }), partner())).toThrow(RangeError);
  });
});
