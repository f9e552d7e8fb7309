/** Repair attempts: how likely one is to land, what a failed one costs, and what a break does. */
import { nextUniform } from '../dynamics/random';
import type { RepairKind } from '../document/vocabulary';
import { isFlooded, recoveredHeartRate } from './body';
import type { Dance, PartnerState, RepairNote, RepairReason } from './dance';
import { other, type DanceModel, type LoopPosition, type PartnerIndex } from './danceModel';
import { respond, scoreAfter, tally } from './turn';

/** Even a well-timed repair to a calm partner is not certain. */
export const MAX_LANDING = 0.95;

/** Six-second turns in a minute. */
export const TURNS_PER_MINUTE = 10;

/** The catalogue kind a partner's repair plays as, or undefined if they have no such repair. */
export function repairPlaysAs(
  model: DanceModel,
  by: number,
  repair: string,
): RepairKind | undefined {
  if (by !== 0 && by !== 1) return undefined;
  return model.partners[by].repairs.get(repair);
}

/**
 * Where in the loop a repair is tried: on whose step the loop is, and whether that partner's move
 * is still to come. The statechart names it on each step's REPAIR transition.
 */
export interface RepairSpot {
  readonly partner: PartnerIndex;
  readonly beforeMove: boolean;
}

/** The spot of a loop position (the fast path's view of what the statechart's params say). */
export function spotAt(model: DanceModel, { partner, index }: LoopPosition): RepairSpot {
  return { partner, beforeMove: index < model.partners[partner].moveIndex };
}

/**
 * Where in the loop the repair comes: at one's own steps before one's move it can replace the move
 * (best); once one's move has landed it must undo it; during the other's steps it interrupts.
 */
export function timingFactor(model: DanceModel, spot: RepairSpot, by: PartnerIndex): number {
  const { beforeMove, afterMove, duringOther } = model.settings.repair;
  if (spot.partner !== by) return duringOther;
  return spot.beforeMove ? beforeMove : afterMove;
}

/**
 * Negative sentiment override: the more negative the receiver, the more a kind move is heard as
 * hostile. A logistic curve, 1 when the receiver is calm (score ≥ 0), ½ at `overrideScore`.
 */
export function overrideFactor(model: DanceModel, receiverScore: number): number {
  const { overrideScore, overrideWidth } = model.settings.repair;
  const logistic = (score: number) => 1 / (1 + Math.exp(-(score - overrideScore) / overrideWidth));
  return Math.min(1, logistic(receiverScore) / logistic(0));
}

/**
 * The chance that a repair of this kind, made now by `by`, lands — and the main reason if it is low.
 * It is 0 while the receiver is flooded: a flooded partner cannot take in a repair.
 */
export function repairChance(
  model: DanceModel,
  dance: Dance,
  spot: RepairSpot,
  by: PartnerIndex,
  kind: Exclude<RepairKind, 'selfSoothingBreak'>,
): { readonly chance: number; readonly reason: RepairReason } {
  const receiver = dance.partners[other(by)];
  if (receiver.flooded) return { chance: 0, reason: 'receiverFlooded' };
  const override = overrideFactor(model, receiver.score);
  const therapist = dance.therapistPresent ? model.settings.therapist.landing : 1;
  const chance = Math.min(
    MAX_LANDING,
    model.settings.repair.landing[kind] * override * timingFactor(model, spot, by) * therapist,
  );
  return { chance, reason: override < 0.5 ? 'sentimentOverride' : 'chance' };
}

/**
 * Tries a repair that reaches for the other partner (not a break): one uniform draw decides it.
 * If it lands, the dance leaves the loop for the repair path (the statechart's `attempt` state
 * reads the note); if it misses, it costs like one more negative move.
 *
 * @example
 * const next = tryRepair(model, dance, { partner: 0, beforeMove: true }, 0, 'softReach');
 * next.lastRepair?.outcome; // 'landed' or 'failed'
 */
