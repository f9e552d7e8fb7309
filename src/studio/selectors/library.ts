/** Selectors for the library: the person's own maps, whether they are being saved, and the room they take. */
import type { CycleMap } from '../../core';
import type { MapVersion, StorageEstimate, StoredMapSummary } from '../mapStore';
import type { StudioSnapshot } from '../studio';

/** Own maps, newest first; empty until storage has been read. */
export const ownMapsOf = (s: StudioSnapshot): readonly StoredMapSummary[] => s.library.context.maps;

/**
 * Every id the person's maps use: those stored and those not yet saved (a map just made or
 * brought in). A new map's id must be none of them. Read when needed, not rendered.
 */
export const mapIdsInUseOf = (s: StudioSnapshot): Set<string> =>
  new Set([...s.library.context.maps.map((m) => m.id), ...Object.keys(s.library.context.unsaved)]);

/** Whether the first listing of stored maps is still under way. */
export const isLibraryLoading = (s: StudioSnapshot): boolean => s.library.matches('listing');

/** Why the maps are not being saved on this device, while that is so (for a `role="alert"`). */
export const saveProblemOf = (s: StudioSnapshot): string | null => s.library.context.problem;

/** Whether every change made here has been saved. */
export const isAllSaved = (s: StudioSnapshot): boolean =>
  Object.keys(s.library.context.unsaved).length === 0 && s.library.context.inFlight === null;

/** A map just deleted, which "Undo" can bring back. */
export const deletedMapOf = (s: StudioSnapshot): CycleMap | null => s.library.context.deleted;

/** The id of a map asked for that is not on this device. */
export const missingMapOf = (s: StudioSnapshot): string | null => s.library.context.missing;

export const storageEstimateOf = (s: StudioSnapshot): StorageEstimate | null =>
  s.library.context.estimate;

/** Records that could not be read as maps: kept aside, never overwritten, and reported. */
export const setAsideOf = (s: StudioSnapshot) => s.library.context.setAside;

/** The earlier versions of map `id`, newest first, once read; null before. */
export const versionsOf =
  (id: string) =>
  (s: StudioSnapshot): readonly MapVersion[] | null =>
    s.library.context.versions?.id === id ? s.library.context.versions.list : null;

/** A map edited here while another tab saved a newer version: its title here, and when the other was saved. */
export interface MapConflict {
  readonly id: string;
  readonly title: string;
  readonly newerTitle: string;
  readonly newerUpdated: string;
}

const conflictLists = new WeakMap<object, readonly MapConflict[]>();

/** Maps with edits here that another tab has overtaken; each waits for the person to choose. */
export const conflictsOf = (s: StudioSnapshot): readonly MapConflict[] => {
  const { conflicts, unsaved } = s.library.context;
  const cached = conflictLists.get(conflicts);
  if (cached !== undefined) return cached;
  const list = Object.entries(conflicts).map(([id, newer]) => ({
    id,
    title: unsaved[id]?.title ?? newer.map.title,
    newerTitle: newer.map.title,
    newerUpdated: newer.map.updated,
  }));
  conflictLists.set(conflicts, list);
  return list;
};
