/**
 * Every map of the person's on this device, for "Download all maps": the stored ones, with the
 * newest version of any changed here and not yet saved (or not savable) in their place.
 */
import type { CycleMap } from '../core';
import type { MapStore } from './mapStore';
import type { StudioSnapshot } from './studio';

/** Where the maps are: the store, and what is waiting in memory. */
export interface MapsSource {
  readonly store: MapStore;
  readonly unsaved: Readonly<Record<string, CycleMap>>;
}

export interface AllMaps {
  readonly maps: readonly CycleMap[];
  /** True when storage could not be read: the maps are only those held in memory. */
  readonly storageUnreadable: boolean;
}

export function mapsSourceOf(snapshot: StudioSnapshot): MapsSource {
  const { store, unsaved } = snapshot.library.context;
  return { store, unsaved };
}

/**
 * @example
 * const { maps } = await allMaps(mapsSourceOf(studio.getSnapshot()));
 */
export async function allMaps({ store, unsaved }: MapsSource): Promise<AllMaps> {
  const byId = new Map<string, CycleMap>();
  let storageUnreadable = false;
  try {
    const { maps } = await store.list();
    for (const { id } of maps) {
      const stored = await store.load(id);
      if (stored !== null) byId.set(id, stored.map);
    }
  } catch {
    storageUnreadable = true;
  }
  for (const [id, map] of Object.entries(unsaved)) byId.set(id, map);
  const maps = [...byId.values()].sort((a, b) => (a.updated < b.updated ? 1 : -1));
  return { maps, storageUnreadable };
}
