/**
 * The bilinear model's influenced steady states bookkept per quadrant, as *dyad* lists them, without
 * its stale-value quirk (see `fitDyad.ts`): a crossing is listed in a quadrant only if it lies there.
 * (Cyclemap's general `steadyStates` finds the same points, with their stability.)
 */
import { BILINEAR_QUADRANTS, type DyadSlopes } from './fitDyad';

interface Figures {
  readonly a: number;
  readonly r1: number;
  readonly b: number;
  readonly r2: number;
  readonly slopes: DyadSlopes;
}

/**
 * In each quadrant, the crossing of the straight nullclines that hold there, kept if it lies in that
 * quadrant; null where it does not, or where a side has no slope. A score of exactly 0 counts as
 * positive, as the bilinear influence reads it.
 *
 * @example
 * quadrantSteadyStates({ a: 1, r1: 0.5, b: -1, r2: 0.5, slopes: { rw: 0.2, lw: 0.2, rh: 0.2, lh: 0.2 } });
 * // { hsetpoints: [−10/7, null, null, null], wsetpoints: [10/7, null, null, null] } (H<0 W>0)
 */
export function quadrantSteadyStates({ a, r1, b, r2, slopes }: Figures): {
  readonly hsetpoints: readonly (number | null)[];
  readonly wsetpoints: readonly (number | null)[];
} {
  const states = BILINEAR_QUADRANTS.map((quadrant) => {
    const husbandNegative = quadrant.startsWith('H<0');
    const wifeNegative = quadrant.endsWith('W<0');
    const onWife = husbandNegative ? slopes.lh : slopes.rh;
    const onHusband = wifeNegative ? slopes.lw : slopes.rw;
    if (onWife === null || onHusband === null) return undefined;
    // (1 − r1)·W − onWife·H = a  and  −onHusband·W + (1 − r2)·H = b, by Cramer's rule.
    const determinant = (1 - r1) * (1 - r2) - onWife * onHusband;
    if (determinant === 0) return undefined;
    const wife = (a * (1 - r2) + onWife * b) / determinant;
    const husband = ((1 - r1) * b + onHusband * a) / determinant;
    return wife < 0 === wifeNegative && husband < 0 === husbandNegative
      ? { wife, husband }
      : undefined;
  });
  return {
    hsetpoints: states.map((state) => state?.husband ?? null),
    wsetpoints: states.map((state) => state?.wife ?? null),
  };
}
