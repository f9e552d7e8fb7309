/** The shape of the dance: each partner's steps in order, where their move falls, and the loop they close. */
import { repairsOf, stepsOf } from '../document/steps';
import type { CycleMap, Dynamics, SimulationSettings } from '../document/types';
import type { RepairKind } from '../document/vocabulary';
import { ALONE, type Regulation } from './body';
import { danceRegister, type DanceRegister } from './register';

export type PartnerIndex = 0 | 1;

export interface PartnerLoop {
  readonly name: string;
  /** Step ids in the order the partner goes through them (trigger … move …). */
  readonly steps: readonly string[];
  /** Index of the `move` step: steps before it are where a repair can replace the move. */
  readonly moveIndex: number;
  readonly dynamics: Dynamics;
  /**
   * The same dynamics with a therapist in the room: the built-in repair term (`repairStrength`)
   * × `therapist.landing`, as repairs are easier to hear (docs/model.md §8).
   */
  readonly coRegulated: Dynamics;
  /** Repair ids this partner can make, each with the catalogue kind it plays as. */
  readonly repairs: ReadonlyMap<string, RepairKind>;
}

/** Everything the engine needs from a map, computed once. */
export interface DanceModel {
  readonly partners: readonly [PartnerLoop, PartnerLoop];
  readonly settings: SimulationSettings;
  /** Turns of a full round: both partners' steps. */
  readonly roundLength: number;
  /** Hot (a pursuer or a blamer in the loop) or cold (both turn away): see `register.ts`. */
  readonly register: DanceRegister;
  /**
   * The lowest score of the other partner that still pushes: in a cold dance, once the other has
   * withdrawn (`withdrawnScore`) they can go no further away; −Infinity in a hot one.
   */
  readonly heardFloor: number;
  /** How the bodies respond: alone (`[0]`) and with a therapist in the room (`[1]`). */
  readonly regulation: readonly [Regulation, Regulation];
}

/**
 * Where the loop is: the partner who moved last and the index of the step they are on. The other
 * partner is on their last step, their move still out there, until it sets off this one's trigger.
 */
export interface LoopPosition {
  readonly partner: PartnerIndex;
  readonly index: number;
}

/** The loop's first moment: partner 0 has just been set off by partner 1's move. */
export const LOOP_START: LoopPosition = { partner: 0, index: 0 };

/**
 * Builds the engine's model of a map. A partner whose map lists no repairs can still try any
 * catalogue repair (a couple exploring has not chosen theirs yet).
 *
 * @example
 * const model = danceModel(map);
 * model.partners[0].steps; // ['trigger', 'perception', 'reactiveEmotion', 'move', 'follows-her']
 */
export function danceModel(map: CycleMap): DanceModel {
  const { outcome, therapist } = map.simulation;
  const partners = map.partners.map((partner): PartnerLoop => {
    const steps = stepsOf(partner).map((step) => step.id);
    const repairs = new Map(repairsOf(partner).map((r) => [r.id, r.playsAs] as const));
    const { dynamics } = partner;
    return {
      name: partner.name,
      steps,
      moveIndex: steps.indexOf('move'),
      dynamics,
      coRegulated: { ...dynamics, repairStrength: dynamics.repairStrength * therapist.landing },
      repairs,
    };
  }) as unknown as readonly [PartnerLoop, PartnerLoop];
  const register = danceRegister(map);
  const numb = register === 'cold' ? Math.abs(outcome.withdrawnScore) : 0;
  return {
    partners,
    settings: map.simulation,
    roundLength: partners[0].steps.length + partners[1].steps.length,
    register,
    heardFloor: register === 'cold' ? outcome.withdrawnScore : -Infinity,
    regulation: [
      { ...ALONE, numb },
      // The therapist's calm takes away a share (1 − arousal) of the rise and adds it to recovery.
      { rise: therapist.arousal, recovery: 2 - therapist.arousal, numb },
    ],
  };
}

export function other(partner: PartnerIndex): PartnerIndex {
  return partner === 0 ? 1 : 0;
}

/**
 * The next moment of the loop: the partner's next step, or — after their last — the crossing:
 * their move sets off the other's trigger.
 *
 * @example
 * nextPosition(model, { partner: 0, index: 4 }); // { partner: 1, index: 0 } when partner 0 has 5 steps
 */
export function nextPosition(model: DanceModel, { partner, index }: LoopPosition): LoopPosition {
  return index + 1 < model.partners[partner].steps.length
    ? { partner, index: index + 1 }
    : { partner: other(partner), index: 0 };
}

/** Each partner's step at this position: the other partner is on their last step. */
export function stepsAt(
  model: DanceModel,
  { partner, index }: LoopPosition,
): readonly [string, string] {
  const stepOf = (p: PartnerIndex) => {
    const steps = model.partners[p].steps;
    return (p === partner ? steps[index] : steps[steps.length - 1]) ?? 'trigger';
  };
  return [stepOf(0), stepOf(1)];
}
