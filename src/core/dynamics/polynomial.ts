/** Small real polynomials and their real roots on an interval: the exact engine of the steady-state search. */

/** Coefficients in ascending order: `[c0, c1, c2]` is `c0 + c1·t + c2·t²`. */
export type Polynomial = readonly number[];

/** p + q. */
export function polynomialAdd(p: Polynomial, q: Polynomial): Polynomial {
  const length = Math.max(p.length, q.length);
  return Array.from({ length }, (_, i) => (p[i] ?? 0) + (q[i] ?? 0));
}

/** k·p. */
export function polynomialScale(p: Polynomial, k: number): Polynomial {
  return p.map((c) => c * k);
}

/** p·q. */
export function polynomialMultiply(p: Polynomial, q: Polynomial): Polynomial {
  if (p.length === 0 || q.length === 0) return [];
  const product = new Array<number>(p.length + q.length - 1).fill(0);
  p.forEach((a, i) => q.forEach((b, j) => (product[i + j] = (product[i + j] ?? 0) + a * b)));
  return product;
}

/** pⁿ for a whole n ≥ 0. */
export function polynomialPower(p: Polynomial, n: number): Polynomial {
  let result: Polynomial = [1];
  for (let i = 0; i < n; i++) result = polynomialMultiply(result, p);
  return result;
}

/**
 * The value at `t` (Horner's scheme).
 *
 * @example
 * evaluatePolynomial([1, 0, 2], 3); // 1 + 2·9 = 19
 */
export function evaluatePolynomial(p: Polynomial, t: number): number {
  let value = 0;
  for (let i = p.length - 1; i >= 0; i--) value = value * t + (p[i] ?? 0);
  return value;
}

/** p'. */
export function polynomialDerivative(p: Polynomial): Polynomial {
  return p.slice(1).map((c, i) => c * (i + 1));
}

/** Σ|c_k|·m^k: a bound on |p(t)| for |t| ≤ m, the yardstick for "zero" and "negligible" on that interval. */
export function polynomialMagnitude(p: Polynomial, m: number): number {
  return p.reduce((sum, c, k) => sum + Math.abs(c) * m ** k, 0);
}

/** The relative size below which a value counts as zero: a few hundred rounding errors. */
const RELATIVE_ZERO = 1e-13;

/** Drops top coefficients too small to change the polynomial anywhere on |t| ≤ m. */
function trimmed(p: Polynomial, m: number): Polynomial {
  const negligible = RELATIVE_ZERO * polynomialMagnitude(p, m);
  let degree = p.length - 1;
  while (degree >= 0 && Math.abs(p[degree] ?? 0) * m ** degree <= negligible) degree--;
  return p.slice(0, degree + 1);
}

/** Roots of `c0 + c1·t + c2·t²` (c2 ≠ 0) by the cancellation-free form of the quadratic formula. */
function quadraticRoots(c0: number, c1: number, c2: number): number[] {
  const discriminant = c1 * c1 - 4 * c2 * c0;
  // A discriminant a rounding error below zero is a double root (a tangency), not a miss.
  if (discriminant < -RELATIVE_ZERO * (c1 * c1 + Math.abs(4 * c2 * c0))) return [];
  const root = Math.sqrt(Math.max(0, discriminant));
  const q = -(c1 + (c1 < 0 ? -root : root)) / 2;
  if (q === 0) return [0];
  return [q / c2, c0 / q].sort((x, y) => x - y);
}

/** Narrows a sign change of `p` on [lo, hi] down to adjacent floating-point numbers. */
function bisect(p: Polynomial, lo: number, hi: number, valueAtLo: number): number {
  let a = lo;
  let b = hi;
  const rising = valueAtLo < 0;
  for (let i = 0; i < 200; i++) {
    const middle = (a + b) / 2;
    if (middle <= a || middle >= b) break;
    const value = evaluatePolynomial(p, middle);
    if (value === 0) return middle;
    if (value < 0 === rising) a = middle;
    else b = middle;
  }
  return (a + b) / 2;
}

/**
 * Every real root of `p` in [lo, hi], ascending, without scanning a grid: the roots of `p'` split
 * the interval into pieces where `p` is monotone, so each piece holds at most one root, found by
 * bisection. Degrees up to 2 use the closed form. A value within rounding of zero at an interval
 * end or at a turning point (a tangency) also counts as a root, so callers must verify candidates.
 * A polynomial that is zero everywhere has no isolated roots and returns [].
 *
 * @example
 * realRootsIn([-6, 11, -6, 1], 0, 10); // ≈ [1, 2, 3]
 */
export function realRootsIn(p: Polynomial, lo: number, hi: number): number[] {
  const reach = Math.max(1, Math.abs(lo), Math.abs(hi));
  const q = trimmed(p, reach);
  const degree = q.length - 1;
  if (degree < 1) return [];
  if (degree <= 2) {
    const roots =
      degree === 1 ? [-(q[0] ?? 0) / (q[1] ?? 1)] : quadraticRoots(q[0] ?? 0, q[1] ?? 0, q[2] ?? 1);
    // A root at an end of the interval may come out a rounding error beyond it: keep it, at the end.
    const slack = RELATIVE_ZERO * 1e4 * (hi - lo);
    return distinctSorted(
      roots
        .filter((t) => t >= lo - slack && t <= hi + slack)
        .map((t) => Math.min(hi, Math.max(lo, t))),
    );
  }

  const nearZero = RELATIVE_ZERO * polynomialMagnitude(q, reach);
  const turningPoints = realRootsIn(polynomialDerivative(q), lo, hi);
  const knots = [lo, ...turningPoints, hi];
  const roots: number[] = [];
  const values = knots.map((t) => evaluatePolynomial(q, t));
  knots.forEach((t, i) => {
    const value = values[i] ?? 0;
    if (Math.abs(value) <= nearZero) roots.push(t);
    const nextKnot = knots[i + 1];
    const nextValue = values[i + 1] ?? 0;
    // A strict sign change is bisected even beside a near-zero knot: the true root may be just inside.
    if (nextKnot !== undefined && value !== 0 && nextValue !== 0 && value < 0 !== nextValue < 0) {
      roots.push(bisect(q, t, nextKnot, value));
    }
  });
  return distinctSorted(roots);
}

function distinctSorted(roots: readonly number[]): number[] {
  return [...roots].sort((x, y) => x - y).filter((t, i, all) => i === 0 || t !== all[i - 1]);
}
