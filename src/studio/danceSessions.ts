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

export function playable(map: CycleMap): PlayableMap {
  return { map, machine: compileMachine(map) };
}

/** The whole dance from the session's end on: TICKs until the map's talk length is used up. */
export function completed(dance: PlayableMap, session: DanceSession): DanceSession {
  const ticks = session.events.filter((event) => event.type === 'TICK').length;
  const left = Math.max(0, dance.map.simulation.turns - ticks);
  return extendSession(dance.machine, session, session.snapshots.length - 1 + left);
}

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
  return completed(dance, startSession(dance.machine, { seed, therapistPresent }));
}

export { sendAt };
