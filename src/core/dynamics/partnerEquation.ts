/**
 * One partner's equation of a fitted couple, `own[t+1] = intercept + inertia·own[t] + I(other[t])`,
 * once its uninfluenced part is fitted: what is left for the influence function to explain, and the
 * squared error an influence function leaves.
 */

export interface PartnerEquation {
  readonly inertia: number;
  /** The constant `a` (or `b`): the set point is `intercept / (1 − inertia)`. */
  readonly intercept: number;
  /** The other partner's score at each window `t` where it is not neutral (not 0). */
  readonly other: Float64Array;
  /** `own[t+1] − inertia·own[t] − intercept` at those windows: the influence to be explained. */
  readonly residual: Float64Array;
}

/**
 * Builds the equation from coded scores: windows pair as `(t, t+1)` for `t` up to the second-to-last.
 *
 * @example
 * const eq = partnerEquation([1, 2, 3], [0, -2, 0], 0.5, 1);
 * eq.other; // [-2]: only window 1 had a non-neutral partner
 * eq.residual; // [3 − 0.5·2 − 1] = [1]
 */
export function partnerEquation(
  own: ArrayLike<number>,
  other: ArrayLike<number>,
  inertia: number,
  intercept: number,
): PartnerEquation {
  let count = 0;
  for (let t = 0; t + 1 < own.length; t++) if ((other[t] ?? 0) !== 0) count++;
  const others = new Float64Array(count);
  const residual = new Float64Array(count);
  let i = 0;
  for (let t = 0; t + 1 < own.length; t++) {
    const x = other[t] ?? 0;
    if (x === 0) continue;
    others[i] = x;
    // In dyad's order of operations: (own[t+1] − inertia·own[t]) − intercept.
    residual[i] = (own[t + 1] ?? 0) - inertia * (own[t] ?? 0) - intercept;
    i++;
  }
  return { inertia, intercept, other: others, residual };
}

/**
 * The sum of squared influence residuals, `Σ (residual − I(other))²`, over the windows where the
 * other partner is not neutral: the figure by which two influence functions of one equation compare.
 *
 * @example
 * influenceSse(eq, (x) => 0.2 * x);
 */
export function influenceSse(equation: PartnerEquation, influence: (x: number) => number): number {
  let sse = 0;
  for (let i = 0; i < equation.other.length; i++) {
    const e = (equation.residual[i] ?? 0) - influence(equation.other[i] ?? 0);
    sse += e * e;
  }
  return sse;
}

/**
 * The least-squares slope through the origin of the residuals on one side of 0, or null when the
 * other partner never scored on that side.
 */
export function sideSlope(equation: PartnerEquation, side: 'negative' | 'positive'): number | null {
  let sxx = 0;
  let sxe = 0;
  for (let i = 0; i < equation.other.length; i++) {
    const x = equation.other[i] ?? 0;
    if (side === 'negative' ? x >= 0 : x <= 0) continue;
    sxx += x * x;
    sxe += x * (equation.residual[i] ?? 0);
  }
  return sxx > 0 ? sxe / sxx : null;
}
