/**
 * The influenced steady states of a couple: where the two nullclines cross, found exactly piece by
 * piece with polynomial algebra (no grid scan), each with its stability.
 */
import { influence, influenceSlope } from './influence';
import {
  influencePieces,
  pieceScale,
  rationalInfluence,
  type InfluencePiece,
} from './influencePieces';
import {
  polynomialAdd,
  polynomialMagnitude,
  polynomialMultiply,
  polynomialPower,
  polynomialScale,
  realRootsIn,
  type Polynomial,
} from './polynomial';
import { SCORE_MAX, SCORE_MIN, clampScore } from './scoreScale';
import { stabilityAt, type Stability, type StabilityOptions } from './stability';
import { uninfluencedIntercept, type ModelParameters } from './step';

/** A point where neither score changes from one turn to the next (without noise), and its stability. */
export interface SteadyState extends Stability {
  /** `[partner 0's score, partner 1's score]`. */
  readonly scores: readonly [number, number];
}

/** Largest nullcline residual a reported steady state may have. */
export const STEADY_STATE_TOLERANCE = 1e-9;

/**
 * A partner's nullcline: the score where this partner would settle if the other's score were held
 * at `otherScore`, `(a + I(other)) / (1 − inertia)`.
 *
 * @example
 * const self = { inertia: 0.5, setPoint: 2, negativeInfluence: 0.2, positiveInfluence: 0.2,
 *   repairThreshold: -24, repairStrength: 0, dampingThreshold: 24, dampingStrength: 0 };
 * nullcline(self, -5); // (1 − 1) / 0.5 = 0
 */
export function nullcline(self: ModelParameters, otherScore: number): number {
  return (uninfluencedIntercept(self) + influence(self, otherScore)) / (1 - self.inertia);
}

/**
 * How far `scores` are from lying on both nullclines: the larger of `|P0 − nullcline0(P1)|` and
 * `|P1 − nullcline1(P0)|`. Zero at a steady state.
 *
 * @example
 * nullclineResidual(p0, p1, steadyStates(p0, p1)[0].scores); // < 1e-9
 */
export function nullclineResidual(
  p0: ModelParameters,
  p1: ModelParameters,
  scores: readonly [number, number],
): number {
  return Math.max(
    Math.abs(scores[0] - nullcline(p0, scores[1])),
    Math.abs(scores[1] - nullcline(p1, scores[0])),
  );
}

/**
 * Every influenced steady state with both scores on the −24…+24 scale, sorted by partner 0's score.
 * States off the scale are not reported: scores are clamped there, so the couple can never sit in
 * them. A degenerate couple whose nullclines overlap along a stretch (a continuum of steady states,
 * which needs parameters tuned to the last digit) reports no state on that stretch.
 *
 * How: each influence function is cut at its corners (0, kr, kd) into rational pieces. On each pair
 * of pieces, partner 1's nullcline `P1 = G(P0)` is substituted into partner 0's and denominators are
 * cleared, giving a polynomial (degree ≤ 10) in P0 whose real roots on the piece are isolated
 * exactly; each candidate is polished by Newton's method on the true equations and kept only if it
 * lies in both pieces and its nullcline residual is below 1e-9. Roots on a piece boundary, found
 * from both sides, are reported once.
 *
 * The points are the same whichever way the partners take turns; each state's `kind` describes the
 * map `options.update` names (both at once by default; see `UpdateOrder`).
 *
 * @throws RangeError when an inertia is not strictly between −1 and 1 (the nullclines do not exist).
 * @example
 * const calm = { inertia: 0.5, setPoint: 2, negativeInfluence: 0.2, positiveInfluence: 0.2,
 *   repairThreshold: -24, repairStrength: 0, dampingThreshold: 24, dampingStrength: 0 };
 * steadyStates(calm, { ...calm, setPoint: -2 });
 * // [{ scores: [10/7, −10/7], eigenvalues: [{ re: 0.7, im: 0 }, { re: 0.3, im: 0 }], kind: 'stable' }]
 */
