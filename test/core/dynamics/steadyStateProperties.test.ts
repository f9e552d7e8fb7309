import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCORE_MAX,
  SCORE_MIN,
  nullcline,
  nullclineResidual,
  steadyStates,
  type ModelParameters,
} from '../../../src/core/dynamics';
import { iterate } from './couples';

/** Any partner a cycle-map document may hold (the ranges of DYNAMICS_RANGES). */
const anyPartner: fc.Arbitrary<ModelParameters> = fc.record({
  inertia: fc.double({ min: -0.99, max: 0.99, noNaN: true }),
  setPoint: fc.double({ min: -24, max: 24, noNaN: true }),
  negativeInfluence: fc.double({ min: -2, max: 2, noNaN: true }),
  positiveInfluence: fc.double({ min: -2, max: 2, noNaN: true }),
  repairThreshold: fc.double({ min: -24, max: 24, noNaN: true }),
  repairStrength: fc.double({ min: -10, max: 10, noNaN: true }),
  dampingThreshold: fc.double({ min: -24, max: 24, noNaN: true }),
  dampingStrength: fc.double({ min: -10, max: 10, noNaN: true }),
});

const RUNS = { numRuns: 400 };

describe('steady states of any couple (properties)', () => {
  it('lie on both nullclines to 1e-9, on the scale, sorted by partner 0’s score', () => {
    fc.assert(
      fc.property(anyPartner, anyPartner, (p0, p1) => {
        const states = steadyStates(p0, p1);
        for (const state of states) {
          expect(nullclineResidual(p0, p1, state.scores)).toBeLessThan(1e-9);
          for (const score of state.scores) {
            expect(score).toBeGreaterThanOrEqual(SCORE_MIN);
            expect(score).toBeLessThanOrEqual(SCORE_MAX);
          }
        }
        const firsts = states.map((state) => state.scores[0]);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('hold still under the deterministic map, when stable', () => {
    fc.assert(
      fc.property(anyPartner, anyPartner, (p0, p1) => {
        for (const state of steadyStates(p0, p1)) {
          if (state.kind !== 'stable') continue;
          const [score0, score1] = iterate(p0, p1, state.scores, 100);
          expect(Math.abs(score0 - state.scores[0])).toBeLessThan(1e-6);
          expect(Math.abs(score1 - state.scores[1])).toBeLessThan(1e-6);
        }
      }),
      RUNS,
    );
  });

  it('include every crossing a fine scan of the nullclines can see', () => {
    fc.assert(
      fc.property(anyPartner, anyPartner, (p0, p1) => {
        const states = steadyStates(p0, p1);
        // φ(P0) = nullcline0(nullcline1(P0)) − P0 changes sign across each crossing.
        const step = 0.01;
        let previous: { x: number; phi: number } | undefined;
        for (let i = 0; i <= 4800; i++) {
          const x = SCORE_MIN + i * step;
          const y = nullcline(p1, x);
          const current =
            Math.abs(y) <= SCORE_MAX - 0.01 ? { x, phi: nullcline(p0, y) - x } : undefined;
          if (previous && current && previous.phi < 0 !== current.phi < 0) {
            const lo = previous.x - 1e-6;
            const hi = current.x + 1e-6;
            expect(
              states.some((state) => state.scores[0] >= lo && state.scores[0] <= hi),
              `a crossing between ${previous.x} and ${current.x}`,
            ).toBe(true);
          }
          previous = current;
        }
      }),
      { numRuns: 150 },
    );
  });
});
