import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluatePolynomial,
  polynomialMultiply,
  realRootsIn,
  type Polynomial,
} from '../../../src/core/dynamics/polynomial';

const fromRoots = (roots: readonly number[], lead = 1): Polynomial =>
  roots.reduce<Polynomial>((p, r) => polynomialMultiply(p, [-r, 1]), [lead]);

describe('real roots of a polynomial on an interval', () => {
  it('finds every root of a cubic and a quintic, and none outside the interval', () => {
    expect(realRootsIn([-6, 11, -6, 1], 0, 10).map((r) => +r.toFixed(12))).toEqual([1, 2, 3]);
    const quintic = fromRoots([-0.9, -0.3, 0.1, 0.5, 0.95], 2.5);
    const roots = realRootsIn(quintic, -1, 1);
    expect(roots).toHaveLength(5);
    [-0.9, -0.3, 0.1, 0.5, 0.95].forEach((r, i) => expect(roots[i]).toBeCloseTo(r, 12));
    expect(realRootsIn(quintic, 0, 0.4)).toHaveLength(1);
  });

  it('uses the closed form for lines and quadratics, without cancellation', () => {
    expect(realRootsIn([2, -4], -5, 5)).toEqual([0.5]);
    const [small, large] = realRootsIn([1, -1e8, 1], -1e9, 1e9);
    expect(small).toBeCloseTo(1e-8, 20);
    expect(large).toBeCloseTo(1e8, 4);
    expect(realRootsIn([1, 0, 1], -5, 5)).toEqual([]);
  });

  it('finds a double root where the curve only touches zero', () => {
    const touching = fromRoots([0.25, 0.25, -0.5]);
    const roots = realRootsIn(touching, -1, 1);
    expect(roots[0]).toBeCloseTo(-0.5, 12);
    expect(roots.some((r) => Math.abs(r - 0.25) < 1e-6)).toBe(true);
  });

  it('has no isolated roots for the zero polynomial or a constant', () => {
    expect(realRootsIn([0, 0, 0], -1, 1)).toEqual([]);
    expect(realRootsIn([3], -1, 1)).toEqual([]);
  });

  it('finds simple roots of random polynomials to 1e-12 (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: -0.99, max: 0.99, noNaN: true }), {
          minLength: 1,
          maxLength: 7,
          comparator: (a, b) => Math.abs(a - b) < 1e-3,
        }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (roots, lead) => {
          const p = fromRoots(roots, lead);
          const found = realRootsIn(p, -1, 1);
          const sorted = [...roots].sort((a, b) => a - b);
          expect(found).toHaveLength(sorted.length);
          sorted.forEach((r, i) => expect(Math.abs((found[i] ?? Infinity) - r)).toBeLessThan(1e-9));
          for (const r of found)
            expect(Math.abs(evaluatePolynomial(p, r))).toBeLessThan(1e-12 * lead * 2 ** 7);
        },
      ),
    );
  });
});
