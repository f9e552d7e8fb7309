import { describe, expect, it } from 'vitest';
import {
  eigenvalueModulus,
  nextScore,
  stabilityAt,
  steadyStates,
  type ModelParameters,
} from '../../../src/core/dynamics';
import { iterate, partner } from './couples';

/** The turn-taking map: partner 1 answers partner 0's new score. */
function iterateSequential(
  p0: ModelParameters,
  p1: ModelParameters,
  start: readonly [number, number],
  turns: number,
): readonly [number, number] {
  let [score0, score1] = start;
  for (let t = 0; t < turns; t++) {
    score0 = nextScore(p0, score0, score1);
    score1 = nextScore(p1, score1, score0);
  }
  return [score0, score1];
}

describe('stability labels name the map they describe', () => {
  // A chase: partner 0 follows partner 1's mood (slope 0.9), partner 1 moves against partner 0's
  // (slope −1); both inertia 0.5, set points 0, so (0, 0) is the one steady state. By hand, with
  // α = 0.9 and β = −1:
  //  both at once:  [[0.5, 0.9], [−1, 0.5]], λ = 0.5 ± i·√0.9, |λ| = √1.15 ≈ 1.072 → unstable;
  //  turn-taking:   [[0.5, 0.9], [−0.5, 0.5 − 0.9]], trace 0.1, det 0.25,
  //                 λ = 0.05 ± i·√(0.25 − 0.0025), |λ| = √0.25 = 0.5 → stable.
  const p0 = partner({ negativeInfluence: 0.9, positiveInfluence: 0.9 });
  const p1 = partner({ negativeInfluence: -1, positiveInfluence: -1 });

  it('calls the chase unstable when both update at once, stable when they take turns', () => {
    const [together] = steadyStates(p0, p1);
    const [turns] = steadyStates(p0, p1, { update: 'sequential' });
    expect(together?.scores).toEqual([0, 0]);
    expect(turns?.scores).toEqual(together?.scores);
    expect(together?.kind).toBe('unstable');
    expect(turns?.kind).toBe('stable');
    expect(eigenvalueModulus(together!.eigenvalues[0])).toBeCloseTo(Math.sqrt(1.15), 12);
    expect(turns?.eigenvalues[0].re).toBeCloseTo(0.05, 12);
    expect(eigenvalueModulus(turns!.eigenvalues[0])).toBeCloseTo(0.5, 12);
  });

  it('match what each map does from a start near the state', () => {
    const [t0, t1] = iterateSequential(p0, p1, [1, 1], 60);
    expect(Math.hypot(t0, t1)).toBeLessThan(1e-6);
    const [s0, s1] = iterate(p0, p1, [1, 1], 60);
    expect(Math.hypot(s0, s1)).toBeGreaterThan(10);
  });

  it('keep today’s both-at-once reading when no update is named', () => {
    const scores = [0, 0] as const;
    expect(stabilityAt(p0, p1, scores)).toEqual(
      stabilityAt(p0, p1, scores, { update: 'simultaneous' }),
    );
    expect(steadyStates(p0, p1)).toEqual(steadyStates(p0, p1, { update: 'simultaneous' }));
  });

  it('agree for a calm couple, whose turn-taking eigenvalues keep the product r0·r1', () => {
    const calm = partner({ setPoint: 2 });
    const other = partner({ setPoint: -2, inertia: 0.3 });
    const [together] = steadyStates(calm, other);
    const [turns] = steadyStates(calm, other, { update: 'sequential' });
    expect(together?.kind).toBe('stable');
    expect(turns?.kind).toBe('stable');
    const [l0, l1] = turns!.eigenvalues;
    // Real eigenvalues here (trace 0.84, determinant 0.15): their product is the determinant.
    expect(l0.re * l1.re - l0.im * l1.im).toBeCloseTo(0.5 * 0.3, 12);
  });
});
