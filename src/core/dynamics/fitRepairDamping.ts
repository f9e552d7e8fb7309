/**
 * The repair–damping influence function fitted by least squares to one equation's influence
 * residuals: slopes, thresholds and strengths together. Below 0 the model is `s·x + cr·repair(x; kr)`
 * and above it `s·x + cd·damping(x; kd)` (the book's form, `influence.ts`), so the two sides are two
 * separate problems. On each, once the threshold is fixed the rest is linear: the threshold is
 * profiled (the least-squares slope and strength solved for each trial threshold), scanned across
 * every gap between the other partner's scores and refined by golden-section search. The thresholds
 * stay on their own side of 0, so a neutral partner still has no influence.
 */
import { dampingTerm, repairTerm } from './influence';
import { leastSquares } from './leastSquares';
import type { PartnerEquation } from './partnerEquation';

/** A saturating term's threshold and strength (book form), or null where the fit found none worth having. */
export interface FittedTerm {
  readonly threshold: number;
  readonly strength: number;
}

export interface RepairDampingFit {
  /** Slopes on the other's negative / positive scores; null where the other never scored there. */
  readonly negativeInfluence: number | null;
  readonly positiveInfluence: number | null;
  readonly repair: FittedTerm | null;
  readonly damping: FittedTerm | null;
}

/** Distinct scores on one side beyond which the threshold scan would be too slow to wait for. */
export const MAX_DISTINCT_SCORES = 2000;
/** Trial thresholds per gap between two neighbouring scores, before refinement. */
const SAMPLES_PER_GAP = 16;
const GOLDEN_STEPS = 48;
/** Gaps scanned at most; with more distinct scores, every k-th score bounds a gap. */
const MAX_GAPS = 400;

/**
 * `scoresOf` names the partner whose scores are the influence (for the one sentence of an error).
 *
 * @throws RangeError when one side has more than `MAX_DISTINCT_SCORES` different scores.
 * @example
 * const fit = fitRepairDamping(wifeEquation, 'Partner 2');
 * fit.repair; // { threshold: -1.7, strength: 3.1 } or null
 */
export function fitRepairDamping(equation: PartnerEquation, scoresOf: string): RepairDampingFit {
  const negative = fitSide(equation, 'repair', scoresOf);
  const positive = fitSide(equation, 'damping', scoresOf);
  return {
    negativeInfluence: negative.slope,
    positiveInfluence: positive.slope,
    repair: negative.term,
    damping: positive.term,
  };
}

type TermKind = 'repair' | 'damping';

/** The term per unit of strength, exactly as `influence()` computes it. */
function shape(kind: TermKind, threshold: number, x: number): number {
  return kind === 'repair'
    ? repairTerm({ repairThreshold: threshold, repairStrength: 1 }, x)
    : dampingTerm({ dampingThreshold: threshold, dampingStrength: 1 }, x);
}

/** One side's windows grouped by the other's score, sorted outward from 0. */
interface SideData {
  readonly x: Float64Array;
  readonly count: Float64Array;
  /** Σ residual over the windows with that score. */
  readonly sumE: Float64Array;
  readonly sxx: number;
  readonly sxe: number;
  readonly see: number;
}

function sideData(equation: PartnerEquation, kind: TermKind, scoresOf: string): SideData {
  const groupOf = new Map<number, number>();
  const x: number[] = [];
  const count: number[] = [];
  const sumE: number[] = [];
  let sxx = 0;
  let sxe = 0;
  let see = 0;
  for (let i = 0; i < equation.other.length; i++) {
    const score = equation.other[i] ?? 0;
    if (kind === 'repair' ? !(score < 0) : !(score > 0)) continue;
    const e = equation.residual[i] ?? 0;
    let group = groupOf.get(score);
    if (group === undefined) {
      if (x.length === MAX_DISTINCT_SCORES) throw tooManyScores(scoresOf, kind);
      group = x.length;
      groupOf.set(score, group);
      x.push(score);
      count.push(0);
      sumE.push(0);
    }
    count[group]! += 1;
    sumE[group]! += e;
    sxx += score * score;
    sxe += score * e;
    see += e * e;
  }
  // Outward from 0: the scores nearest neutral first, as the scan visits them.
  const order = x.map((_, j) => j).sort((p, q) => Math.abs(x[p]!) - Math.abs(x[q]!));
  return {
    x: Float64Array.from(order, (j) => x[j]!),
    count: Float64Array.from(order, (j) => count[j]!),
    sumE: Float64Array.from(order, (j) => sumE[j]!),
    sxx,
    sxe,
    see,
  };
}

function tooManyScores(scoresOf: string, kind: TermKind): RangeError {
  return new RangeError(
    `${scoresOf} has more than ${MAX_DISTINCT_SCORES.toLocaleString('en')} different ${kind === 'repair' ? 'negative' : 'positive'} scores, more than the repair–damping fit can search (coded scores come in whole or tenth points).`,
  );
}

/**
 * The least-squares error of `s·x + c·shape(x; threshold)` on one side, the slope and strength
 * solved exactly for this threshold (2 × 2 normal equations over the grouped scores).
 */
