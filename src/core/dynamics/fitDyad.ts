/**
 * The bilinear fit exactly as the R package *dyad* 1.0 computes it (`origmodel`, `bilinear`), quirks
 * included, so `--compat dyad` gives a researcher the package's numbers on any coded conversation.
 * Each quirk is marked QUIRK below; `docs/model.md` §10 lists them with the corrected fit's choice.
 * (Written from reading the package's R source; none of its code is copied.)
 */
import { codedScore } from './codedScore';
import { columnsOf, type CoupleWindow } from './coupleCsv';
import { partnerEquation, type PartnerEquation } from './partnerEquation';

/** The quadrants of *dyad*'s steady-state lists, in its order. */
export const BILINEAR_QUADRANTS = ['H<0 W>0', 'H<0 W<0', 'H>0 W>0', 'H>0 W<0'] as const;

/** Both equations with *dyad*'s uninfluenced figures, and the coded scores they came from. */
export interface DyadUninfluenced {
  /** `[wife, husband]` = `[partner 0, partner 1]`, each window coded by `codedScore`. */
  readonly coded: readonly [Float64Array, Float64Array];
  /** `[wife's equation (r1, a), husband's (r2, b)]`. */
  readonly equations: readonly [PartnerEquation, PartnerEquation];
}

/** A side's slope, or null where *dyad* leaves it NA. */
export type DyadSlopes = Readonly<Record<'rw' | 'lw' | 'rh' | 'lh', number | null>>;

/**
 * Codes the scores and fits each partner's inertia and constant on the windows where the other was
 * neutral, by *dyad*'s sums.
 *
 * @throws RangeError where *dyad* would print its −99 "divide by zero" figures.
 */
export function dyadUninfluenced(windows: readonly CoupleWindow[]): DyadUninfluenced {
  const [wife, husband] = columnsOf(windows, codedScore);
  const onWife = uninfluenced(wife, husband, 'Partner 1');
  const onHusband = uninfluenced(husband, wife, 'Partner 2');
  return {
    coded: [wife, husband],
    equations: [
      partnerEquation(wife, husband, onWife.inertia, onWife.intercept),
      partnerEquation(husband, wife, onHusband.inertia, onHusband.intercept),
    ],
  };
}

function uninfluenced(
  own: Float64Array,
  other: Float64Array,
  who: string,
): { readonly inertia: number; readonly intercept: number } {
  const n = own.length;
  // QUIRK: the count, Σx and Σx² run over every window where the other is neutral, the last one
  // included, but the cross sums Σx·y and Σy only up to the second-to-last (the last has no next
  // window). When the other's last window is neutral, the regression gets one x without its y.
  let count = 0;
  let sumX = 0;
  let sumXX = 0;
  for (let t = 0; t < n; t++) {
    if (other[t] !== 0) continue;
    const x = own[t] ?? 0;
    count++;
    sumX += x;
    sumXX += x * x;
  }
  let sumXY = 0;
  let sumY = 0;
  for (let t = 0; t + 1 < n; t++) {
    if (other[t] !== 0) continue;
    sumXY += (own[t] ?? 0) * (own[t + 1] ?? 0);
    sumY += own[t + 1] ?? 0;
  }
  const det = count * sumXX - sumX ** 2;
  if (det === 0) {
    // QUIRK: dyad carries on with inertia, constant and set point all −99; we stop instead.
    throw new RangeError(
      `${who}'s inertia cannot be fitted: it needs windows after a neutral partner in which their own score differs (dyad would print −99 here).`,
    );
  }
  return {
    inertia: (count * sumXY - sumX * sumY) / det,
    intercept: (sumY * sumXX - sumXY * sumX) / det,
  };
}

/**
 * One side's slope through the origin. QUIRK: NA (null) unless the other partner scored on that
 * side in more than 3 windows (of the first n − 1). With `idealOnly`, as *dyad*'s repair–damping
 * fit does, only windows whose residual has the sign of the score enter the sums (the "ideal"
 * quadrants), while the count of more than 3 still counts them all.
 */
function dyadSlope(
  equation: PartnerEquation,
  side: 'negative' | 'positive',
  idealOnly: boolean,
): number | null {
  let count = 0;
  let sxx = 0;
  let sxe = 0;
  for (let i = 0; i < equation.other.length; i++) {
    const x = equation.other[i] ?? 0;
    const e = equation.residual[i] ?? 0;
    if (side === 'negative' ? !(x < 0) : !(x > 0)) continue;
    count++;
    if (idealOnly && (side === 'negative' ? !(e < 0) : !(e > 0))) continue;
    sxx += x * x;
    sxe += x * e;
  }
  return sxx !== 0 && count > 3 ? sxe / sxx : null;
}

/** *dyad*'s bilinear slopes: `rh`/`lh` of the husband's scores on the wife, `rw`/`lw` the other way. */
export function dyadBilinearSlopes({
  equations: [onWife, onHusband],
}: DyadUninfluenced): DyadSlopes {
  return {
    rw: dyadSlope(onHusband, 'positive', false),
    lw: dyadSlope(onHusband, 'negative', false),
    rh: dyadSlope(onWife, 'positive', false),
    lh: dyadSlope(onWife, 'negative', false),
  };
}

