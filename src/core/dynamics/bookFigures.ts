/**
 * Reading figures published in the book's notation (as the R package *dyad* prints them) as our two
 * partners' parameters, so fitted couples from the literature can be run in Cyclemap.
 */
import type { ModelParameters } from './step';

/**
 * A couple's figures in the book's names: partner 1 is the wife, partner 2 the husband.
 * Influence figures left out are taken as 0 (no influence of that kind).
 */
export interface BookFigures {
  /** The wife's inertia and the constant of her equation (`natw = a / (1 − r1)`). */
  readonly r1: number;
  readonly a: number;
  /** The husband's inertia and the constant of his equation (`nath = b / (1 − r2)`). */
  readonly r2: number;
  readonly b: number;
  /** Bilinear slopes of the husband's positive / negative scores acting on the wife. */
  readonly rh?: number;
  readonly lh?: number;
  /** Bilinear slopes of the wife's positive / negative scores acting on the husband. */
  readonly rw?: number;
  readonly lw?: number;
  /** Repair and damping: thresholds on the wife's score, strengths of the husband's response. */
  readonly krw?: number;
  readonly crh?: number;
  readonly kdw?: number;
  readonly cdh?: number;
  /** Repair and damping: thresholds on the husband's score, strengths of the wife's response. */
  readonly krh?: number;
  readonly crw?: number;
  readonly kdh?: number;
  readonly cdw?: number;
}

/**
 * `[partner 0, partner 1]` = `[wife, husband]`, each with the influence of the *other's* score on them.
 *
 * Naming, as we read *dyad*: a slope or a threshold carries the letter of the partner whose score
 * it looks at (`rh`, `lh`, `krh`, `kdh` all read the husband's score, so they act on the wife), and a
 * repair or damping strength carries the letter of the partner whose equation it moves (`crw`, `cdw`
 * move the wife). The package prints them in pairs `(krw, crh)`, `(krh, crw)`, `(kdw, cdh)`,
 * `(kdh, cdw)`, in the same order as the bilinear slopes (the wife's score acting on the husband
 * first), which is what this reading follows. The damping strength enters as the book writes it,
 * `− cd·(…)`, so the sample's negative `cd` figures make that term push up, not down.
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
    repairThreshold: f.krh ?? 0,
    repairStrength: f.crw ?? 0,
    dampingThreshold: f.kdh ?? 0,
    dampingStrength: f.cdw ?? 0,
  };
  const husband: ModelParameters = {
    inertia: f.r2,
    setPoint: f.b / (1 - f.r2),
    negativeInfluence: f.lw ?? 0,
    positiveInfluence: f.rw ?? 0,
    repairThreshold: f.krw ?? 0,
    repairStrength: f.crh ?? 0,
    dampingThreshold: f.kdw ?? 0,
    dampingStrength: f.cdh ?? 0,
  };
  return [wife, husband];
}
