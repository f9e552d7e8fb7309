/**
 * Where a person's own maps are kept: the interface the studio saves through. The browser's is
 * IndexedDB (`src/storage/idbMapStore.ts`); tests use `memoryMapStore`. Every call may fail: the
 * studio says so on screen, keeps the work in memory, and "Download map" still works.
 */
import type { CycleMap } from '../core';

/** What the library lists of a stored map, without opening it. */
export interface StoredMapSummary {
  readonly id: string;
  readonly title: string;
  readonly names: readonly [string, string];
  /** The map's own `updated` time (ISO 8601). */
  readonly updated: string;
  /** Goes up by one with every save of this map; a save based on an older one is a conflict. */
  readonly revision: number;
}

/** A stored record that could not be read as a map: kept aside, never overwritten. */
export interface SetAsideRecord {
  readonly key: string;
  /** Why it could not be read, in a sentence. */
  readonly reason: string;
}

export interface StoredMap {
  readonly map: CycleMap;
  readonly revision: number;
}

/** An earlier version of a map, kept when it was saved. */
export interface MapVersion {
  readonly savedAt: string;
  readonly revision: number;
  readonly map: CycleMap;
}

export type SaveResult =
  | { readonly ok: true; readonly revision: number }
  /** Another tab saved a newer revision first: nothing was written. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly current: StoredMap }
  /** Storage refused (private mode, blocked), is full, or did not read back what was written. */
  | {
      readonly ok: false;
      readonly reason: 'unavailable' | 'full' | 'notVerified';
      readonly message: string;
    };

/** How much room the browser gives this site, and whether it promised to keep it. */
export interface StorageEstimate {
  readonly usage: number | null;
  readonly quota: number | null;
  readonly persisted: boolean;
}

export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

export interface MapStore {
  /** Every stored map, newest first, and the records set aside. Throws `StorageUnavailableError`. */
  list(): Promise<{ maps: StoredMapSummary[]; setAside: SetAsideRecord[] }>;
  load(id: string): Promise<StoredMap | null>;
  /**
   * Saves `map` if the stored revision is still `baseRevision` (null: the map is new here), reads
   * it back to check it, and keeps the version it replaces among the map's earlier versions.
   */
  save(map: CycleMap, baseRevision: number | null): Promise<SaveResult>;
  /** Removes a map and its versions. */
  remove(id: string): Promise<void>;
  /** The map's earlier versions, newest first (at most 20, at least a few minutes apart). */
  versions(id: string): Promise<MapVersion[]>;
  estimate(): Promise<StorageEstimate>;
  /** Asks the browser to keep this site's storage; resolves to whether it will. */
  persist(): Promise<boolean>;
}
