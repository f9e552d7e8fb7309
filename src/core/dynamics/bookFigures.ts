/**
 * Reading figures published in the book's notation (as the R package *dyad* prints them) as our two
 * partners' parameters, so fitted couples from the literature can be run in Cyclemap.
 */
import { NO_REPAIR_OR_DAMPING } from './coupleFit';
import type { ModelParameters } from './step';

/** A figure left out, or null (*dyad*'s NA), means no influence of that kind. */
type Optional = number | null | undefined;

/**
 * A couple's figures in *dyad*'s names and sign convention: partner 1 is the wife, partner 2 the
 * husband.
 */
export interface BookFigures {
  /** The wife's inertia and the constant of her equation (`natw = a / (1 − r1)`). */
  readonly r1: number;
  readonly a: number;
  /** The husband's inertia and the constant of his equation (`nath = b / (1 − r2)`). */
  readonly r2: number;
  readonly b: number;
  /**
   * Slopes of the husband's positive / negative scores acting on the wife. With repair–damping
   * figures, pass the slopes fitted under its terms: *dyad* fits them on the "ideal"
   * quadrants only and never prints them (`dyadIdealQuadrantSlopes` recomputes them).
   */
  readonly rh?: Optional;
  readonly lh?: Optional;
  /** Slopes of the wife's positive / negative scores acting on the husband. */
  readonly rw?: Optional;
  readonly lw?: Optional;
  /** Repair of the wife's negativity: threshold on the wife's score, strength in the husband's equation. */
  readonly krw?: Optional;
  readonly crh?: Optional;
  /** Damping of the wife's positivity: threshold on her score, strength (*dyad*'s sign) in his equation. */
  readonly kdw?: Optional;
  readonly cdh?: Optional;
  /** Repair of the husband's negativity: threshold on his score, strength in the wife's equation. */
  readonly krh?: Optional;
  readonly crw?: Optional;
  /** Damping of the husband's positivity: threshold on his score, strength (*dyad*'s sign) in hers. */
  readonly kdh?: Optional;
  readonly cdw?: Optional;
}

/**
 * `[partner 0, partner 1]` = `[wife, husband]`, each with the influence of the *other's* score on them.
 *
 * Naming, as *dyad*'s code uses it (`repair.R`, `damping.R`, `rdcline.R`): a slope or a threshold
 * carries the letter of the partner whose score it reads (`rh`, `lh`, `krh`, `kdh` all read the
 * husband's score, so they act on the wife), and a strength carries the letter of the partner whose
 * equation it moves (`crw`, `cdw` move the wife). So the wife runs with `lh, rh, krh, crw, kdh, −cdw`
 * and the husband with `lw, rw, krw, crh, kdw, −cdh`.
 *
 * The damping sign: *dyad* fits and uses damping as `+cd·(|v| + v)/(1 + v)`, the book (and
 * `influence()`) as `−cd·(…)`, so Cyclemap's `dampingStrength` is *dyad*'s `cd` negated. With this
 * reading (and the ideal-quadrant slopes) `influence()` gives exactly *dyad*'s repair–damping
 * residuals. Missing figures turn that part off (strength 0, thresholds at the ends of the scale).
 *
 * @example
 * const [wife, husband] = fromBookFigures({ r1: 0.7, a: -0.69, r2: 0.59, b: 0.14, rh: 0.07, lh: -0.22 });
 * wife.negativeInfluence; // -0.22 (lh: the husband's negative scores acting on the wife)
 */
export function fromBookFigures(f: BookFigures): readonly [ModelParameters, ModelParameters] {
  const wife: ModelParameters = {
    inertia: f.r1,
    setPoint: f.a / (1 - f.r1),
    negativeInfluence: f.lh ?? 0,
    positiveInfluence: f.rh ?? 0,
    ...saturating(f.krh, f.crw, f.kdh, f.cdw),
  };
  const husband: ModelParameters = {
    inertia: f.r2,
    setPoint: f.b / (1 - f.r2),
    negativeInfluence: f.lw ?? 0,
    positiveInfluence: f.rw ?? 0,
    ...saturating(f.krw, f.crh, f.kdw, f.cdh),
  };
  return [wife, husband];
}

function saturating(
  repairThreshold: Optional,
  repairStrength: Optional,
  dampingThreshold: Optional,
  dyadDampingStrength: Optional,
): Pick<
  ModelParameters,
  'repairThreshold' | 'repairStrength' | 'dampingThreshold' | 'dampingStrength'
> {
  const repairOn = repairThreshold != null && repairStrength != null;
  const dampingOn = dampingThreshold != null && dyadDampingStrength != null;
  return {
    repairThreshold: repairOn ? repairThreshold : NO_REPAIR_OR_DAMPING.repairThreshold,
    repairStrength: repairOn ? repairStrength : 0,
    dampingThreshold: dampingOn ? dampingThreshold : NO_REPAIR_OR_DAMPING.dampingThreshold,
    // 0 − cd rather than −cd, so a zero strength is +0 (JSON and equality tests see no −0).
    dampingStrength: dampingOn ? 0 - dyadDampingStrength : 0,
  };
}
