/** The cycle map: the one versioned document every view, file, link and test of Cyclemap speaks. */
import type { Attachment, Layer, Position, RepairKind } from './vocabulary';

/** Fields a newer Cyclemap wrote that this one does not know; kept so a load and save loses nothing. */
export type UnknownFields = Readonly<Record<string, unknown>>;

/**
 * The Gottman–Murray parameters of one partner's own update equation (DOMAIN.md §3):
 * `P[t+1] = a + inertia·P[t] + I(other[t])`, with `a = setPoint·(1 − inertia)`.
 * "Influence", "repair" and "damping" all describe how the *other* partner's score moves this one.
 */
export interface Dynamics {
  /** Emotional inertia r: how much of the last turn's feeling carries over (|r| < 1). */
  readonly inertia: number;
  /** Uninfluenced set point a/(1−r): where this partner would settle alone, on the −24…+24 scale. */
  readonly setPoint: number;
  /** Slope of the influence of the other's negative scores (bilinear influence, left side). */
  readonly negativeInfluence: number;
  /** Slope of the influence of the other's positive scores (bilinear influence, right side). */
  readonly positiveInfluence: number;
  /** Repair term: acts when the other's score falls below this threshold (kr). */
  readonly repairThreshold: number;
  /** Repair term strength (cr); the push rises towards 2·cr as the other's score falls. */
  readonly repairStrength: number;
  /** Damping term: acts when the other's score rises above this threshold (kd). */
  readonly dampingThreshold: number;
  /** Damping term strength (cd). */
  readonly dampingStrength: number;
  /** Heart rate at rest, in beats per minute. */
  readonly restingHeartRate: number;
  /** Flooded above this heart rate (100 bpm for most people, about 80 for very fit ones). */
  readonly floodingHeartRate: number;
  /** …or above resting + this margin, whichever comes first (so a fit heart floods lower). */
  readonly floodingMargin: number;
  /** Beats per minute added per turn for each point of this partner's own negativity (score below 0). */
  readonly heartRateReactivity: number;
  /** Share of the excess over resting heart rate that fades each turn (6 s). */
  readonly heartRateRecovery: number;
  readonly unknownFields?: UnknownFields;
}

/** A step the map adds to a partner's sequence, e.g. "checks phone" after the perception. */
export interface ExtraStep {
  /** Unique within the partner; also the step's id in simulations and repair windows. */
  readonly id: string;
  readonly text: string;
  /** The step this one follows: an above-the-line layer (`AboveTheLineLayer`) or an earlier extra step's id. */
  readonly after: string;
  readonly unknownFields?: UnknownFields;
}

/** A repair move from the catalogue, optionally in the partner's own words. */
export interface CatalogueRepair {
  readonly kind: RepairKind;
  readonly words?: string;
  readonly unknownFields?: UnknownFields;
}

/** A couple's own repair move; it behaves in the model like the catalogue move it names. */
export interface CustomRepair {
  readonly kind: 'custom';
  readonly id: string;
  readonly label: string;
  readonly actsLike: RepairKind;
  readonly words?: string;
  readonly unknownFields?: UnknownFields;
}

export type RepairMove = CatalogueRepair | CustomRepair;

export interface Partner {
  readonly name: string;
  readonly pronoun?: string;
  readonly position: Position;
  readonly attachment: Attachment;
  /** The seven layers in the partner's own words; an empty string is a layer not yet explored. */
  readonly layers: Readonly<Record<Layer, string>> & { readonly unknownFields?: UnknownFields };
  readonly extraSteps: readonly ExtraStep[];
  readonly repairs: readonly RepairMove[];
  readonly dynamics: Dynamics;
  readonly unknownFields?: UnknownFields;
}

/** The repair kinds that need a receiver; a self-soothing break does not. */
export type LandingKind = Exclude<RepairKind, 'selfSoothingBreak'>;

/** How repairs land (docs/model.md explains each figure; all are illustrations, not measurements). */
export interface RepairSettings {
  /** Chance that a repair of each kind lands when the receiver is calm (score ≥ 0) and not flooded. */
  readonly landing: Readonly<Record<LandingKind, number>>;
  /** Negative sentiment override: at this receiver score the landing chance is about halved… */
  readonly overrideScore: number;
  /** …and over this many score points around it the chance falls from most to little. */
  readonly overrideWidth: number;
  /** Timing: a repair made at one's own steps before one's move (instead of the move). */
  readonly beforeMove: number;
  /** Timing: a repair made at or after one's own move, once the move has landed as a trigger. */
  readonly afterMove: number;
  /** Timing: a repair made while the other partner is going through their steps. */
  readonly duringOther: number;
  /** A failed repair is heard as a move of this score (or the maker's own, if lower). */
  readonly failedScore: number;
  /** Length of a self-soothing break: at least 20 minutes, at most a day. */
  readonly breakMinutes: number;
  readonly unknownFields?: UnknownFields;
}

/** When the dance ends by itself. */
export interface OutcomeSettings {
  /** Disengaged: both partners flooded or withdrawn for this many turns in a row. */
  readonly disengageTurns: number;
  /** A partner at or below this score counts as withdrawn (gone numb or shut down). */
  readonly withdrawnScore: number;
  /** Reconnected without a repair: both partners at or above this score… */
  readonly settleScore: number;
  /** …for this many turns in a row. */
  readonly settleTurns: number;
  readonly unknownFields?: UnknownFields;
}

/** A therapist in the room as co-regulator: arousal rises more slowly and settles faster, and repairs land more often. */
export interface TherapistSettings {
  /** Heart-rate rise is multiplied by this (below 1). */
  readonly arousal: number;
  /** Landing chances are multiplied by this (above 1; never past 95 %). */
  readonly landing: number;
  readonly unknownFields?: UnknownFields;
}

export interface SimulationSettings {
  /** Standard deviation of the seeded noise added to the moving partner's score each turn, in score points. */
  readonly noise: number;
  /** Length of a simulated talk in turns of 6 seconds (150 = the research's 15 minutes). */
  readonly turns: number;
  readonly repair: RepairSettings;
  readonly outcome: OutcomeSettings;
  readonly therapist: TherapistSettings;
  readonly unknownFields?: UnknownFields;
}

export interface CycleMap {
  readonly id: string;
  readonly title: string;
  readonly notes: string;
  /** ISO 8601 date-time, e.g. "2026-11-29T10:00:00.000Z". */
  readonly created: string;
  readonly updated: string;
  /** Exactly two partners; in the CLI and the engine they are partner 0 and partner 1. */
  readonly partners: readonly [Partner, Partner];
  readonly simulation: SimulationSettings;
  readonly unknownFields?: UnknownFields;
}

/** The file format's name and the newest version this code reads and writes. */
export const FORMAT = 'cyclemap';
export const CURRENT_VERSION = 1;
