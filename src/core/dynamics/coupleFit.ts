/**
 * Fitting the Gottman–Murray model to one coded conversation: the bilinear or the repair–damping
 * influence, either exactly as the R package *dyad* 1.0 does it (`compat: 'dyad'`) or by the
 * corrected least-squares fit, reported as plain JSON under *dyad*'s names and as each partner's
 * dynamics, ready to paste into a map.
 */
import { MIN_FIT_WINDOWS, type CoupleWindow } from './coupleCsv';
import {
  dyadBilinearSlopes,
  dyadRanges,
  dyadSteadyStates,
  dyadUninfluenced,
  type DyadSlopes,
} from './fitDyad';
import { fitLeastSquares, leastSquaresSlopes } from './fitLeastSquares';
import { fitRepairDamping, type RepairDampingFit } from './fitRepairDamping';
import { influence } from './influence';
import { influenceSse, type PartnerEquation } from './partnerEquation';
import { quadrantSteadyStates } from './quadrantSteadyStates';
import type { ModelParameters } from './step';

export type FitModel = 'bilinear' | 'repair-damping';

export interface FitOptions {
  /** Default `'bilinear'`. */
  readonly model?: FitModel;
  /** `'dyad'`: *dyad* 1.0's figures, quirks included (bilinear), or its uninfluenced figures (repair–damping). */
  readonly compat?: 'dyad';
}

/** A figure under *dyad*'s name; null where *dyad* prints NA or ±Inf (no such figure). */
export type DyadFigures = Readonly<Record<string, number | null | readonly (number | null)[]>>;

export interface FittedPartner {
  /** In Cyclemap's book form (`docs/model.md` §4), ready for a map's `dynamics`. */
  readonly dynamics: ModelParameters;
}

export interface CoupleFit {
  readonly model: FitModel;
  readonly compat: 'dyad' | null;
  /** Rows (6-second windows) read. */
  readonly windows: number;
  /** Every figure under *dyad*'s names and in its sign convention (wife = partner 1, husband = partner 2). */
  readonly dyad: DyadFigures;
  readonly partners: readonly [FittedPartner, FittedPartner];
  /**
   * `[partner 1's equation, partner 2's]`: each the sum of squared influence residuals over the
   * windows where the other partner is not neutral.
   */
  readonly sse: readonly [number, number];
}

/**
 * The repair and damping "off": no strength, and thresholds at the ends of the scale, so
 * `influence()` is exactly bilinear on every score a window can have.
 */
export const NO_REPAIR_OR_DAMPING = {
  repairThreshold: -24,
  repairStrength: 0,
  dampingThreshold: 24,
  dampingStrength: 0,
} as const;

/**
 * Fits a coded conversation (`[partner 1's score, partner 2's]` per 6-second window).
 *
 * @throws RangeError, its message one plain sentence, when the conversation cannot be fitted.
 * @example
 * const parsed = parseCoupleCsv(text);
 * if (parsed.ok) {
 *   const fit = fitCouple(parsed.value, { model: 'repair-damping' });
 *   fit.partners[0].dynamics.repairThreshold; // where partner 2's negativity starts to be repaired
 *   fit.sse; // [partner 1's equation, partner 2's]
 * }
 */
export function fitCouple(windows: readonly CoupleWindow[], options: FitOptions = {}): CoupleFit {
  const model = options.model ?? 'bilinear';
  const compat = options.compat ?? null;
  if (windows.length < MIN_FIT_WINDOWS) {
    throw new RangeError(
      `A fit needs at least ${MIN_FIT_WINDOWS} windows of scores (a 15-minute talk has 150), but this conversation has ${windows.length}.`,
    );
  }
  const base = compat === 'dyad' ? dyadUninfluenced(windows) : fitLeastSquares(windows);
  const equations = base.equations;
  const ranges = 'coded' in base ? dyadRanges(base, model) : plainRanges(base.scores);
  const uninfluenced = {
    r1: equations[0].inertia,
    a: equations[0].intercept,
    natw: equations[0].intercept / (1 - equations[0].inertia),
    wmin: ranges.wmin,
    wmax: ranges.wmax,
    r2: equations[1].inertia,
    b: equations[1].intercept,
    nath: equations[1].intercept / (1 - equations[1].inertia),
    hmin: ranges.hmin,
    hmax: ranges.hmax,
  };
  return model === 'bilinear'
    ? bilinearFit(windows.length, compat, base, uninfluenced)
    : repairDampingFit(windows.length, compat, equations, uninfluenced);
}

type SaturatingTerms = Pick<
  ModelParameters,
  'repairThreshold' | 'repairStrength' | 'dampingThreshold' | 'dampingStrength'
>;

type Uninfluenced = Readonly<Record<'r1' | 'a' | 'natw' | 'r2' | 'b' | 'nath', number>> &
  Readonly<Record<'wmin' | 'wmax' | 'hmin' | 'hmax', number | null>>;

