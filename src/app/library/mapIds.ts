/** Ids for new maps: plain, short, unique on this device (they appear in addresses and file names). */
import type { CycleMap } from '../../core';

let counter = 0;

/**
 * A fresh id that none of `taken` uses, from the clock and a counter (ids are names, not
 * randomness: nothing about a dance depends on them).
 *
 * @example
 * freshMapId(new Set(['protest-polka'])); // 'map-mi3k2f0x-1'
 */
export function freshMapId(taken: ReadonlySet<string>, base = 'map'): string {
  for (;;) {
    counter += 1;
    const id = `${base}-${Date.now().toString(36)}-${counter}`.slice(0, 64);
    if (!taken.has(id)) return id;
  }
}

/** A map coming in (a file, a copy) keeps its id unless that id is already used: then it gets a new one. */
export function withFreeId(map: CycleMap, taken: ReadonlySet<string>): CycleMap {
  return taken.has(map.id) ? { ...map, id: freshMapId(taken, map.id.slice(0, 40)) } : map;
}

export function nowIso(): string {
  return new Date().toISOString();
}
