/** One turn of the dance: the mover takes their next step and their feeling follows the Gottman–Murray map. */
import { nextNormal } from '../dynamics/random';
import { nextScore } from '../dynamics/step';
import { isFlooded, nextHeartRate, type Regulation } from './body';
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
  const regulation = regulationOf(model, dance.therapistPresent);
  const noise = model.settings.noise * z;
  const score = scoreAfter(model, mover, before.score, heard.score, dance.therapistPresent, noise);
  const moved = bodyAfter(model.partners[mover].dynamics, score, before.heartRate, regulation);
  const still = bodyAfter(
    model.partners[listener].dynamics,
    heard.score,
    heard.heartRate,
    regulation,
  );
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

function regulationOf(model: DanceModel, therapistPresent: boolean): Regulation {
  return model.regulation[therapistPresent ? 1 : 0];
}

/**
 * One step of the Gottman–Murray map for partner `p`, hearing the other's score `heard`: in a cold
 * dance the other's score pushes no lower than `withdrawnScore` (they can go no further away), and
 * with a therapist in the room the built-in repair term is stronger (docs/model.md §4, §8).
 */
export function scoreAfter(
  model: DanceModel,
  p: PartnerIndex,
  own: number,
  heard: number,
  therapistPresent: boolean,
  noise = 0,
): number {
  const partner = model.partners[p];
  const dynamics = therapistPresent ? partner.coRegulated : partner.dynamics;
  return nextScore(dynamics, own, Math.max(heard, model.heardFloor), noise);
}

/** A partner after a turn with this score: the heart responds, and flooding follows the heart. */
function bodyAfter(
  d: Dynamics,
  score: number,
  heartRate: number,
  regulation: Regulation,
): PartnerState {
  const next = nextHeartRate(d, heartRate, score, regulation);
  return { score, heartRate: next, flooded: isFlooded(d, next) };
}

/** Both hearts after a turn with these scores. */
export function respond(
  model: DanceModel,
  partners: readonly [PartnerState, PartnerState],
  therapistPresent: boolean,
): readonly [PartnerState, PartnerState] {
  const regulation = regulationOf(model, therapistPresent);
  const [a, b] = partners;
  return [
    bodyAfter(model.partners[0].dynamics, a.score, a.heartRate, regulation),
    bodyAfter(model.partners[1].dynamics, b.score, b.heartRate, regulation),
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
