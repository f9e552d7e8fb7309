/** The Gottman–Murray model of escalation: influence, one turn of the map, steady states, seeded noise and fitting a coded conversation. */
export {
  bilinearInfluence,
  dampingTerm,
  influence,
  influenceSlope,
  repairTerm,
  type InfluenceParameters,
  type SlopeSide,
} from './influence';
export { SCORE_MAX, SCORE_MIN, clampScore } from './scoreScale';
export { nextScore, uninfluencedIntercept, type ModelParameters } from './step';
export { isRandomState, nextNormal, nextUniform, seedState, type RandomState } from './random';
export {
  eigenvalueModulus,
  stabilityAt,
  type Eigenvalue,
  type Stability,
  type StabilityOptions,
  type SteadyStateKind,
  type UpdateOrder,
} from './stability';
export {
  STEADY_STATE_TOLERANCE,
  nullcline,
  nullclineResidual,
  steadyStates,
  type SteadyState,
} from './steadyStates';
export { fromBookFigures, type BookFigures } from './bookFigures';
export {
  COUPLE_CSV_ERROR_CODES,
  MIN_FIT_WINDOWS,
  parseCoupleCsv,
  type CoupleCsvErrorCode,
  type CoupleCsvResult,
  type CoupleWindow,
} from './coupleCsv';
export { codedScore, neutralScore } from './codedScore';
export {
  BILINEAR_QUADRANTS,
  dyadBilinearSlopes,
  dyadIdealQuadrantSlopes,
  dyadUninfluenced,
  type DyadSlopes,
  type DyadUninfluenced,
} from './fitDyad';
export { MAX_DISTINCT_SCORES } from './fitRepairDamping';
export {
  NO_REPAIR_OR_DAMPING,
  fitCouple,
  type CoupleFit,
  type DyadFigures,
  type FitModel,
  type FitOptions,
  type FittedPartner,
} from './coupleFit';
export {
  NEAR_REST,
  stepBoth,
  trajectory,
  type Trajectory,
  type TrajectoryEnding,
  type TrajectoryOptions,
} from './trajectory';
