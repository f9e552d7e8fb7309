/** The dance a studio plays: a map's compiled chart, the seeded session, and the same dance without repair. */
import {
  compileMachine,
  extendSession,
  sendAt,
  startSession,
  type CycleMachine,
  type CycleMap,
  type DanceSession,
} from '../core';

/** A map ready to play: compiled once, whatever seeds and settings it is played with. */
export interface PlayableMap {
  readonly map: CycleMap;
  readonly machine: CycleMachine;
}

/**
 * The last map compiled. Only the last: every edit is a new map object (none is changed in place),
 * and a chart kept for each would keep one for every version in the undo history.
 */
let lastPlayable: PlayableMap | null = null;

/** The map compiled; asked again for the same map object (the first dance, built ahead), at once. */
export function playable(map: CycleMap): PlayableMap {
  if (lastPlayable?.map !== map) lastPlayable = { map, machine: compileMachine(map) };
  return lastPlayable;
}

/** The whole dance from the session's end on: TICKs until the map's talk length is used up. */
export function completed(dance: PlayableMap, session: DanceSession): DanceSession {
  return extendSession(dance.machine, session, lastIndexOf(dance, session));
}

/** Where the whole dance ends: its moment once the map's talk length of TICKs is used up. */
function lastIndexOf(dance: PlayableMap, session: DanceSession): number {
  const ticks = session.events.filter((event) => event.type === 'TICK').length;
  return session.snapshots.length - 1 + Math.max(0, dance.map.simulation.turns - ticks);
}

/** The last fresh dance built: asked for again (the first dance, built ahead), it is not rebuilt. */
let lastFresh: {
  readonly dance: PlayableMap;
  readonly seed: number;
  readonly therapistPresent: boolean;
  readonly session: DanceSession;
} | null = null;

/**
 * The seed's dance from its start, played to the talk's full length with no repairs: what plays
 * first, and what a repaired dance is compared with.
 *
 * @example
 * freshSession(playable(map), 7, false).snapshots.length; // 58 for the Protest Polka
 */
export function freshSession(
  dance: PlayableMap,
  seed: number,
  therapistPresent: boolean,
): DanceSession {
  const known = lastFresh;
  if (
    known !== null &&
    known.dance === dance &&
    known.seed === seed &&
    known.therapistPresent === therapistPresent
  )
    return known.session;
  const session = completed(dance, startSession(dance.machine, { seed, therapistPresent }));
  lastFresh = { dance, seed, therapistPresent, session };
  return session;
}

/** Moments computed between two of `prepareFreshSession`'s pauses. */
const MOMENTS_A_PIECE = 16;

/**
 * Builds ahead what `freshSession(playable(map), seed, therapistPresent)` will give, in short
 * pieces with `pause()` between them (the map compiled, then 16 moments at a time), so opening a
 * map's first dance is several short tasks rather than one long one. The same session, moment for
 * moment, as building it at once.
 *
 * @example
 * await prepareFreshSession(map, 7, false, nextTask);
 * freshSession(playable(map), 7, false); // at once
 */
export async function prepareFreshSession(
  map: CycleMap,
  seed: number,
  therapistPresent: boolean,
  pause: () => Promise<void>,
): Promise<void> {
  const dance = playable(map);
  await pause();
  let session = startSession(dance.machine, { seed, therapistPresent });
  const last = lastIndexOf(dance, session);
  for (let upTo = MOMENTS_A_PIECE; upTo < last; upTo += MOMENTS_A_PIECE) {
    session = extendSession(dance.machine, session, upTo);
    // Ended early (reconnected, disengaged): nothing is left to build.
    if (session.snapshots.length <= upTo) break;
    await pause();
  }
  session = extendSession(dance.machine, session, last);
  lastFresh = { dance, seed, therapistPresent, session };
}

export { sendAt };
