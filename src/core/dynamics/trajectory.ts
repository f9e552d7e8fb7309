/**
 * The noise-free path of a talk from a chosen start: the model's own equation (`nextScore`, noise 0,
 * clamped to −24…+24 like the dance) applied turn by turn, with both partners updating at once or
 * one after the other.
 */
import { SCORE_MAX, SCORE_MIN } from './scoreScale';
import type { UpdateOrder } from './stability';
import { nextScore, type ModelParameters } from './step';

/**
 * - `settles`: comes to rest inside the scale (at a stable steady state);
 * - `edge`: comes to rest against an end of the scale, where the clamp holds a runaway;
 * - `moving`: still moving when the turns run out (a slow spiral, or a cycle that never rests).
 */
export type TrajectoryEnding = 'settles' | 'edge' | 'moving';

export interface Trajectory {
  readonly update: UpdateOrder;
  /** `[partner 0's score, partner 1's score]` at each turn, the start first. */
  readonly points: readonly (readonly [number, number])[];
  readonly ending: TrajectoryEnding;
  /**
   * The first turn from which both scores stay within `NEAR_REST` of where the path ends, or null
   * when it is still moving: "settles within about N turns".
   */
  readonly nearRestAfter: number | null;
}

export interface TrajectoryOptions {
  readonly update?: UpdateOrder;
  /** At most this many turns (default 3,000: five hours of 6-second windows, far past any talk). */
  readonly maxTurns?: number;
  /** A turn that moves neither score by more than this counts as rest (default 1e-9). */
  readonly restTolerance?: number;
}

/** Half a score point: closer than coded scores (whole SPAFF weights) can tell apart. */
export const NEAR_REST = 0.5;

/**
 * One noise-free turn of the map for both partners: both at once from the last turn's scores, or
 * one after the other, partner 1 answering partner 0's new score (`UpdateOrder`).
 *
 * @example
 * const p = { inertia: 0.5, setPoint: 0, negativeInfluence: 0.2, positiveInfluence: 0.2,
 *   repairThreshold: -24, repairStrength: 0, dampingThreshold: 24, dampingStrength: 0 };
 * stepBoth(p, p, [10, 0], 'simultaneous'); // [5, 2]
 * stepBoth(p, p, [10, 0], 'sequential'); // [5, 1]: partner 1 answers partner 0's new 5
 */
export function stepBoth(
  p0: ModelParameters,
  p1: ModelParameters,
  scores: readonly [number, number],
  update: UpdateOrder,
): readonly [number, number] {
  const next0 = nextScore(p0, scores[0], scores[1]);
  const next1 = nextScore(p1, scores[1], update === 'sequential' ? next0 : scores[0]);
  return [next0, next1];
}

/**
 * The path from `start` (clamped to the scale first), turn by turn, until it rests or `maxTurns`
 * have passed.
 *
 * @example
 * const calm = { inertia: 0.5, setPoint: 2, negativeInfluence: 0.2, positiveInfluence: 0.2,
 *   repairThreshold: -24, repairStrength: 0, dampingThreshold: 24, dampingStrength: 0 };
 * const path = trajectory(calm, { ...calm, setPoint: -2 }, [-20, 20]);
 * path.ending; // 'settles'
 * path.points.at(-1); // ≈ [10/7, −10/7], the couple's one steady state
 */
export function trajectory(
  p0: ModelParameters,
  p1: ModelParameters,
  start: readonly [number, number],
  options: TrajectoryOptions = {},
): Trajectory {
  const { update = 'simultaneous', maxTurns = 3000, restTolerance = 1e-9 } = options;
  let scores: readonly [number, number] = [onScale(start[0]), onScale(start[1])];
  const points = [scores];
  let resting = false;
  for (let turn = 0; turn < maxTurns && !resting; turn++) {
    const next = stepBoth(p0, p1, scores, update);
    resting =
      Math.abs(next[0] - scores[0]) <= restTolerance &&
      Math.abs(next[1] - scores[1]) <= restTolerance;
    if (!resting) points.push(next);
    scores = next;
  }
  const end = points[points.length - 1] ?? scores;
  const ending: TrajectoryEnding = !resting ? 'moving' : atEdge(end) ? 'edge' : 'settles';
  return { update, points, ending, nearRestAfter: resting ? nearRestAfter(points, end) : null };
}

function onScale(score: number): number {
  return Number.isFinite(score) ? Math.min(SCORE_MAX, Math.max(SCORE_MIN, score)) : 0;
}

function atEdge(scores: readonly [number, number]): boolean {
  return scores.some((score) => score === SCORE_MIN || score === SCORE_MAX);
}

/** The first turn after which every point stays within `NEAR_REST` of `end`. */
function nearRestAfter(
  points: readonly (readonly [number, number])[],
  end: readonly [number, number],
): number {
  let turn = points.length - 1;
  while (turn > 0) {
    const before = points[turn - 1]!;
    if (Math.abs(before[0] - end[0]) > NEAR_REST || Math.abs(before[1] - end[1]) > NEAR_REST) break;
    turn--;
  }
  return turn;
}