function profile(data: SideData, kind: TermKind, threshold: number): number {
  let sxg = 0;
  let sgg = 0;
  let sge = 0;
  // Sorted outward from 0, so the windows the term reaches come last: stop at the first it misses.
  for (let j = data.x.length - 1; j >= 0; j--) {
    const x = data.x[j] ?? 0;
    const g = shape(kind, threshold, x);
    if (g === 0) break;
    const n = data.count[j] ?? 0;
    sxg += n * x * g;
    sgg += n * g * g;
    sge += g * (data.sumE[j] ?? 0);
  }
  const det = data.sxx * sgg - sxg * sxg;
  if (!(det > 1e-12 * data.sxx * sgg)) return data.see - (data.sxe * data.sxe) / data.sxx;
  const s = (data.sxe * sgg - sge * sxg) / det;
  const c = (sge * data.sxx - data.sxe * sxg) / det;
  return data.see - s * data.sxe - c * sge;
}

/**
 * The stretches of thresholds over which the term reaches the same windows: from 0 to the score
 * nearest it, then between each score and the next one outward, ending at the outermost score (the
 * term must reach at least one window). With more than `MAX_GAPS` scores, every k-th bounds a gap.
 */
function gaps(data: SideData): (readonly [near: number, far: number])[] {
  const m = data.x.length;
  const step = Math.max(1, Math.ceil(m / MAX_GAPS));
  const ends = [0];
  for (let j = 0; j < m; j += step) ends.push(data.x[j] ?? 0);
  if (ends.at(-1) !== data.x[m - 1]) ends.push(data.x[m - 1] ?? 0);
  return ends.slice(1).map((far, j) => [ends[j] ?? 0, far] as const);
}

/**
 * A side's fit: its slope, and its term when the term lowers the error. Each gap is a stretch of
 * thresholds where the term reaches the same windows, so the error is smooth there: sampled from
 * the neutral end outward (ties go to the threshold nearest 0, the weakest strength that does the
 * same), then refined around the best sample.
 */
function fitSide(
  equation: PartnerEquation,
  kind: TermKind,
  scoresOf: string,
): { readonly slope: number | null; readonly term: FittedTerm | null } {
  const data = sideData(equation, kind, scoresOf);
  if (data.x.length === 0) return { slope: null, term: null };
  const bilinearError = data.see - (data.sxe * data.sxe) / data.sxx;
  const tolerance = 1e-12 * Math.max(data.see, Number.MIN_VALUE);
  let best = { threshold: NaN, error: bilinearError };
  for (const [near, far] of gaps(data)) {
    // The threshold runs from the neutral end `near` (included) towards `far` (excluded: there the
    // term would not reach the score `far`). Both ends are on this side of 0.
    const width = far - near;
    let local = { threshold: NaN, error: Infinity, index: -1 };
    for (let i = 0; i < SAMPLES_PER_GAP; i++) {
      const threshold = near + (width * i) / SAMPLES_PER_GAP;
      const error = profile(data, kind, threshold);
      if (error < local.error - tolerance) local = { threshold, error, index: i };
    }
    const refined = goldenSection(
      (t) => profile(data, kind, t),
      near + (width * Math.max(0, local.index - 1)) / SAMPLES_PER_GAP,
      near + (width * Math.min(SAMPLES_PER_GAP - 0.001, local.index + 1)) / SAMPLES_PER_GAP,
    );
    if (refined.error < local.error - tolerance) local = { ...refined, index: local.index };
    if (local.error < best.error - tolerance) best = local;
  }
  return solveSide(equation, kind, Number.isNaN(best.threshold) ? null : best.threshold);
}

/** Minimises a function on [lo, hi] by golden-section search (deterministic, no derivatives). */
function goldenSection(
  f: (t: number) => number,
  lo: number,
  hi: number,
): { readonly threshold: number; readonly error: number } {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = Math.min(lo, hi);
  let b = Math.max(lo, hi);
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < GOLDEN_STEPS; i++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return fc <= fd ? { threshold: c, error: fc } : { threshold: d, error: fd };
}

/**
 * The slope and strength for the chosen threshold, solved on the windows themselves (QR, not the
 * grouped normal equations), and kept only if the term truly lowers the side's error.
 */
function solveSide(
  equation: PartnerEquation,
  kind: TermKind,
  threshold: number | null,
): { readonly slope: number | null; readonly term: FittedTerm | null } {
  const onSide = (x: number): boolean => (kind === 'repair' ? x < 0 : x > 0);
  const bilinear = leastSquares(1);
  const full = leastSquares(2);
  for (let i = 0; i < equation.other.length; i++) {
    const x = equation.other[i] ?? 0;
    if (!onSide(x)) continue;
    const e = equation.residual[i] ?? 0;
    bilinear.add([x], e);
    if (threshold !== null) full.add([x, shape(kind, threshold, x)], e);
  }
  const plain = bilinear.solve(0);
  const slope = plain.ok ? (plain.x[0] ?? null) : null;
  const solved = threshold === null ? undefined : full.solve(1e-12);
  if (slope === null || solved === undefined || !solved.ok) return { slope, term: null };
  const [withTerm = 0, strength = 0] = solved.x;
  const error = (s: number, c: number): number => {
    let sse = 0;
    for (let i = 0; i < equation.other.length; i++) {
      const x = equation.other[i] ?? 0;
      if (!onSide(x)) continue;
      const r =
        (equation.residual[i] ?? 0) - s * x - (c === 0 ? 0 : c * shape(kind, threshold!, x));
      sse += r * r;
    }
    return sse;
  };
  if (strength === 0 || !(error(withTerm, strength) < error(slope, 0)))
    return { slope, term: null };
  return { slope: withTerm, term: { threshold: threshold!, strength } };
}
