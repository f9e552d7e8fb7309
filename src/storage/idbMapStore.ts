/** The browser's `MapStore`: a person's maps, their earlier versions and unreadable records in IndexedDB. */
import type { CycleMap } from '../core';
import {
  StorageUnavailableError,
  type MapStore,
  type SaveResult,
  type StorageEstimate,
} from '../studio/mapStore';
import {
  DEFAULT_VERSION_GAP_MS,
  MESSAGES,
  newestFirst,
  planSave,
  listedSummary,
  readRecord,
  readsBack,
  readVersions,
  summaryOf,
  type SetAsideEntry,
} from '../studio/memoryMapStore';
import { loadMapParser } from '../studio/mapParser';
import { openDatabase, type Database } from './idbSchema';

export interface IdbMapStoreOptions {
  /** The database's name (tests give each store its own). */
  readonly name?: string;
  /** The IndexedDB to use; the page's own when left out. */
  readonly indexedDB?: IDBFactory;
  /** `navigator.storage`, or null where the browser has none. */
  readonly navigatorStorage?: StorageManager | null;
  readonly now?: () => string;
  /** Earlier versions are kept at least this far apart (5 minutes unless told). */
  readonly minVersionGapMs?: number;
}

/**
 * A map store over IndexedDB. Reads that cannot reach the database throw
 * `StorageUnavailableError`; `save` never throws, it says what went wrong. `list` copies a record
 * that does not read into `setAside`; no save replaces it, only `remove(id)` discards it.
 *
 * @example
 * const store = idbMapStore();
 * const { maps, setAside } = await store.list(); // newest first, and records that did not read
 */
