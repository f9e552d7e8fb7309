/** The state of a dance at one moment — the statechart's context — and the dance's starting point. */
import { seedState, type RandomState } from '../dynamics/random';
import type { RepairKind } from '../document/vocabulary';
import type { DanceModel, PartnerIndex } from './loop';

export interface PartnerNow {
  /** Id of the step the partner is on (or was on, once the loop has ended). */
  readonly step: string;
  /** Affect on the −24…+24 scale of the research. */
  readonly score: number;
  readonly heartRate: number;
  readonly flooded: boolean;
}

/** Why a repair did or did not land, for the narration. */
export type RepairReason =
  'landed' | 'receiverFlooded' | 'sentimentOverride' | 'chance' | 'break' | 'unknownRepair';

export interface RepairNote {
  readonly by: PartnerIndex;
  /** The repair's id in the map (a catalogue kind or the couple's own id). */
  readonly repair: string;
  /** The catalogue kind it plays as, if known. */
  readonly playsAs: RepairKind | null;
  readonly outcome: 'landed' | 'failed' | 'break' | 'ignored';
  /** Chance it had to land, 0…1 (1 for a break, which needs no receiver). */
  readonly chance: number;
  readonly reason: RepairReason;
  /** The receiver's heart rate when it was tried. */
  readonly receiverHeartRate: number;
  readonly turn: number;
}

/** Plain data only (it is the XState context and goes into saved traces): no functions, no classes. */
export interface Dance {
  /** The clock, in 6-second turns (a break moves it on by its length). */
  readonly turn: number;
  /** 1 for the first pass through the loop, 2 for the second… */
  readonly round: number;
  /** Whose step comes next. */
  readonly mover: PartnerIndex;
  /** Whose step the loop is on now (the partner who moved last). */
  readonly current: PartnerIndex;
  /** Index into each partner's steps. */
  readonly at: readonly [number, number];
  readonly partners: readonly [PartnerNow, PartnerNow];
  readonly rng: RandomState;
  /** Turns in a row with both partners flooded or withdrawn. */
  readonly disconnected: number;
  /** Turns in a row with both partners settled. */
  readonly settled: number;
  readonly therapistPresent: boolean;
  readonly lastRepair: RepairNote | null;
}

export interface DanceInput {
  readonly seed: number;
  /** A therapist in the room as co-regulator (see docs/model.md). */
  readonly therapistPresent?: boolean;
}

/**
 * The dance before the first turn: partner 0 has just been triggered by partner 1's move; both
 * sit at their uninfluenced set points with resting heart rates.
 *
 * @example
 * const start = initialDance(danceModel(map), { seed: 7 });
 */
export function initialDance(model: DanceModel, input: DanceInput): Dance {
  const second = model.partners[1];
  const lastOfSecond = second.steps.length - 1;
  const now = (index: PartnerIndex, at: number): PartnerNow => {
    const partner = model.partners[index];
    return {
      step: partner.steps[at] ?? 'trigger',
      score: partner.dynamics.setPoint,
      heartRate: partner.dynamics.restingHeartRate,
      flooded: false,
    };
  };
  return {
    turn: 0,
    round: 1,
    mover: 0,
    current: 0,
    at: [0, lastOfSecond],
    partners: [now(0, 0), now(1, lastOfSecond)],
    rng: seedState(input.seed),
    disconnected: 0,
    settled: 0,
    therapistPresent: input.therapistPresent === true,
    lastRepair: null,
  };
}
