/**
 * Default dynamics for a partner, derived from position and attachment tendency.
 * The figures are illustrations, not measurements of anyone; a map can override any of them.
 * Inertia and slopes are in the range of the book's fitted couples (inertia ≈ 0.6–0.7, slopes
 * ≈ 0.1–0.4 in size); the built-in repair term starts late (−6) and weakly for insecure
 * tendencies, so that a demon dialogue runs away as its teaching notes describe.
 */
import type { Dynamics, SimulationSettings } from './types';
import type { Attachment, Position } from './vocabulary';

type Adjustment = Partial<Record<keyof Dynamics, number>>;

const BASE: Omit<Dynamics, 'unknownFields'> = {
  inertia: 0.6,
  setPoint: 0,
  negativeInfluence: 0.3,
  positiveInfluence: 0.2,
  repairThreshold: -6,
  repairStrength: 1,
  dampingThreshold: 4,
  dampingStrength: 1,
  restingHeartRate: 72,
  floodingHeartRate: 100,
  floodingMargin: 30,
  heartRateReactivity: 0.1,
  heartRateRecovery: 0.015,
};

/** Added to the base: how each position tends to move in the dance. */
const BY_POSITION: Record<Position, Adjustment> = {
  // Protest: a more negative resting tone, strongly moved by the other's distance.
  pursuer: { setPoint: -2, inertia: 0.05, negativeInfluence: 0.1 },
  // Retreat: stays shut down (more inertia) and is flooded inside while looking calm.
  withdrawer: { setPoint: -1, inertia: 0.12, negativeInfluence: 0.05, heartRateReactivity: 0.04 },
  // Attack: the hottest start and the strongest pull from the other's negativity.
  blamer: { setPoint: -3, inertia: 0.1, negativeInfluence: 0.15 },
  // Appease: stays near neutral, more moved by warmth than by heat.
  placater: { setPoint: -0.5, negativeInfluence: -0.05, positiveInfluence: 0.1 },
  // Flips between protest and retreat: quick to change (less inertia), strongly moved.
  mixed: { setPoint: -2, inertia: -0.05, negativeInfluence: 0.12 },
};

/** Added to the base: how each attachment tendency receives the other's moves and repairs. */
const BY_ATTACHMENT: Record<Attachment, Adjustment> = {
  // Reads distance as danger; the couple's everyday repair term (repairStrength) is weaker.
  anxious: { negativeInfluence: 0.08, repairStrength: -0.5, heartRateReactivity: 0.02 },
  // Soothes by distance: less moved by warmth, a weaker everyday repair term.
  avoidant: { positiveInfluence: -0.08, repairStrength: -0.5, inertia: 0.03 },
  // Both at once: strongly moved, slow to trust a repair, quick to flood.
  fearful: { negativeInfluence: 0.1, repairStrength: -1, heartRateReactivity: 0.04 },
  // Not named: the position alone shapes the defaults.
  unsure: {},
  // A safe base: warmer set point, repairs start earlier and land more strongly.
  secure: {
    setPoint: 2.5,
    negativeInfluence: -0.15,
    positiveInfluence: 0.1,
    repairThreshold: 5,
    repairStrength: 1,
    heartRateReactivity: -0.04,
  },
};

/** Removes float noise (0.6 + 0.05 = 0.6499999…) so saved files show the figures as written. */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

export function defaultDynamics(position: Position, attachment: Attachment): Dynamics {
  const result: Record<string, number> = { ...BASE };
  for (const adjustment of [BY_POSITION[position], BY_ATTACHMENT[attachment]]) {
    for (const [key, delta] of Object.entries(adjustment)) result[key] = (result[key] ?? 0) + delta;
  }
  for (const key of Object.keys(result)) result[key] = tidy(result[key] ?? 0);
  return result as unknown as Dynamics;
}

/**
 * The simulation's defaults. One score point of noise a turn is about one SPAFF code changing;
 * 150 turns is the 15-minute talk of the research. Landing chances and timing factors are
 * illustrations chosen so that soft, primary-emotion repairs land more often than distractions,
 * as EFT and Gottman describe; docs/model.md says which figures are measured and which are not.
 */
export const DEFAULT_SIMULATION: SimulationSettings = {
  noise: 1,
  turns: 150,
  repair: {
    landing: {
      nameTheCycle: 0.5,
      gentleStartUp: 0.55,
      softReach: 0.7,
      areResponse: 0.65,
      takeResponsibility: 0.6,
      humourOrAffection: 0.45,
    },
    overrideScore: -8,
    overrideWidth: 3,
    beforeMove: 1,
    afterMove: 0.6,
    duringOther: 0.75,
    failedScore: -3,
    breakMinutes: 20,
  },
  outcome: { disengageTurns: 30, withdrawnScore: -12, settleScore: 2, settleTurns: 10 },
  therapist: { arousal: 0.5, landing: 1.3 },
};
