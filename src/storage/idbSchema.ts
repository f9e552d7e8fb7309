/**
 * The IndexedDB database behind `idbMapStore`: its object stores and how each schema version
 * upgrades the one before, from whatever version the person's browser holds.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredMapSummary } from '../studio/mapStore';
import {
  listedSummary,
  MESSAGES,
  type MapRecord,
  type SetAsideEntry,
  type VersionRecord,
} from '../studio/memoryMapStore';
import { StorageUnavailableError } from '../studio/mapStore';

export interface CyclemapDB extends DBSchema {
  /** Records as written, so a broken one can be kept as it was: hence `unknown`. */
  maps: { key: string; value: MapRecord | Record<string, unknown> };
  /** What the list shows of each map, written with it: listing never reads the maps (version 2). */
  summaries: { key: string; value: StoredMapSummary };
  versions: { key: [string, number]; value: VersionRecord; indexes: { byMap: string } };
  setAside: { key: string; value: SetAsideEntry };
}
export type Database = IDBPDatabase<CyclemapDB>;

export const SCHEMA_VERSION = 2;

/**
 * Opens the database with the given factory. idb's `openDB` always uses the page's global
 * `indexedDB`, so the request is made here and handed to idb's `wrap`; all the rest is idb.
 */
export function openDatabase(
  given: IDBFactory | undefined,
  name: string,
  onClosed: () => void,
): Promise<Database> {
  let request: IDBOpenDBRequest;
  try {
    const factory = given ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    if (factory === undefined) throw new Error('This browser has no IndexedDB.');
    request = factory.open(name, SCHEMA_VERSION);
  } catch {
    // Private windows and strict settings throw on `open`, or on merely touching `indexedDB`.
    return Promise.reject(new StorageUnavailableError(MESSAGES.unavailable));
  }
  // Each schema version's changes in order, as `oldVersion` says what the person's browser has.
  request.addEventListener('upgradeneeded', (event) => {
    const db = request.result;
    if (event.oldVersion < 1) {
      db.createObjectStore('maps');
      db.createObjectStore('setAside', { keyPath: 'key' });
      db.createObjectStore('versions', { keyPath: ['id', 'revision'] }).createIndex('byMap', 'id');
    }
    if (event.oldVersion < 2) {
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      // Maps stored by version 1 get their summaries from the copies each record keeps.
      const cursor = request.transaction?.objectStore('maps').openCursor();
      cursor?.addEventListener('success', () => {
        const at = cursor.result;
        if (at === null) return;
        const summary = typeof at.key === 'string' ? listedSummary(at.key, at.value) : null;
        if (summary !== null) summaries.put(summary);
        at.continue();
      });
    }
  });
  return new Promise<Database>((resolve, reject) => {
    let gaveUp = false;
    const refuse = (): void => {
      gaveUp = true;
      reject(new StorageUnavailableError(MESSAGES.unavailable));
    };
    // An older Cyclemap open in another tab holds the database at its version: give up for now
    // (the next call tries again), and close the connection should it still arrive.
    request.addEventListener('blocked', refuse);
    (wrap(request) as Promise<Database>).then((db) => {
      if (gaveUp) return db.close();
      // A newer Cyclemap in another tab wants to upgrade: step aside rather than block it.
      db.addEventListener('versionchange', () => {
        db.close();
        onClosed();
      });
      db.addEventListener('close', onClosed);
      resolve(db);
    }, refuse);
  });
}
