/** The Gottman–Murray model of escalation: influence, one turn of the map, steady states, seeded noise and the book's fit. */
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
  parseCoupleCsv,
  type CoupleCsvErrorCode,
  type CoupleCsvResult,
  type CoupleWindow,
} from './coupleCsv';
export { BILINEAR_QUADRANTS, codedScore, fitBilinear, type BilinearFit } from './fit';
export {
  NEAR_REST,
  stepBoth,
  trajectory,
  type Trajectory,
  type TrajectoryEnding,
  type TrajectoryOptions,
  type TrajectoryUpdate,
} from './trajectory';
