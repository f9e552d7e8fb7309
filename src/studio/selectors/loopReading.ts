/** What the loop shows of one moment of the dance: phase, where the loop is, who is flooded, and how hot it runs. */
import {
  loopPositionOf,
  REPAIR_PATH,
  TAG,
  type DanceSnapshot,
  type PartnerIndex,
} from '../../core';
import type { StudioSnapshot } from '../studio';
import { momentOf, previousMomentOf } from './dance';
import { cueOf, heatOf, type HeatCue } from './heat';

export type LoopPhase = 'loop' | 'repairing' | 'reconnected' | 'disengaged';
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
  /** 0 (calm) … 1 (as negative as the scale goes), from the mean of the two scores. */
  readonly heat: number;
  readonly cue: HeatCue;
}

/** Which part of the chart a snapshot is in, by the chart's tags. */
export function loopPhaseOf(snapshot: DanceSnapshot): LoopPhase {
  if (snapshot.hasTag(TAG.reconnected)) return 'reconnected';
  if (snapshot.hasTag(TAG.disengaged)) return 'disengaged';
  if (snapshot.hasTag(TAG.repairing)) return 'repairing';
  return 'loop';
}

/** The stage of the repair path, while on it. */
export function repairStageOf(snapshot: DanceSnapshot): RepairStage | null {
  return REPAIR_PATH.find((stage) => snapshot.matches({ repairing: stage })) ?? null;
}

/**
 * @example
 * loopReadingOf(session.snapshots[0]); // { phase: 'loop', turn: 0, round: 1, cue: 'Calm', … }
 */
export function loopReadingOf(snapshot: DanceSnapshot): LoopReading {
  const { context } = snapshot;
  const { partner, index } = loopPositionOf(snapshot);
  const heat = heatOf(context.partners[0].score, context.partners[1].score);
  return {
    phase: loopPhaseOf(snapshot),
    repairStage: repairStageOf(snapshot),
    turn: context.turn,
    round: context.round,
    current: { partner, index },
    flooded: [context.partners[0].flooded, context.partners[1].flooded],
    heat,
    cue: cueOf(heat),
  };
}

const readings = new WeakMap<DanceSnapshot, LoopReading>();
function cachedReading(snapshot: DanceSnapshot | null): LoopReading | null {
  if (snapshot === null) return null;
  let reading = readings.get(snapshot);
  if (reading === undefined) readings.set(snapshot, (reading = loopReadingOf(snapshot)));
  return reading;
}

/** The loop's reading of the moment on screen (the same object for the same moment). */
export const readingOf = (s: StudioSnapshot): LoopReading | null => cachedReading(momentOf(s));

/** The loop's reading of the moment before (the pulse travels from it). */
export const previousReadingOf = (s: StudioSnapshot): LoopReading | null =>
  cachedReading(previousMomentOf(s));
