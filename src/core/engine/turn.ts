/** One turn of the dance: the mover takes their next step and their feeling follows the Gottman–Murray map. */
import { nextNormal } from '../dynamics/random';
import { nextScore } from '../dynamics/step';
import { isFlooded, nextHeartRate } from './body';
import type { Dynamics } from '../document/types';
import type { Dance, PartnerState } from './dance';
import { other, type DanceModel, type PartnerIndex } from './danceModel';

/**
 * The next turn (one TICK) for `mover`, the partner whose step comes next: their score takes one
 * step of the map from the other's last score, plus seeded noise; both hearts respond; the
 * tallies of disconnection and settling move on. Which step that is, and whose turn it is, the
 * statechart says.
 *
 * @example
 * const next = takeTurn(model, initialDance(model, { seed: 1 }), 0);
 */
export function takeTurn(model: DanceModel, dance: Dance, mover: PartnerIndex): Dance {
  // Written without spreads or closures: this is the hot loop of the repair-window analysis.
  const listener = other(mover);
  const [z, rng] = nextNormal(dance.rng);
  const before = dance.partners[mover];
  const heard = dance.partners[listener];
  const arousal = arousalOf(model, dance.therapistPresent);
  const dynamics = model.partners[mover].dynamics;
  const score = nextScore(dynamics, before.score, heard.score, model.settings.noise * z);
  const moved = bodyAfter(dynamics, score, before.heartRate, arousal);
  const still = bodyAfter(model.partners[listener].dynamics, heard.score, heard.heartRate, arousal);
  const partners: Dance['partners'] = mover === 0 ? [moved, still] : [still, moved];
  return {
    turn: dance.turn + 1,
    round: dance.round,
    partners,
    rng,
    disconnected: isApart(model, partners) ? dance.disconnected + 1 : 0,
    settled: isCalm(model, partners) ? dance.settled + 1 : 0,
    therapistPresent: dance.therapistPresent,
    lastRepair: dance.lastRepair,
  };
}

/** A new round begins when partner 1's move sets off partner 0's trigger again. */
export function beginRound(dance: Dance): Dance {
  return { ...dance, round: dance.round + 1 };
}

function arousalOf(model: DanceModel, therapistPresent: boolean): number {
  return therapistPresent ? model.settings.therapist.arousal : 1;
}

/** A partner after a turn with this score: the heart responds, and flooding follows the heart. */
function bodyAfter(d: Dynamics, score: number, heartRate: number, arousal: number): PartnerState {
  const next = nextHeartRate(d, heartRate, score, arousal);
  return { score, heartRate: next, flooded: isFlooded(d, next) };
}

/** Both hearts after a turn with these scores. */
export function respond(
  model: DanceModel,
  partners: readonly [PartnerState, PartnerState],
  therapistPresent: boolean,
): readonly [PartnerState, PartnerState] {
  const arousal = arousalOf(model, therapistPresent);
  const [a, b] = partners;
  return [
    bodyAfter(model.partners[0].dynamics, a.score, a.heartRate, arousal),
    bodyAfter(model.partners[1].dynamics, b.score, b.heartRate, arousal),
  ];
}

function isApart(model: DanceModel, [a, b]: Dance['partners']): boolean {
  const { withdrawnScore } = model.settings.outcome;
  return (a.flooded || a.score <= withdrawnScore) && (b.flooded || b.score <= withdrawnScore);
}

function isCalm(model: DanceModel, [a, b]: Dance['partners']): boolean {
  const { settleScore } = model.settings.outcome;
  return a.score >= settleScore && !a.flooded && b.score >= settleScore && !b.flooded;
}

/** Updates the runs of disconnected and settled turns that end a dance by itself. */
export function tally(model: DanceModel, dance: Dance): Dance {
  return {
    ...dance,
    disconnected: isApart(model, dance.partners) ? dance.disconnected + 1 : 0,
    settled: isCalm(model, dance.partners) ? dance.settled + 1 : 0,
  };
}

/** Both flooded or withdrawn for a sustained stretch: no one is fighting for the relationship. */
export function hasDisengaged(model: DanceModel, dance: Dance): boolean {
  return dance.disconnected >= model.settings.outcome.disengageTurns;
}

/** Both calm and warm for a sustained stretch: the dance has settled into connection by itself. */
export function hasSettled(model: DanceModel, dance: Dance): boolean {
  return dance.settled >= model.settings.outcome.settleTurns;
}