export function steadyStates(
  p0: ModelParameters,
  p1: ModelParameters,
  options: StabilityOptions = {},
): SteadyState[] {
  for (const p of [p0, p1]) {
    if (!(Math.abs(p.inertia) < 1)) {
      throw new RangeError(`Inertia must lie strictly between −1 and 1, not ${p.inertia}.`);
    }
  }
  const candidates: (readonly [number, number])[] = [];
  // Partner 0's score is the argument of partner 1's influence, so its pieces come from p1's corners.
  for (const piece0 of influencePieces(p1, SCORE_MIN, SCORE_MAX)) {
    for (const piece1 of influencePieces(p0, SCORE_MIN, SCORE_MAX)) {
      candidates.push(...crossingsOn(p0, p1, piece0, piece1));
    }
  }
  return distinct(candidates, p0, p1).map((scores) => ({
    scores,
    ...stabilityAt(p0, p1, scores, options),
  }));
}

/** How far outside a piece (in score points) a crossing may land and still count: rounding, not a miss. */
const PIECE_SLACK = 1e-9;

/** The crossings of the two nullclines with P0 in `piece0` and P1 in `piece1`. */
function crossingsOn(
  p0: ModelParameters,
  p1: ModelParameters,
  piece0: InfluencePiece,
  piece1: InfluencePiece,
): (readonly [number, number])[] {
  const polynomial = crossingPolynomial(p0, p1, piece0, piece1);
  if (polynomial === undefined) return [];
  const { centre, halfWidth } = pieceScale(piece0);
  const crossings: (readonly [number, number])[] = [];
  for (const t of realRootsIn(polynomial, -1, 1)) {
    const score0 = centre + halfWidth * t;
    const rough = [score0, nullcline(p1, score0)] as const;
    const scores = polished(p0, p1, rough, [piece0, piece1]);
    if (!within(scores[1], piece1) || !within(scores[0], piece0)) continue;
    if (nullclineResidual(p0, p1, scores) >= STEADY_STATE_TOLERANCE) continue;
    crossings.push([clampScore(scores[0]), clampScore(scores[1])]);
  }
  return crossings;
}

/**
 * The polynomial in t (P0 = centre + halfWidth·t on piece0) whose roots are the crossings on this
 * pair of pieces, or `undefined` when it vanishes identically (the nullclines overlap there).
 */
function crossingPolynomial(
  p0: ModelParameters,
  p1: ModelParameters,
  piece0: InfluencePiece,
  piece1: InfluencePiece,
): Polynomial | undefined {
  const a0 = uninfluencedIntercept(p0);
  const a1 = uninfluencedIntercept(p1);
  // Partner 1's nullcline on piece0: P1 = (a1·q1 + n1) / ((1 − r1)·q1), polynomials in t.
  const i1 = rationalInfluence(p1, piece0);
  const p1Numerator = polynomialAdd(polynomialScale(i1.denominator, a1), i1.numerator);
  const p1Denominator = polynomialScale(i1.denominator, 1 - p1.inertia);
  // Partner 1's score in piece1's own variable s = (P1 − centre1) / halfWidth1 = sNum / sDen.
  const scale1 = pieceScale(piece1);
  const sNumerator = polynomialAdd(p1Numerator, polynomialScale(p1Denominator, -scale1.centre));
  const sDenominator = polynomialScale(p1Denominator, scale1.halfWidth);
  // Partner 0's nullcline cleared of its denominator q0(s): (1 − r0)·P0·q0(s) − a0·q0(s) − n0(s) = 0,
  // a polynomial in s whose coefficients are linear in t.
  const i0 = rationalInfluence(p0, piece1);
  const degree = Math.max(i0.numerator.length, i0.denominator.length) - 1;
  const score0: Polynomial = [pieceScale(piece0).centre, pieceScale(piece0).halfWidth];
  const summands: Polynomial[] = [];
  for (let k = 0; k <= degree; k++) {
    const q = i0.denominator[k] ?? 0;
    const n = i0.numerator[k] ?? 0;
    const coefficient = polynomialAdd(polynomialScale(score0, (1 - p0.inertia) * q), [-a0 * q - n]);
    // Substituting s = sNum/sDen and multiplying through by sDen^degree (positive on the piece).
    summands.push(
      polynomialMultiply(
        coefficient,
        polynomialMultiply(
          polynomialPower(sNumerator, k),
          polynomialPower(sDenominator, degree - k),
        ),
      ),
    );
  }
  const polynomial = summands.reduce<Polynomial>((sum, term) => polynomialAdd(sum, term), [0]);
  const size = Math.max(...summands.map((term) => polynomialMagnitude(term, 1)));
  return polynomialMagnitude(polynomial, 1) <= 1e-12 * size ? undefined : polynomial;
}

