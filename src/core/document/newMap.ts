/** New maps: a blank one to start from, and copies of an existing one under a new id. */
import { DEFAULT_SIMULATION, defaultDynamics } from './defaults';
import type { CycleMap, Partner } from './types';
import type { Position } from './vocabulary';

function blankPartner(name: string, position: Position): Partner {
  return {
    name,
    position,
    attachment: 'unsure',
    layers: {
      trigger: '',
      perception: '',
      reactiveEmotion: '',
      move: '',
      primaryEmotion: '',
      attachmentFear: '',
      longing: '',
    },
    extraSteps: [],
    repairs: [],
    dynamics: defaultDynamics(position, 'unsure'),
  };
}

/**
 * A map to fill in: two partners with placeholder names, every layer still to explore.
 *
 * @example
 * newMap('map-1a2b', '2026-12-02T10:00:00.000Z').title; // 'Our cycle'
 */
export function newMap(id: string, now: string): CycleMap {
  return {
    id,
    title: 'Our cycle',
    notes: '',
    created: now,
    updated: now,
    partners: [blankPartner('Partner 1', 'pursuer'), blankPartner('Partner 2', 'withdrawer')],
    simulation: DEFAULT_SIMULATION,
  };
}

/**
 * A copy of `map` under a new id, created now, titled `title`.
 *
 * @example
 * copyOfMap(polka, 'map-9f', now, 'Protest Polka (copy)').id; // 'map-9f'
 */
export function copyOfMap(map: CycleMap, id: string, now: string, title: string): CycleMap {
  return { ...map, id, title, created: now, updated: now };
}
