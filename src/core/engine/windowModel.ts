/**
 * The constants of a map that the repair-window runs read (`windowModel`), computed once per
 * analysis, and the counts the runs add up (`WindowCounts`).
 */
import type { Dynamics } from '../document/types';
import { floodLine, MAX_HEART_RATE } from './body';
import type { DanceModel } from './danceModel';
import { TURNS_PER_MINUTE } from './repair';

/** One partner's constants for the analysis: their dynamics, as the turn functions read them. */
export interface Side {
  readonly intercept: number;
  readonly inertia: number;
  readonly negativeInfluence: number;
  readonly positiveInfluence: number;
  readonly repairThreshold: number;
  /** With a therapist, the co-regulated repair strength. */
  readonly repairStrength: number;
  readonly dampingThreshold: number;
  readonly negatedDamping: number;
  readonly restingHeartRate: number;
  readonly headroom: number;
  /** Reactivity × the room's `rise`. */
  readonly rise: number;
  /** The share of excess heart rate that fades a turn, capped at 1. */
  readonly recovery: number;
  readonly floodLine: number;
  readonly setPoint: number;
  /** What a break leaves of the excess heart rate, and of the distance from the set point. */
  readonly breakHeart: number;
  readonly breakScore: number;
  readonly steps: number;
  readonly moveIndex: number;
  /** Per repair of this partner: whether it is a break, and its landing chance alone. */
  readonly isBreak: readonly boolean[];
  readonly landing: readonly number[];
}

/** Everything the runs read from a map, computed once per analysis. */
export interface WindowModel {
  readonly sides: readonly [Side, Side];
  readonly cells: number;
  /** Windows per cell: partner 0's repairs, then partner 1's. */
  readonly slots: number;
  readonly ticks: number;
  readonly breakTurns: number;
  readonly noise: number;
  readonly heardFloor: number;
  readonly numb: number;
  readonly withdrawnScore: number;
  readonly settleScore: number;
  readonly disengageTurns: number;
  readonly settleTurns: number;
  readonly failedScore: number;
  readonly overrideScore: number;
  readonly overrideWidth: number;
  readonly overrideAtZero: number;
  readonly beforeMove: number;
  readonly afterMove: number;
  readonly duringOther: number;
  readonly therapistLanding: number;
}

/** Sums over runs for each window (cell × maker × repair), in the order the windows are listed. */
export interface WindowCounts {
  /** Runs counted. */
  readonly runs: number;
  /** Runs that reconnect. */
  readonly wins: Float64Array;
  /** Their clock turns at reconnection, without the time of a break. */
  readonly turns: Float64Array;
  /** How many of them took a break (each adds the break's turns to the clock). */
  readonly breaks: Float64Array;
}

export function windowModel(
  model: DanceModel,
  rounds: number,
  therapistPresent: boolean,
): WindowModel {
  const { settings } = model;
  const { repair, outcome } = settings;
  const regulation = model.regulation[therapistPresent ? 1 : 0];
  const breakTurns = repair.breakMinutes * TURNS_PER_MINUTE;
  const sides = model.partners.map((partner): Side => {
    const d: Dynamics = partner.dynamics;
    const scored = therapistPresent ? partner.coRegulated : d;
    const kinds = [...partner.repairs.values()];
    return {
      intercept: scored.setPoint * (1 - scored.inertia),
      inertia: scored.inertia,
      negativeInfluence: scored.negativeInfluence,
      positiveInfluence: scored.positiveInfluence,
      repairThreshold: scored.repairThreshold,
      repairStrength: scored.repairStrength,
      dampingThreshold: scored.dampingThreshold,
      negatedDamping: -scored.dampingStrength,
      restingHeartRate: d.restingHeartRate,
      headroom: Math.max(1, MAX_HEART_RATE - d.restingHeartRate),
      rise: d.heartRateReactivity * regulation.rise,
      recovery: Math.min(1, d.heartRateRecovery * regulation.recovery),
      floodLine: floodLine(d),
      setPoint: d.setPoint,
      breakHeart: (1 - d.heartRateRecovery) ** breakTurns,
      breakScore: Math.abs(d.inertia) ** breakTurns,
      steps: partner.steps.length,
      moveIndex: partner.moveIndex,
      isBreak: kinds.map((kind) => kind === 'selfSoothingBreak'),
      landing: kinds.map((kind) => (kind === 'selfSoothingBreak' ? 0 : repair.landing[kind])),
    };
  }) as unknown as readonly [Side, Side];
  const logistic = (score: number) =>
    1 / (1 + Math.exp(-(score - repair.overrideScore) / repair.overrideWidth));
  return {
    sides,
    cells: rounds * model.roundLength,
    slots: sides[0].isBreak.length + sides[1].isBreak.length,
    ticks: settings.turns,
    breakTurns,
    noise: settings.noise,
    heardFloor: model.heardFloor,
    numb: regulation.numb,
    withdrawnScore: outcome.withdrawnScore,
    settleScore: outcome.settleScore,
    disengageTurns: outcome.disengageTurns,
    settleTurns: outcome.settleTurns,
    failedScore: repair.failedScore,
    overrideScore: repair.overrideScore,
    overrideWidth: repair.overrideWidth,
    overrideAtZero: logistic(0),
    beforeMove: repair.beforeMove,
    afterMove: repair.afterMove,
    duringOther: repair.duringOther,
    therapistLanding: therapistPresent ? settings.therapist.landing : 1,
  };
}

/** Empty counts for `runs` runs of this model. */
export function emptyCounts(k: WindowModel, runs: number): WindowCounts {
  const size = k.cells * k.slots;
  return {
    runs,
    wins: new Float64Array(size),
    turns: new Float64Array(size),
    breaks: new Float64Array(size),
  };
}
