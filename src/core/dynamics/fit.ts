/**
 * The book's two-phase fit of the bilinear Gottman–Murray model to one coded conversation: a worked
 * proof, for trainees, that our reading of the model reproduces the published figures.
 */
import type { CoupleWindow } from './coupleCsv';

/**
 * The fitted figures under the names the R package *dyad* prints (wife = partner 1 of the book =
 * our partner 0; husband = our partner 1). Pass it to `fromBookFigures` to run the couple.
 */
export interface BilinearFit {
  /** The wife's inertia, equation constant and uninfluenced set point `a / (1 − r1)`. */
  readonly r1: number;
  readonly a: number;
  readonly natw: number;
  /** Lowest and highest of the wife's coded scores. */
  readonly wmin: number;
  readonly wmax: number;
  /** The husband's inertia, equation constant and uninfluenced set point `b / (1 − r2)`. */
  readonly r2: number;
  readonly b: number;
  readonly nath: number;
  readonly hmin: number;
  readonly hmax: number;
  /** Slopes of the wife's positive / negative scores acting on the husband. */
  readonly rw: number;
  readonly lw: number;
  /** Slopes of the husband's positive / negative scores acting on the wife. */
  readonly rh: number;
  readonly lh: number;
  /** Influenced steady states per quadrant, in `BILINEAR_QUADRANTS` order; null where none. */
  readonly hsetpoints: readonly (number | null)[];
  readonly wsetpoints: readonly (number | null)[];
}

/**
 * The quadrants of the steady-state lists, in *dyad*'s order. "> 0" includes 0, as the bilinear
 * influence does (a score of exactly 0 takes the positive slope).
 */
export const BILINEAR_QUADRANTS = ['H<0 W>0', 'H<0 W<0', 'H>0 W>0', 'H>0 W<0'] as const;

/**
 * A window's score as the fit uses it: 0…0.6 is a neutral window (the coding writes neutral as
 * 0.6), anything else is rounded to the nearest integer, halves to the even one (as R's `round`
 * does, so 4.5 → 4 and −0.5 → 0). That pair of rules is the reading that reproduces the package's
 * figures to rounding error; rounding halves up does not.
 *
 * @example
 * codedScore(0.6); // 0
 * codedScore(4.5); // 4
 */
export function codedScore(score: number): number {
  if (score >= 0 && score <= 0.6) return 0;
  const floor = Math.floor(score);
  const fraction = score - floor;
  const rounded =
    fraction < 0.5 ? floor : fraction > 0.5 ? floor + 1 : floor + (floor % 2 === 0 ? 0 : 1);
  return rounded + 0; // turns −0 into 0
}

interface PartnerFit {
  readonly inertia: number;
  readonly intercept: number;
  /** Slope through the origin of the influence residuals where the other's score is negative. */
  readonly negativeSlope: number;
  /** …and where it is positive. */
  readonly positiveSlope: number;
}

/**
 * One partner's equation, `own[t+1] = intercept + inertia·own[t] + I(other[t])`, in two phases:
 * inertia and intercept by least squares on the windows where the other was neutral (other[t] = 0,
 * so I = 0), then the residuals on all other windows as the influence, one least-squares slope
 * through the origin for each sign of other[t].
 */