function bilinearFit(
  windows: number,
  compat: 'dyad' | null,
  base: ReturnType<typeof dyadUninfluenced> | ReturnType<typeof fitLeastSquares>,
  u: Uninfluenced,
): CoupleFit {
  const [onWife, onHusband] = base.equations;
  let slopes: DyadSlopes;
  if ('coded' in base) {
    slopes = dyadBilinearSlopes(base);
  } else {
    const wife = leastSquaresSlopes(onWife);
    const husband = leastSquaresSlopes(onHusband);
    slopes = { rw: husband.positive, lw: husband.negative, rh: wife.positive, lh: wife.negative };
  }
  const quadrants = { a: u.a, r1: u.r1, b: u.b, r2: u.r2, slopes };
  const states =
    compat === 'dyad'
      ? dyadSteadyStates({ ...quadrants, hmin: u.hmin, hmax: u.hmax })
      : quadrantSteadyStates(quadrants);
  const partners = [
    partnerOf(onWife, 'Partner 1', slopes.lh, slopes.rh, NO_REPAIR_OR_DAMPING),
    partnerOf(onHusband, 'Partner 2', slopes.lw, slopes.rw, NO_REPAIR_OR_DAMPING),
  ] as const;
  return {
    model: 'bilinear',
    compat,
    windows,
    dyad: { ...u, ...slopes, hsetpoints: states.hsetpoints, wsetpoints: states.wsetpoints },
    partners,
    sse: sseOf([onWife, onHusband], partners),
  };
}

function repairDampingFit(
  windows: number,
  compat: 'dyad' | null,
  [onWife, onHusband]: readonly [PartnerEquation, PartnerEquation],
  u: Uninfluenced,
): CoupleFit {
  // Each equation reads the other partner's scores.
  const wife = fitRepairDamping(onWife, 'Partner 2');
  const husband = fitRepairDamping(onHusband, 'Partner 1');
  const partners = [
    partnerOf(onWife, 'Partner 1', wife.negativeInfluence, wife.positiveInfluence, terms(wife)),
    partnerOf(
      onHusband,
      'Partner 2',
      husband.negativeInfluence,
      husband.positiveInfluence,
      terms(husband),
    ),
  ] as const;
  return {
    model: 'repair-damping',
    compat,
    windows,
    dyad: {
      ...u,
      rw: husband.positiveInfluence,
      lw: husband.negativeInfluence,
      rh: wife.positiveInfluence,
      lh: wife.negativeInfluence,
      // dyad's pairs: a threshold on one partner's score with the strength in the other's equation.
      krw: husband.repair?.threshold ?? null,
      crh: husband.repair?.strength ?? null,
      krh: wife.repair?.threshold ?? null,
      crw: wife.repair?.strength ?? null,
      kdw: husband.damping?.threshold ?? null,
      // dyad writes damping with a plus sign: its cd is the negative of the book's strength.
      cdh: husband.damping === null ? null : -husband.damping.strength,
      kdh: wife.damping?.threshold ?? null,
      cdw: wife.damping === null ? null : -wife.damping.strength,
    },
    partners,
    sse: sseOf([onWife, onHusband], partners),
  };
}

function terms(fit: RepairDampingFit): SaturatingTerms {
  return {
    repairThreshold: fit.repair?.threshold ?? NO_REPAIR_OR_DAMPING.repairThreshold,
    repairStrength: fit.repair?.strength ?? 0,
    dampingThreshold: fit.damping?.threshold ?? NO_REPAIR_OR_DAMPING.dampingThreshold,
    dampingStrength: fit.damping?.strength ?? 0,
  };
}

/** A slope the data gave no evidence for (null) runs as 0: no influence of that kind. */
function partnerOf(
  equation: PartnerEquation,
  who: string,
  negative: number | null,
  positive: number | null,
  saturating: SaturatingTerms,
): FittedPartner {
  const setPoint = equation.intercept / (1 - equation.inertia);
  if (!Number.isFinite(setPoint)) {
    throw new RangeError(
      `${who}'s fitted inertia is exactly 1, so they have no set point and the model cannot run with these figures.`,
    );
  }
  return {
    dynamics: {
      inertia: equation.inertia,
      setPoint,
      negativeInfluence: negative ?? 0,
      positiveInfluence: positive ?? 0,
      ...saturating,
    },
  };
}

function sseOf(
  equations: readonly [PartnerEquation, PartnerEquation],
  partners: readonly [FittedPartner, FittedPartner],
): readonly [number, number] {
  return [
    influenceSse(equations[0], (x) => influence(partners[0].dynamics, x)),
    influenceSse(equations[1], (x) => influence(partners[1].dynamics, x)),
  ];
}

/** The corrected fit's ranges: the lowest and highest score of each partner over every window. */
function plainRanges([wife, husband]: readonly [Float64Array, Float64Array]): Readonly<
  Record<'wmin' | 'wmax' | 'hmin' | 'hmax', number | null>
> {
  const range = (scores: Float64Array): readonly [number | null, number | null] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of scores) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return scores.length === 0 ? [null, null] : [lo, hi];
  };
  const [wmin, wmax] = range(wife);
  const [hmin, hmax] = range(husband);
  return { wmin, wmax, hmin, hmax };
}