/**
 * A few Newton steps on the true steady-state equations, so the reported scores are as exact as the
 * arithmetic allows; a step is kept only while it lowers the residual and stays in the pieces. At a
 * corner the slopes differ by side, so every pairing of one-sided slopes is tried.
 */
function polished(
  p0: ModelParameters,
  p1: ModelParameters,
  start: readonly [number, number],
  pieces: readonly [InfluencePiece, InfluencePiece],
): readonly [number, number] {
  let best = start;
  let bestResidual = nullclineResidual(p0, p1, best);
  for (let i = 0; i < 6 && bestResidual > 0; i++) {
    const [x0, x1] = best;
    const r0 = (1 - p0.inertia) * x0 - uninfluencedIntercept(p0) - influence(p0, x1);
    const r1 = (1 - p1.inertia) * x1 - uninfluencedIntercept(p1) - influence(p1, x0);
    let improved: { scores: readonly [number, number]; residual: number } | undefined;
    for (const side0 of SIDES) {
      for (const side1 of SIDES) {
        const j00 = 1 - p0.inertia;
        const j01 = -influenceSlope(p0, x1, side0);
        const j10 = -influenceSlope(p1, x0, side1);
        const j11 = 1 - p1.inertia;
        const determinant = j00 * j11 - j01 * j10;
        if (determinant === 0 || !Number.isFinite(determinant)) continue;
        const next = [
          x0 - (r0 * j11 - j01 * r1) / determinant,
          x1 - (j00 * r1 - j10 * r0) / determinant,
        ] as const;
        if (!within(next[0], pieces[0]) || !within(next[1], pieces[1])) continue;
        const residual = nullclineResidual(p0, p1, next);
        if (residual < (improved?.residual ?? bestResidual)) improved = { scores: next, residual };
      }
    }
    if (improved === undefined) break;
    best = improved.scores;
    bestResidual = improved.residual;
  }
  return best;
}

const SIDES = ['right', 'left'] as const;

function within(score: number, piece: InfluencePiece): boolean {
  return score >= piece.lo - PIECE_SLACK && score <= piece.hi + PIECE_SLACK;
}

/** Crossings found twice (on a shared piece boundary) are one steady state: keep the more exact copy. */
function distinct(
  candidates: readonly (readonly [number, number])[],
  p0: ModelParameters,
  p1: ModelParameters,
): (readonly [number, number])[] {
  const sorted = [...candidates].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept: (readonly [number, number])[] = [];
  for (const scores of sorted) {
    const last = kept.at(-1);
    const same =
      last !== undefined &&
      Math.abs(last[0] - scores[0]) <= 1e-8 * (1 + Math.abs(scores[0])) &&
      Math.abs(last[1] - scores[1]) <= 1e-8 * (1 + Math.abs(scores[1]));
    if (!same) kept.push(scores);
    else if (nullclineResidual(p0, p1, scores) < nullclineResidual(p0, p1, last)) {
      kept[kept.length - 1] = scores;
    }
  }
  return kept;
}
