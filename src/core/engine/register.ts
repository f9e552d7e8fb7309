/**
 * The register of a dance: hot (pursue, attack: scores spike, hearts race) or cold (withdraw–withdraw,
 * Johnson's Freeze and Flee: distance spreads, scores sink and hearts stay quiet).
 */
import type { CycleMap } from '../document/types';
import type { Position } from '../document/vocabulary';

export type DanceRegister = 'hot' | 'cold';

/** Positions whose move turns away (DOMAIN.md §1: a withdrawer defends, placates, goes quiet, leaves). */
const TURNS_AWAY: ReadonlySet<Position> = new Set<Position>(['withdrawer', 'placater']);

/**
 * Cold when both partners' moves turn away from the other: no one pursues or attacks, so nothing
 * in the loop heats up; hot otherwise.
 *
 * @example
 * danceRegister(freezeAndFlee); // 'cold': both are withdrawers
 * danceRegister(protestPolka); // 'hot': a pursuer and a withdrawer
 */
export function danceRegister(map: Pick<CycleMap, 'partners'>): DanceRegister {
  return map.partners.every((partner) => TURNS_AWAY.has(partner.position)) ? 'cold' : 'hot';
}