export function tryRepair(
  model: DanceModel,
  dance: Dance,
  spot: RepairSpot,
  by: PartnerIndex,
  repair: string,
): Dance {
  const playsAs = repairPlaysAs(model, by, repair);
  if (playsAs === undefined || playsAs === 'selfSoothingBreak')
    return ignoreRepair(dance, by, repair);
  const [u, rng] = nextUniform(dance.rng);
  const { chance, reason } = repairChance(model, dance, spot, by, playsAs);
  const landed = u < chance;
  const note: RepairNote = {
    by,
    repair,
    playsAs,
    outcome: landed ? 'landed' : 'failed',
    chance,
    reason: landed ? 'landed' : reason,
    receiverHeartRate: dance.partners[other(by)].heartRate,
    turn: dance.turn,
  };
  return landed ? { ...dance, rng, lastRepair: note } : failRepair(model, dance, by, rng, note);
}

/** A repair the partner does not have in this map: noted, and nothing else changes. */
export function ignoreRepair(dance: Dance, by: PartnerIndex, repair: string): Dance {
  const note: RepairNote = {
    by,
    repair,
    playsAs: null,
    outcome: 'ignored',
    chance: 0,
    reason: 'unknownRepair',
    receiverHeartRate: dance.partners[other(by)].heartRate,
    turn: dance.turn,
  };
  return { ...dance, lastRepair: note };
}

/**
 * A repair that failed counts as one more negative move: the receiver hears it as a move of
 * `failedScore` (or the maker's own score, if lower) and takes one turn of the map from it.
 */
export function failRepair(
  model: DanceModel,
  dance: Dance,
  by: PartnerIndex,
  rng: Dance['rng'],
  note: RepairNote | null = dance.lastRepair,
): Dance {
  const receiver = other(by);
  const heard = Math.min(dance.partners[by].score, model.settings.repair.failedScore);
  const partners = dance.partners.map((now, index): PartnerState =>
    index === receiver
      ? { ...now, score: scoreAfter(model, receiver, now.score, heard, dance.therapistPresent) }
      : now,
  ) as unknown as readonly [PartnerState, PartnerState];
  return tally(model, {
    ...dance,
    turn: dance.turn + 1,
    partners: respond(model, partners, dance.therapistPresent),
    rng,
    lastRepair: note,
  });
}

/**
 * A self-soothing break: the clock moves on by the break, hearts recover along their curve,
 * feelings relax towards each partner's set point, and the loop waits where it was — paused,
 * not broken.
 */
export function takeBreak(model: DanceModel, dance: Dance, by: PartnerIndex): Dance {
  const turns = model.settings.repair.breakMinutes * TURNS_PER_MINUTE;
  const partners = dance.partners.map((now, index): PartnerState => {
    const d = model.partners[index as PartnerIndex].dynamics;
    const heartRate = recoveredHeartRate(d, now.heartRate, turns);
    const score = d.setPoint + (now.score - d.setPoint) * Math.abs(d.inertia) ** turns;
    return { ...now, score, heartRate, flooded: isFlooded(d, heartRate) };
  }) as unknown as readonly [PartnerState, PartnerState];
  const note: RepairNote = {
    by,
    repair: 'selfSoothingBreak',
    playsAs: 'selfSoothingBreak',
    outcome: 'break',
    chance: 1,
    reason: 'break',
    receiverHeartRate: dance.partners[other(by)].heartRate,
    turn: dance.turn,
  };
  return {
    ...dance,
    turn: dance.turn + turns,
    partners,
    disconnected: 0,
    settled: 0,
    lastRepair: note,
  };
}

/**
 * A turn on the repair path (pause → soft reach → response): both partners turn towards each
 * other, each feeling moving halfway to a little above the warmer of their set point and the
 * settled score, and hearts calming.
 */
export function reconnectTurn(model: DanceModel, dance: Dance): Dance {
  const partners = dance.partners.map((now, index): PartnerState => {
    const d = model.partners[index as PartnerIndex].dynamics;
    const target = Math.max(d.setPoint, model.settings.outcome.settleScore) + 2;
    return { ...now, score: now.score + (target - now.score) / 2 };
  }) as unknown as readonly [PartnerState, PartnerState];
  return {
    ...dance,
    turn: dance.turn + 1,
    partners: respond(model, partners, dance.therapistPresent),
  };
}
