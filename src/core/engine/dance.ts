/** The state of a dance at one moment — the statechart's context — and the dance's starting point. */
import { seedState, type RandomState } from '../dynamics/random';
import type { RepairKind } from '../document/vocabulary';
import type { DanceModel, PartnerIndex } from './danceModel';

/**
 * How one partner is doing: their feeling and their body. Where they are in the loop is not here:
 * that is the statechart's state, not its context.
 */
export interface PartnerState {
  /** Affect on the −24…+24 scale of the research. */
  readonly score: number;
  readonly heartRate: number;
  /** Above the flood line: follows the heart rate, kept so every reader agrees on it. */
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
  readonly partners: readonly [PartnerState, PartnerState];
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
 * The dance before the first turn: both partners sit at their uninfluenced set points with
 * resting heart rates (the statechart starts at partner 0's trigger, set off by partner 1's move).
 *
 * @example
 * const start = initialDance(danceModel(map), { seed: 7 });
 */
export function initialDance(model: DanceModel, input: DanceInput): Dance {
  const rest = (index: PartnerIndex): PartnerState => {
    const { dynamics } = model.partners[index];
    return { score: dynamics.setPoint, heartRate: dynamics.restingHeartRate, flooded: false };
  };
  return {
    turn: 0,
    round: 1,
    partners: [rest(0), rest(1)],
    rng: seedState(input.seed),
    disconnected: 0,
    settled: 0,
    therapistPresent: input.therapistPresent === true,
    lastRepair: null,
  };
}
