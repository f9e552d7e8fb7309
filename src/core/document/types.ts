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

export interface SimulationSettings {
  /** Standard deviation of the seeded noise added to each score every turn, in score points. */
  readonly noise: number;
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
