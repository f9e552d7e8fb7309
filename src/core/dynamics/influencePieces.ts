/**
 * The influence function cut at its corners (0, kr, kd) into pieces on which it is one rational
 * function, so that the nullclines can be intersected exactly with polynomial algebra.
 */
import type { InfluenceParameters } from './influence';
import { polynomialAdd, polynomialMultiply, polynomialScale, type Polynomial } from './polynomial';

/** A stretch of the other partner's score on which `I` is a single smooth formula. */
export interface InfluencePiece {
  readonly lo: number;
  readonly hi: number;
  /** Which bilinear slope applies: `negativeInfluence` below 0, `positiveInfluence` from 0 up. */
  readonly slope: number;
  /** Whether the score is below the repair threshold (the repair term is active). */
  readonly repair: boolean;
  /** Whether the score is above the damping threshold (the damping term is active). */
  readonly damping: boolean;
}

/** `I` on a piece as `numerator(t) / denominator(t)` in the piece's own variable t ∈ [−1, 1]. */
export interface RationalInfluence {
  readonly numerator: Polynomial;
  /** Positive (at least 1) all over the piece, so clearing it never adds or loses a root there. */
  readonly denominator: Polynomial;
}

/**
 * The pieces of `I` between `lo` and `hi`: its corners split the range, and each piece is labelled
 * by the terms active in its interior (the formulas agree at the shared ends, since `I` is continuous).
 */
export function influencePieces(d: InfluenceParameters, lo: number, hi: number): InfluencePiece[] {
  const corners = [0, d.repairThreshold, d.dampingThreshold].filter((c) => c > lo && c < hi);
  const ends = [...new Set([lo, ...corners, hi])].sort((a, b) => a - b);
  return ends.slice(0, -1).map((start, i) => {
    const end = ends[i + 1] ?? hi;
    const middle = (start + end) / 2;
    return {
      lo: start,
      hi: end,
      slope: middle < 0 ? d.negativeInfluence : d.positiveInfluence,
      repair: middle < d.repairThreshold,
      damping: middle > d.dampingThreshold,
    };
  });
}

/** The centre and half-width of a piece: the score there is `centre + halfWidth·t`. */
export function pieceScale(piece: Pick<InfluencePiece, 'lo' | 'hi'>): {
  readonly centre: number;
  readonly halfWidth: number;
} {
  return { centre: (piece.lo + piece.hi) / 2, halfWidth: (piece.hi - piece.lo) / 2 };
}

/**
 * `I` on `piece` as a ratio of polynomials in t, where the other's score is `x = centre + halfWidth·t`.
 * Working in t ∈ [−1, 1] keeps the coefficients of the composed polynomials well scaled.
 */
export function rationalInfluence(
  d: InfluenceParameters,
  piece: InfluencePiece,
): RationalInfluence {
  const { centre, halfWidth } = pieceScale(piece);
  const x: Polynomial = [centre, halfWidth];
  // Each active term is (term numerator)/(term denominator); bring them over one common denominator.
  const terms: { numerator: Polynomial; denominator: Polynomial }[] = [
    { numerator: polynomialScale(x, piece.slope), denominator: [1] },
  ];
  if (piece.repair) {
    // cr·2·(kr − x) / (1 + kr − x)
    const below: Polynomial = [d.repairThreshold - centre, -halfWidth];
    terms.push({
      numerator: polynomialScale(below, 2 * d.repairStrength),
      denominator: polynomialAdd([1], below),
    });
  }
  if (piece.damping) {
    // −cd·2·(x − kd) / (1 + x − kd)
    const above: Polynomial = [centre - d.dampingThreshold, halfWidth];
    terms.push({
      numerator: polynomialScale(above, -2 * d.dampingStrength),
      denominator: polynomialAdd([1], above),
    });
  }
  const denominator = terms.reduce<Polynomial>(
    (q, term) => polynomialMultiply(q, term.denominator),
    [1],
  );
  const numerator = terms.reduce<Polynomial>(
    (sum, term, i) =>
      polynomialAdd(
        sum,
        terms.reduce<Polynomial>(
          (product, other, j) =>
            i === j ? product : polynomialMultiply(product, other.denominator),
          term.numerator,
        ),
      ),
    [0],
  );
  return { numerator, denominator };
}
