/** One turn of the Gottman–Murray map for one partner: the single equation everything that steps the model shares. */
import type { Dynamics } from '../document/types';
import { influence, type InfluenceParameters } from './influence';
import { clampScore } from './scoreScale';

/** One partner's parameters of the model: inertia, set point and the influence of the other partner on them. */
export type ModelParameters = Pick<Dynamics, 'inertia' | 'setPoint'> & InfluenceParameters;

/**
 * `a = setPoint·(1 − inertia)`: the constant of the uninfluenced equation `P[t+1] = a + inertia·P[t]`,
 * whose fixed point is the set point.
 *
 * @example
 * uninfluencedIntercept({ inertia: 0.6, setPoint: -2 }); // -0.8
 */
export function uninfluencedIntercept(d: Pick<Dynamics, 'inertia' | 'setPoint'>): number {
  return d.setPoint * (1 - d.inertia);
}

/**
 * This partner's next score: `a + inertia·own + I(other) + noise`, clamped to −24…+24.
 * `noise` is a draw the caller makes (seeded), so the deterministic map is `noise = 0`.
 *
 * @example
 * const self = { inertia: 0.5, setPoint: 2, negativeInfluence: 0.4, positiveInfluence: 0.1,
 *   repairThreshold: -24, repairStrength: 0, dampingThreshold: 24, dampingStrength: 0 };
 * nextScore(self, 4, -5); // 1 + 2 − 2 = 1
 */
export function nextScore(
  self: ModelParameters,
  ownScore: number,
  otherScore: number,
  noise = 0,
): number {
  return clampScore(
    uninfluencedIntercept(self) + self.inertia * ownScore + influence(self, otherScore) + noise,
  );
}
