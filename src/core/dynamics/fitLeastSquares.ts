/**
 * The corrected bilinear fit: each partner's equation `own[t+1] = a + r·own[t] + I(other[t])` fitted
 * by least squares over every pair of windows at once (inertia, constant and both slopes together),
 * on the scores as coded, so noise-free data from the model give back its parameters exactly.
 * How and why it departs from *dyad*'s two-phase fit: `docs/model.md` §10.
 */
import { neutralScore } from './codedScore';
import { columnsOf, type CoupleWindow } from './coupleCsv';
import { leastSquares } from './leastSquares';
import { partnerEquation, sideSlope, type PartnerEquation } from './partnerEquation';

/** Both equations, `[partner 0's, partner 1's]`, and the scores they were fitted on. */
export interface LeastSquaresFit {
  readonly scores: readonly [Float64Array, Float64Array];
  readonly equations: readonly [PartnerEquation, PartnerEquation];
}

/**
 * @throws RangeError when an equation cannot be fitted (its own scores never vary, or vary only in
 * step with the other's, so inertia and influence cannot be told apart).
 */
export function fitLeastSquares(windows: readonly CoupleWindow[]): LeastSquaresFit {
  const [first, second] = columnsOf(windows, neutralScore);
  return {
    scores: [first, second],
    equations: [fitEquation(first, second, 'Partner 1'), fitEquation(second, first, 'Partner 2')],
  };
}

function fitEquation(own: Float64Array, other: Float64Array, who: string): PartnerEquation {
  // Columns: 1, own[t], other[t] where negative, other[t] where positive. A side the other partner
  // never scored on has no column: no evidence of influence there (its slope is reported as none).
  let negatives = 0;
  let positives = 0;
  for (let t = 0; t + 1 < own.length; t++) {
    const x = other[t] ?? 0;
    if (x < 0) negatives++;
    else if (x > 0) positives++;
  }
  const negativeColumn = negatives > 0 ? 2 : -1;
  const positiveColumn = positives > 0 ? (negatives > 0 ? 3 : 2) : -1;
  const size = 2 + (negatives > 0 ? 1 : 0) + (positives > 0 ? 1 : 0);
  const fit = leastSquares(size);
  const row = new Float64Array(size);
  row[0] = 1;
  for (let t = 0; t + 1 < own.length; t++) {
    const x = other[t] ?? 0;
    row[1] = own[t] ?? 0;
    if (negativeColumn > 0) row[negativeColumn] = x < 0 ? x : 0;
    if (positiveColumn > 0) row[positiveColumn] = x > 0 ? x : 0;
    fit.add(row, own[t + 1] ?? 0);
  }
  const solved = fit.solve();
  if (!solved.ok) {
    throw new RangeError(
      solved.column <= 1
        ? `${who}'s inertia cannot be fitted: their score needs to vary from window to window, and not only in step with their partner's.`
        : `${who}'s equation cannot be fitted: their partner's scores move in step with their own, so inertia and influence cannot be told apart.`,
    );
  }
  return partnerEquation(own, other, solved.x[1] ?? 0, solved.x[0] ?? 0);
}

/**
 * The slopes of the joint fit. Its normal equations make each slope the least-squares slope through
 * the origin of that side's residuals, so they are read back from the equation.
 */
export function leastSquaresSlopes(equation: PartnerEquation): {
  readonly negative: number | null;
  readonly positive: number | null;
} {
  return { negative: sideSlope(equation, 'negative'), positive: sideSlope(equation, 'positive') };
}
