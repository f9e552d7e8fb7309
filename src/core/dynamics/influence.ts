/** The influence function of the Gottman–Murray model: how the other partner's score moves this one's next score. */
import type { Dynamics } from '../document/types';

/**
 * The part of a partner's `Dynamics` that shapes how the *other* partner's score moves this one.
 * A `Pick`, so plain parameter objects (fitted figures, test cases) are accepted as well.
 */
export type InfluenceParameters = Pick<
  Dynamics,
  | 'negativeInfluence'
  | 'positiveInfluence'
  | 'repairThreshold'
  | 'repairStrength'
  | 'dampingThreshold'
  | 'dampingStrength'
>;

/**
 * The bilinear part: one slope for the other's negative scores, another for zero and positive ones.
 *
 * @example
 * bilinearInfluence({ negativeInfluence: 0.3, positiveInfluence: 0.2 }, -5); // -1.5
 */
export function bilinearInfluence(
  d: Pick<InfluenceParameters, 'negativeInfluence' | 'positiveInfluence'>,
  x: number,
): number {
  return x < 0 ? d.negativeInfluence * x : d.positiveInfluence * x;
}

/**
 * The repair term `cr·(|x−kr| − (x−kr)) / (1 − (x−kr))`: zero above the threshold kr, rising towards
 * 2·cr as the other's score falls below it.
 *
 * @example
 * repairTerm({ repairThreshold: -2, repairStrength: 1 }, -3); // 1·(1 + 1)/(1 + 1) = 1
 */
export function repairTerm(
  d: Pick<InfluenceParameters, 'repairThreshold' | 'repairStrength'>,
  x: number,
): number {
  const u = x - d.repairThreshold;
  // The numerator vanishes for u ≥ 0; returning 0 there also avoids the formula's 0/0 at u = 1.
  if (u >= 0) return 0;
  return (d.repairStrength * (Math.abs(u) - u)) / (1 - u);
}

/**
 * The damping term `− cd·(|x−kd| + (x−kd)) / (1 + (x−kd))`: zero below the threshold kd, tending to
 * −2·cd as the other's score rises above it.
 *
 * @example
 * dampingTerm({ dampingThreshold: 4, dampingStrength: 1 }, 5); // −1·(1 + 1)/(1 + 1) = −1
 */
export function dampingTerm(
  d: Pick<InfluenceParameters, 'dampingThreshold' | 'dampingStrength'>,
  x: number,
): number {
  const v = x - d.dampingThreshold;
  // The numerator vanishes for v ≤ 0; returning 0 there also avoids the formula's 0/0 at v = −1.
  if (v <= 0) return 0;
  return (-d.dampingStrength * (Math.abs(v) + v)) / (1 + v);
}

/**
 * `I(x)`: the push the other partner's score `x` gives this partner's next score (DOMAIN.md §3):
 * bilinear part + repair term + damping term, exactly as the book writes them. `I(0) = 0` only when
 * the thresholds leave 0 outside both saturating terms (kr ≤ 0 ≤ kd).
 *
 * @example
 * const d = { negativeInfluence: 0.3, positiveInfluence: 0.2, repairThreshold: -2,
 *   repairStrength: 2, dampingThreshold: 4, dampingStrength: 1 };
 * influence(d, -3); // 0.3·(−3) + 2·2/2 = 1.1
 */
export function influence(d: InfluenceParameters, x: number): number {
  return bilinearInfluence(d, x) + repairTerm(d, x) + dampingTerm(d, x);
}

/** Which one-sided slope to take where the influence function has a corner. */
export type SlopeSide = 'right' | 'left';

/**
 * `I'(x)`, the slope of the influence function. Where `I` has a corner (at 0, kr and kd) it is
 * one-sided: by default the slope from the **right** (the piece that starts at `x`), matching the
 * bilinear rule that a score of exactly 0 already counts as positive; pass `'left'` for the other.
 *
 * @example
 * const d = { negativeInfluence: 0.3, positiveInfluence: 0.2, repairThreshold: -2,
 *   repairStrength: 2, dampingThreshold: 4, dampingStrength: 1 };
 * influenceSlope(d, 0); // 0.2
 * influenceSlope(d, 0, 'left'); // 0.3
 */
export function influenceSlope(
  d: InfluenceParameters,
  x: number,
  side: SlopeSide = 'right',
): number {
  const right = side === 'right';
  const bilinear = (right ? x < 0 : x <= 0) ? d.negativeInfluence : d.positiveInfluence;
  const u = x - d.repairThreshold;
  // d/dx of 2·cr·(kr−x)/(1+kr−x), on the side of kr where the repair is on.
  const repair = (right ? u < 0 : u <= 0) ? (-2 * d.repairStrength) / ((1 - u) * (1 - u)) : 0;
  const v = x - d.dampingThreshold;
  // d/dx of −2·cd·(x−kd)/(1+x−kd), on the side of kd where the damping is on.
  const damping = (right ? v >= 0 : v > 0) ? (-2 * d.dampingStrength) / ((1 + v) * (1 + v)) : 0;
  return bilinear + repair + damping;
}
