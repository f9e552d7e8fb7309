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
 * One turn of heart rate: each point of one's own negativity adds `reactivity` bpm (less as the
 * heart nears its ceiling), and a share `recovery` of the excess over resting fades.
 * `arousal` scales the rise: 1 alone, lower with a therapist as co-regulator.
 *
 * @example
 * nextHeartRate(d, 90, -10, 1); // rises while the score stays negative
 */
export function nextHeartRate(d: Heart, heartRate: number, score: number, arousal: number): number {
  const negativity = Math.max(0, -score);
  const excess = heartRate - d.restingHeartRate;
  const headroom = Math.max(1, MAX_HEART_RATE - d.restingHeartRate);
  const rise = d.heartRateReactivity * arousal * negativity * Math.max(0, 1 - excess / headroom);
  return heartRate + rise - d.heartRateRecovery * excess;
}

/**
 * Heart rate after `turns` quiet turns apart (a self-soothing break): the excess fades geometrically,
 * so 20 minutes (200 turns) at 1.5 % a turn leaves about 5 % of it.
 */
export function recoveredHeartRate(d: Heart, heartRate: number, turns: number): number {
  return d.restingHeartRate + (heartRate - d.restingHeartRate) * (1 - d.heartRateRecovery) ** turns;
}