/**
 * The slopes *dyad*'s repair–damping fit uses under its repair and damping terms, fitted only on the
 * windows in the "ideal" quadrants (score and residual of one sign). The package never prints them;
 * its repair–damping figures mean nothing without them.
 *
 * @example
 * const { rh, lh, rw, lw } = dyadIdealQuadrantSlopes(dyadUninfluenced(windows));
 */
export function dyadIdealQuadrantSlopes({
  equations: [onWife, onHusband],
}: DyadUninfluenced): DyadSlopes {
  return {
    rw: dyadSlope(onHusband, 'positive', true),
    lw: dyadSlope(onHusband, 'negative', true),
    rh: dyadSlope(onWife, 'positive', true),
    lh: dyadSlope(onWife, 'negative', true),
  };
}

/** A range end, null where R's `min`/`max` of nothing gives ±Inf. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * *dyad*'s score ranges. QUIRK: both models look only at windows 1…n−1 (the last is left out).
 * For the bilinear model `wmin` is the lowest *negative* score and `wmax` the highest *positive*
 * one (±Inf, here null, when there is none); the repair–damping model takes the plain min and max.
 */
export function dyadRanges(
  { coded: [wife, husband] }: DyadUninfluenced,
  model: 'bilinear' | 'repair-damping',
): Readonly<Record<'wmin' | 'wmax' | 'hmin' | 'hmax', number | null>> {
  const range = (scores: Float64Array): readonly [number | null, number | null] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let t = 0; t + 1 < scores.length; t++) {
      const x = scores[t] ?? 0;
      if (model === 'bilinear' ? x < 0 : true) lo = Math.min(lo, x);
      if (model === 'bilinear' ? x > 0 : true) hi = Math.max(hi, x);
    }
    return [finite(lo), finite(hi)];
  };
  const [wmin, wmax] = range(wife);
  const [hmin, hmax] = range(husband);
  return { wmin, wmax, hmin, hmax };
}

interface SteadyStateInputs {
  readonly a: number;
  readonly r1: number;
  readonly b: number;
  readonly r2: number;
  readonly slopes: DyadSlopes;
  readonly hmin: number | null;
  readonly hmax: number | null;
}

/**
 * The influenced steady states per quadrant, as *dyad*'s `bilinear` finds them: the crossing of the
 * two straight nullclines that hold in the quadrant, by Cramer's rule, kept if it lies there.
 * Quadrants whose slopes are NA are skipped.
 *
 * QUIRK: "lies there" is tested through a value `wstar` (the wife's nullcline at the crossing's
 * husband score) that is set only when the crossing is in the quadrant and is never reset. A
 * crossing outside its quadrant is still kept when its wife score is within 0.001 of the `wstar`
 * left over from an earlier quadrant (or of 0, before any is set).
 *
 * @throws RangeError where R would stop (a quadrant's equations with no single solution).
 */
export function dyadSteadyStates({ a, r1, b, r2, slopes, hmin, hmax }: SteadyStateInputs): {
  readonly hsetpoints: readonly (number | null)[];
  readonly wsetpoints: readonly (number | null)[];
} {
  const { rw, lw, rh, lh } = slopes;
  const wcy = a / (1 - r1);
  // The nullcline's slope, as dyad gets it: from its value at the range's end, not from lh/(1 − r1).
  const slopeFrom = (slope: number | null, end: number | null): number =>
    slope === null || end === null ? NaN : ((slope * end + a) / (1 - r1) - wcy) / end;
  const wlslope = slopeFrom(lh, hmin);
  const wrslope = slopeFrom(rh, hmax);
  const hsetpoints: (number | null)[] = [null, null, null, null];
  const wsetpoints: (number | null)[] = [null, null, null, null];
  let wstar = 0;
  BILINEAR_QUADRANTS.forEach((quadrant, i) => {
    const husbandNegative = quadrant.startsWith('H<0');
    const wifePositive = quadrant.endsWith('W>0');
    const onWife = husbandNegative ? lh : rh;
    const onHusband = wifePositive ? rw : lw;
    if (onWife === null || onHusband === null) return;
    const w = (onWife * b + a * (1 - r2)) / ((1 - r1) * (1 - r2) - onWife * onHusband);
    const h = (onHusband * a + b * (1 - r1)) / ((1 - r2) * (1 - r1) - onHusband * onWife);
    if (Number.isNaN(w) || Number.isNaN(h)) throw new RangeError(NO_SINGLE_SOLUTION);
    const inQuadrant = (husbandNegative ? h < 0 : h > 0) && (wifePositive ? w > 0 : w < 0);
    if (inQuadrant) wstar = wcy + (husbandNegative ? wlslope : wrslope) * h;
    const gap = Math.abs(wstar - w);
    if (Number.isNaN(gap)) throw new RangeError(NO_SINGLE_SOLUTION);
    if (gap < 0.001) {
      hsetpoints[i] = h;
      wsetpoints[i] = w;
    }
  });
  return { hsetpoints, wsetpoints };
}

const NO_SINGLE_SOLUTION =
  'The steady states cannot be found as dyad finds them: in one quadrant the two nullclines are parallel, so their crossing is not a single point.';
