/**
 * What the loop shows of one moment of the dance: phase, where the loop is, who is flooded, and how
 * deep it runs — in its register: hot for a fight, cold for a dance where both turn away.
 */
import {
  loopPositionOf,
  REPAIR_PATH,
  TAG,
  type DanceSnapshot,
  type PartnerIndex,
} from '../../core';
import type { StudioSnapshot } from '../studio';
import { indexOf, lastIndexOf, momentOf, previousMomentOf } from './dance';
import { cueOf, heatOf, type LoopCue, type LoopRegister } from './heat';

/** `unresolved`: the talk's time ran out with the loop still running (its last moment). */
export type LoopPhase = 'loop' | 'repairing' | 'reconnected' | 'disengaged' | 'unresolved';
export type RepairStage = (typeof REPAIR_PATH)[number];

export const REPAIR_STAGE_LABEL: Record<RepairStage, string> = {
  pause: 'Pause',
  softReach: 'Soft reach',
  response: 'Response',
};

export interface LoopReading {
  readonly phase: LoopPhase;
  readonly repairStage: RepairStage | null;
  readonly turn: number;
  readonly round: number;
  /** The step the loop is on: the partner who moved last, and their step's index. */
  readonly current: { readonly partner: PartnerIndex; readonly index: number };
  readonly flooded: readonly [boolean, boolean];
  /**
   * Hot (someone pursues or attacks: the loop heats) or cold (both turn away, as in Freeze and
   * Flee: the loop goes quiet and the partners drift apart). The same for every moment of a dance.
   */
  readonly register: LoopRegister;
  /**
   * 0 (calm) … 1 (as negative as the scale goes), from the mean of the two scores — and never
   * below the third word ("Escalating", "Distant") while one partner is flooded, or the deepest
   * ("Deep in the cycle", "Frozen") while both are: the body and the loop tell the same story.
   */
  readonly heat: number;
  /** The depth in words: Calm, Tense, Escalating, Deep in the cycle — or Calm, Quiet, Distant, Frozen. */
  readonly cue: LoopCue;
}

/** The least depth shown with none, one or both partners flooded: the floors of the third and the deepest word. */
const FLOODED_HEAT = [0, 0.4, 0.7] as const;

/** Which part of the chart a snapshot is in, by the chart's tags. */
export function loopPhaseOf(snapshot: DanceSnapshot): LoopPhase {
  if (snapshot.hasTag(TAG.reconnected)) return 'reconnected';
  if (snapshot.hasTag(TAG.disengaged)) return 'disengaged';
  if (snapshot.hasTag(TAG.repairing)) return 'repairing';
  return 'loop';
}

/** The dance's register, by the chart's tag: cold when both partners turn away. */
export function registerOf(snapshot: DanceSnapshot): LoopRegister {
  return snapshot.hasTag(TAG.cold) ? 'cold' : 'hot';
}

/** The stage of the repair path, while on it. */
export function repairStageOf(snapshot: DanceSnapshot): RepairStage | null {
  return REPAIR_PATH.find((stage) => snapshot.matches({ repairing: stage })) ?? null;
}

/**
 * @example
 * loopReadingOf(session.snapshots[0]); // { phase: 'loop', turn: 0, round: 1, register: 'hot', cue: 'Calm', … }
 */
export function loopReadingOf(snapshot: DanceSnapshot): LoopReading {
  const { context } = snapshot;
  const { partner, index } = loopPositionOf(snapshot);
  const floodedCount = context.partners.filter((p) => p.flooded).length;
  const heat = Math.max(
    heatOf(context.partners[0].score, context.partners[1].score),
    FLOODED_HEAT[floodedCount] ?? 0,
  );
  const register = registerOf(snapshot);
  return {
    phase: loopPhaseOf(snapshot),
    repairStage: repairStageOf(snapshot),
    turn: context.turn,
    round: context.round,
    current: { partner, index },
    flooded: [context.partners[0].flooded, context.partners[1].flooded],
    register,
    heat,
    cue: cueOf(heat, register),
  };
}

const readings = new WeakMap<DanceSnapshot, LoopReading>();
function cachedReading(snapshot: DanceSnapshot | null): LoopReading | null {
  if (snapshot === null) return null;
  let reading = readings.get(snapshot);
  if (reading === undefined) readings.set(snapshot, (reading = loopReadingOf(snapshot)));
  return reading;
}

const unresolvedReadings = new WeakMap<DanceSnapshot, LoopReading>();

/**
 * The loop's reading of the moment on screen (the same object for the same moment). At the last
 * moment of a dance that did not end by itself, the phase is `unresolved`.
 */
export const readingOf = (s: StudioSnapshot): LoopReading | null => {
  const moment = momentOf(s);
  const reading = cachedReading(moment);
  if (moment === null || reading === null || reading.phase !== 'loop') return reading;
  if (indexOf(s) !== lastIndexOf(s)) return reading;
  let unresolved = unresolvedReadings.get(moment);
  if (unresolved === undefined)
    unresolvedReadings.set(moment, (unresolved = { ...reading, phase: 'unresolved' }));
  return unresolved;
};

/** The loop's reading of the moment before (the pulse travels from it). */
export const previousReadingOf = (s: StudioSnapshot): LoopReading | null =>
  cachedReading(previousMomentOf(s));