export function idbMapStore(options: IdbMapStoreOptions = {}): MapStore {
  const name = options.name ?? 'cyclemap';
  const now = options.now ?? (() => new Date().toISOString());
  const minVersionGapMs = options.minVersionGapMs ?? DEFAULT_VERSION_GAP_MS;
  const storage = options.navigatorStorage === undefined ? pageStorage() : options.navigatorStorage;
  let opening: Promise<Database> | null = null;

  // One connection per store, opened on first use; a failed open is tried again on the next call.
  const database = (): Promise<Database> => {
    opening ??= openDatabase(options.indexedDB, name, () => (opening = null));
    return opening.catch((error: unknown) => {
      opening = null;
      throw error;
    });
  };

  const write = async (map: CycleMap, baseRevision: number | null): Promise<SaveResult> => {
    // The parser first: nothing may be awaited inside the transaction but its own requests.
    await loadMapParser();
    const db = await database();
    const tx = db.transaction(['maps', 'versions', 'summaries'], 'readwrite');
    const plan = await committed(tx, async () => {
      const versions = tx.objectStore('versions');
      const current = await tx.objectStore('maps').get(map.id);
      const earlier = await versions.index('byMap').getAll(map.id);
      const clock = { now: now(), minVersionGapMs };
      const plan = planSave(map, baseRevision, { current, versions: earlier }, clock);
      if (plan.kind === 'write') {
        await tx.objectStore('maps').put(plan.record, map.id);
        await tx.objectStore('summaries').put(summaryOf({ map, revision: plan.record.revision }));
        if (plan.keep !== null) await versions.put(plan.keep);
        for (const revision of plan.drop) await versions.delete([map.id, revision]);
      }
      return plan;
    });
    if (plan.kind === 'conflict') return { ok: false, reason: 'conflict', current: plan.current };
    if (plan.kind === 'unreadable') {
      return { ok: false, reason: 'unavailable', message: MESSAGES.setAside(map.id) };
    }
    // Read back in a fresh transaction: what a reload would see.
    if (!readsBack(plan.record, await db.get('maps', map.id))) {
      return { ok: false, reason: 'notVerified', message: MESSAGES.notVerified };
    }
    return { ok: true, revision: plan.record.revision };
  };

  // Reads reach the database or throw StorageUnavailableError, whatever went wrong on the way.
  const reach = async <T>(read: (db: Database) => Promise<T>): Promise<T> => {
    try {
      return await read(await database());
    } catch (error) {
      if (error instanceof StorageUnavailableError) throw error;
      throw new StorageUnavailableError(MESSAGES.unavailable, { cause: error });
    }
  };

  return {
    list: () =>
      reach(async (db) => {
        // The list reads the small summaries, never the maps themselves: 500 maps list quickly.
        const tx = db.transaction(['summaries', 'maps', 'setAside']);
        const [summaries, keys, aside] = await Promise.all([
          tx.objectStore('summaries').getAll(),
          tx.objectStore('maps').getAllKeys(),
          tx.objectStore('setAside').getAll(),
        ]);
        const asideKeys = new Set(aside.map((entry) => entry.key));
        const summarised = new Set(summaries.map((summary) => summary.id));
        const maps = summaries.filter((summary) => !asideKeys.has(summary.id));
        // A record without a summary (written by hand, or damaged) is read from the record itself.
        const unsummarised: [string, unknown][] = [];
        for (const key of keys) {
          if (summarised.has(key) || asideKeys.has(key)) continue;
          const record = await tx.objectStore('maps').get(key);
          const listed = listedSummary(key, record);
          if (listed === null) unsummarised.push([key, record]);
          else maps.push(listed);
        }
        await tx.done;
        // Only such records need the parser, loaded now, outside the transaction.
        if (unsummarised.length > 0) await loadMapParser();
        const unread: SetAsideEntry[] = [];
        for (const [key, record] of unsummarised) {
          const read = readRecord(key, record);
          if (read.ok) maps.push(summaryOf(read.stored));
          else unread.push({ key, reason: read.reason, record, setAsideAt: now() });
        }
        await keepAside(db, unread);
        const setAside = [...aside, ...unread].map(({ key, reason }) => ({ key, reason }));
        return { maps: maps.sort(newestFirst), setAside };
      }),

    load: (id) =>
      reach(async (db) => {
        await loadMapParser();
        const record = await db.get('maps', id);
        const read = readRecord(id, record);
        // Listed from its copies but not readable in full: set aside now, as a listing would have.
        if (!read.ok && record !== undefined)
          await keepAside(db, [{ key: id, reason: read.reason, record, setAsideAt: now() }]);
        return read.ok ? read.stored : null;
      }),

    save: (map, baseRevision) => write(map, baseRevision).catch(failedSave),

    remove: (id) =>
      reach((db) => {
        const tx = db.transaction(['maps', 'versions', 'setAside', 'summaries'], 'readwrite');
        const versions = tx.objectStore('versions');
        return committed(tx, async () => {
          await tx.objectStore('maps').delete(id);
          await tx.objectStore('summaries').delete(id);
          await tx.objectStore('setAside').delete(id);
          const earlier = await versions.index('byMap').getAllKeys(id);
          for (const key of earlier) await versions.delete(key);
        });
      }),

    versions: (id) =>
      reach(async (db) => {
        await loadMapParser();
        return readVersions(await db.getAllFromIndex('versions', 'byMap', id));
      }),

    async estimate(): Promise<StorageEstimate> {
      try {
        const { usage = null, quota = null } = (await storage?.estimate()) ?? {};
        const persisted = typeof storage?.persisted === 'function' && (await storage.persisted());
        return { usage, quota, persisted };
      } catch {
        return { usage: null, quota: null, persisted: false };
      }
    },

    async persist() {
      try {
        return typeof storage?.persist === 'function' && (await storage.persist());
      } catch {
        return false;
      }
    },
  };
}

/**
 * Copies records that did not read into `setAside`, each as it was first found and never
 * overwritten. A failure here (a full disk) must not hide the list: the records are still in
 * `maps`, untouched, and the next list tries again.
 */
async function keepAside(db: Database, entries: readonly SetAsideEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const tx = db.transaction(['setAside', 'summaries'], 'readwrite');
  await committed(tx, async () => {
    const setAside = tx.objectStore('setAside');
    for (const entry of entries) {
      if ((await setAside.getKey(entry.key)) === undefined) await setAside.put(entry);
      await tx.objectStore('summaries').delete(entry.key);
    }
  }).catch(() => undefined);
}

/** Runs `work` in `tx` until it commits; any failure aborts it, so no half of a save lands. */
async function committed<T>(
  tx: { readonly done: Promise<void>; abort(): void },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser (a full disk does that) or already finished.
    }
    throw error;
  }
}

/** A save that threw: a full disk, or storage refused in some other way. */
function failedSave(error: unknown): SaveResult {
  // Browsers report a full disk as a DOMException (or, newer ones, a subclass) of this name.
  if ((error as { name?: unknown } | null)?.name === 'QuotaExceededError') {
    return { ok: false, reason: 'full', message: MESSAGES.full };
  }
  return { ok: false, reason: 'unavailable', message: MESSAGES.unavailable };
}

function pageStorage(): StorageManager | null {
  try {
    return navigator.storage ?? null;
  } catch {
    return null; // no `navigator` here, or it may not be touched
  }
}
