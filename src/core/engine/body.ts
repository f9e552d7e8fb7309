/** The body in the dance: heart rate rising with sustained negativity, recovering slowly, and flooding. */
import type { Dynamics } from '../document/types';

/** No heart in the model beats faster; arousal slows as it nears this ceiling. */
export const MAX_HEART_RATE = 200;

type Heart = Pick<
  Dynamics,
  | 'restingHeartRate'
  | 'floodingHeartRate'
  | 'floodingMargin'
  | 'heartRateReactivity'
  | 'heartRateRecovery'
>;

/**
 * The heart rate above which a partner is flooded: 100 bpm for most people, or resting + margin
 * when that is lower (a fit heart at 50 floods at about 80, as Gottman found).
 *
 * @example
 * floodLine({ restingHeartRate: 72, floodingHeartRate: 100, floodingMargin: 30 }); // 100
 */
export function floodLine(
  d: Pick<Heart, 'restingHeartRate' | 'floodingHeartRate' | 'floodingMargin'>,
): number {
  return Math.min(d.floodingHeartRate, d.restingHeartRate + d.floodingMargin);
}

export function isFlooded(d: Heart, heartRate: number): boolean {
  return heartRate > floodLine(d);
}

/**
 * What the room and the dance do to a body's response, the same for both partners:
 * - `rise` scales the arousal that negativity brings (1 alone; `therapist.arousal` with a
 *   therapist as co-regulator);
 * - `recovery` scales the share of the excess that fades each turn (1 alone; 2 − `therapist.arousal`
 *   with a therapist: a calm third nervous system helps a body settle);
 * - `numb` is how many points of negativity do not arouse at all: 0 in a hot dance, where
 *   negativity is a fight; |withdrawnScore| in a cold one, where it is distance and shutting down.
 */
export interface Regulation {
  readonly rise: number;
  readonly recovery: number;
  readonly numb: number;
}

/** A body on its own in a hot dance: every point of negativity arouses, at the partner's own rates. */
export const ALONE: Regulation = { rise: 1, recovery: 1, numb: 0 };

/**
 * One turn of heart rate: each point of one's own arousing negativity adds `reactivity` bpm (less
 * as the heart nears its ceiling), and a share `recovery` of the excess over resting fades.
 *
 * @example
 * nextHeartRate(d, 90, -10, ALONE); // rises while the score stays negative
 */
export function nextHeartRate(
  d: Heart,
  heartRate: number,
  score: number,
  regulation: Regulation,
): number {
  const negativity = Math.max(0, -score - regulation.numb);
  const excess = heartRate - d.restingHeartRate;
  const headroom = Math.max(1, MAX_HEART_RATE - d.restingHeartRate);
  const rise =
    d.heartRateReactivity * regulation.rise * negativity * Math.max(0, 1 - excess / headroom);
  return heartRate + rise - Math.min(1, d.heartRateRecovery * regulation.recovery) * excess;
}

/**
 * Heart rate after `turns` quiet turns apart (a self-soothing break): the excess fades geometrically,
 * so 20 minutes (200 turns) at 1.5 % a turn leaves about 5 % of it.
 */
export function recoveredHeartRate(d: Heart, heartRate: number, turns: number): number {
  return d.restingHeartRate + (heartRate - d.restingHeartRate) * (1 - d.heartRateRecovery) ** turns;
}
