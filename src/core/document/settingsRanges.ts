/** Allowed ranges of every number a cycle map holds, and the order `serializeCycleMap` writes them in. */
import type { NumberRange } from './fields';
import type { Dynamics, OutcomeSettings, RepairSettings, TherapistSettings } from './types';
import type { LandingKind } from './types';

type Numbers<T> = Exclude<{ [K in keyof T]: T[K] extends number ? K : never }[keyof T], undefined>;

/** Per-partner dynamics: wide enough for fitted couples, narrow enough to stay meaningful. */
export const DYNAMICS_RANGES: Record<Numbers<Dynamics>, NumberRange> = {
  inertia: [-0.99, 0.99], // |r| < 1, or a feeling would never fade
  setPoint: [-24, 24], // the SPAFF score scale
  negativeInfluence: [-2, 2],
  positiveInfluence: [-2, 2],
  repairThreshold: [-24, 24],
  repairStrength: [-10, 10], // a fit by least squares can give a negative strength (docs/model.md §10)
  dampingThreshold: [-24, 24],
  dampingStrength: [-10, 10],
  restingHeartRate: [35, 140],
  floodingHeartRate: [60, 220],
  floodingMargin: [5, 100],
  heartRateReactivity: [0, 2],
  heartRateRecovery: [0, 1],
};

export const LANDING_RANGES: Record<LandingKind, NumberRange> = {
  nameTheCycle: [0, 1],
  gentleStartUp: [0, 1],
  softReach: [0, 1],
  areResponse: [0, 1],
  takeResponsibility: [0, 1],
  humourOrAffection: [0, 1],
};

export const REPAIR_RANGES: Record<Numbers<RepairSettings>, NumberRange> = {
  overrideScore: [-24, 24],
  overrideWidth: [0.1, 24],
  beforeMove: [0, 1],
  afterMove: [0, 1],
  duringOther: [0, 1],
  failedScore: [-24, 0],
  breakMinutes: [20, 1440], // Gottman: at least 20 minutes for the body to calm, never past a day
};

export const OUTCOME_RANGES: Record<Numbers<OutcomeSettings>, NumberRange> = {
  disengageTurns: [1, 3000, 'integer'],
  withdrawnScore: [-24, 0],
  settleScore: [-24, 24],
  settleTurns: [1, 3000, 'integer'],
};

export const THERAPIST_RANGES: Record<Numbers<TherapistSettings>, NumberRange> = {
  arousal: [0, 1],
  landing: [1, 3],
};

/** Noise in score points a turn; turns of a talk (3,000 turns = 5 hours, far past any real talk). */
export const NOISE_RANGE: NumberRange = [0, 8];
export const TURNS_RANGE: NumberRange = [1, 3000, 'integer'];
