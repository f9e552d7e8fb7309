/** The shape of the dance: each partner's steps in order, where their move falls, and the loop they close. */
import { repairsOf, stepsOf } from '../document/steps';
import type { CycleMap, Dynamics, SimulationSettings } from '../document/types';
import type { RepairKind } from '../document/vocabulary';

export type PartnerIndex = 0 | 1;

export interface PartnerLoop {
  readonly name: string;
  /** Step ids in the order the partner goes through them (trigger … move …). */
  readonly steps: readonly string[];
  /** Index of the `move` step: steps before it are where a repair can replace the move. */
  readonly moveIndex: number;
  readonly dynamics: Dynamics;
  /** Repair ids this partner can make, each with the catalogue kind it plays as. */
  readonly repairs: ReadonlyMap<string, RepairKind>;
}

/** Everything the engine needs from a map, computed once. */
export interface DanceModel {
  readonly partners: readonly [PartnerLoop, PartnerLoop];
  readonly settings: SimulationSettings;
  /** Turns of a full round: both partners' steps. */
  readonly roundLength: number;
}

/**
 * Builds the engine's model of a map. A partner whose map lists no repairs can still try any
 * catalogue repair (a couple exploring has not chosen theirs yet).
 *
 * @example
 * const model = danceModel(map);
 * model.partners[0].steps; // ['trigger', 'perception', 'reactiveEmotion', 'move', 'follows-her']
 */
export function danceModel(map: CycleMap): DanceModel {
  const partners = map.partners.map((partner): PartnerLoop => {
    const steps = stepsOf(partner).map((step) => step.id);
    const repairs = new Map(repairsOf(partner).map((r) => [r.id, r.playsAs] as const));
    return {
      name: partner.name,
      steps,
      moveIndex: steps.indexOf('move'),
      dynamics: partner.dynamics,
      repairs,
    };
  }) as unknown as readonly [PartnerLoop, PartnerLoop];
  return {
    partners,
    settings: map.simulation,
    roundLength: partners[0].steps.length + partners[1].steps.length,
  };
}

export function other(partner: PartnerIndex): PartnerIndex {
  return partner === 0 ? 1 : 0;
}