function fitPartner(own: readonly number[], other: readonly number[], who: string): PartnerFit {
  const uninfluenced: [number, number][] = [];
  const influenced: [number, number, number][] = [];
  for (let t = 0; t + 1 < own.length; t++) {
    const now = own[t] ?? 0;
    const next = own[t + 1] ?? 0;
    const partner = other[t] ?? 0;
    if (partner === 0) uninfluenced.push([now, next]);
    else influenced.push([now, next, partner]);
  }
  const n = uninfluenced.length;
  const meanNow = uninfluenced.reduce((sum, [x]) => sum + x, 0) / n;
  const meanNext = uninfluenced.reduce((sum, [, y]) => sum + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of uninfluenced) {
    sxx += (x - meanNow) * (x - meanNow);
    sxy += (x - meanNow) * (y - meanNext);
  }
  if (!(sxx > 0)) {
    throw new RangeError(
      `The ${who}'s inertia cannot be fitted: it needs at least two windows after a neutral partner with different scores.`,
    );
  }
  const inertia = sxy / sxx;
  const intercept = meanNext - inertia * meanNow;
  const slope = (side: (partner: number) => boolean): number => {
    let sxe = 0;
    let sxx = 0;
    for (const [now, next, partner] of influenced) {
      if (!side(partner)) continue;
      sxe += partner * (next - intercept - inertia * now);
      sxx += partner * partner;
    }
    // No window on this side: no evidence of influence there.
    return sxx > 0 ? sxe / sxx : 0;
  };
  return {
    inertia,
    intercept,
    negativeSlope: slope((partner) => partner < 0),
    positiveSlope: slope((partner) => partner > 0),
  };
}

/**
 * Fits the bilinear model to a coded conversation and reports the figures *dyad* reports.
 * Windows pair as `(t, t+1)` for each partner's own score, with the other's score at `t` as the
 * influence; neutral means a coded score of 0 (see `codedScore`).
 *
 * @throws RangeError when a partner's inertia cannot be fitted (too few neutral-partner windows).
 * @example
 * const parsed = parseCoupleCsv(text);
 * if (parsed.ok) fitBilinear(parsed.value).natw; // the wife's uninfluenced set point
 */
export function fitBilinear(windows: readonly CoupleWindow[]): BilinearFit {
  const wife = windows.map(([score]) => codedScore(score));
  const husband = windows.map(([, score]) => codedScore(score));
  const onWife = fitPartner(wife, husband, 'first partner (wife)');
  const onHusband = fitPartner(husband, wife, 'second partner (husband)');
  const figures = {
    r1: onWife.inertia,
    a: onWife.intercept,
    natw: onWife.intercept / (1 - onWife.inertia),
    wmin: Math.min(...wife),
    wmax: Math.max(...wife),
    r2: onHusband.inertia,
    b: onHusband.intercept,
    nath: onHusband.intercept / (1 - onHusband.inertia),
    hmin: Math.min(...husband),
    hmax: Math.max(...husband),
    rw: onHusband.positiveSlope,
    lw: onHusband.negativeSlope,
    rh: onWife.positiveSlope,
    lh: onWife.negativeSlope,
  };
  const states = BILINEAR_QUADRANTS.map((quadrant) => quadrantSteadyState(figures, quadrant));
  return {
    ...figures,
    hsetpoints: states.map((state) => state?.husband ?? null),
    wsetpoints: states.map((state) => state?.wife ?? null),
  };
}

/**
 * The steady state of the linear equations that hold in one quadrant, if it lies in that quadrant.
 * (Cyclemap's general `steadyStates` finds the same points; this is the book's own bookkeeping.)
 */
function quadrantSteadyState(
  f: Omit<BilinearFit, 'hsetpoints' | 'wsetpoints'>,
  quadrant: (typeof BILINEAR_QUADRANTS)[number],
): { readonly wife: number; readonly husband: number } | undefined {
  const husbandNegative = quadrant.startsWith('H<0');
  const wifeNegative = quadrant.endsWith('W<0');
  const onWife = husbandNegative ? f.lh : f.rh;
  const onHusband = wifeNegative ? f.lw : f.rw;
  // (1 − r1)·W − onWife·H = a  and  −onHusband·W + (1 − r2)·H = b, by Cramer's rule.
  const determinant = (1 - f.r1) * (1 - f.r2) - onWife * onHusband;
  if (determinant === 0) return undefined;
  const wife = (f.a * (1 - f.r2) + onWife * f.b) / determinant;
  const husband = ((1 - f.r1) * f.b + onHusband * f.a) / determinant;
  const inQuadrant = wife < 0 === wifeNegative && husband < 0 === husbandNegative;
  return inQuadrant ? { wife, husband } : undefined;
}
