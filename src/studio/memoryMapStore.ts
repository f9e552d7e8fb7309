/**
 * A `MapStore` kept in memory — for Node tests and for when the browser refuses storage — and the
 * record rules it shares with the IndexedDB store (`src/storage/idbMapStore.ts`).
 */
import { serializeCycleMap, type CycleMap } from '../core';
import { loadMapParser, mapParser } from './mapParser';
import {
  StorageUnavailableError,
  type MapStore,
  type MapVersion,
  type SaveResult,
  type SetAsideRecord,
  type StorageEstimate,
  type StoredMap,
  type StoredMapSummary,
} from './mapStore';

/** What the store keeps under a map's id; `title`, `names` and `updated` are copies for the eye. */
export interface MapRecord {
  readonly id: string;
  readonly text: string;
  readonly revision: number;
  readonly title: string;
  readonly names: readonly [string, string];
  readonly updated: string;
}

export interface VersionRecord {
  readonly id: string;
  readonly revision: number;
  readonly savedAt: string;
  readonly text: string;
}

/** A record that could not be read, kept verbatim beside its reason. */
export interface SetAsideEntry extends SetAsideRecord {
  readonly record: unknown;
  readonly setAsideAt: string;
}

export const MAX_VERSIONS = 20;
export const DEFAULT_VERSION_GAP_MS = 5 * 60_000;

export const MESSAGES = {
  unavailable:
    'This browser is not letting Cyclemap store maps here (a private window or strict settings can do that). Your map stays open; download it to keep it.',
  full: 'This device’s storage is full, so your map is not being saved. It stays open: download it to keep it, or free some space.',
  notVerified:
    'Cyclemap saved your map but could not read the same map back, so the saved copy may be damaged. Your map stays open: download it to keep it.',
  setAside: (id: string): string =>
    `A map stored under the id “${id}” could not be read, so Cyclemap set it aside and will not save over it. Download this map, or save it as a copy.`,
} as const;

/** The record to store for `map` at `revision`. */
export function recordOf(map: CycleMap, revision: number): MapRecord {
  const names = [map.partners[0].name, map.partners[1].name] as const;
  const text = serializeCycleMap(map);
  return { id: map.id, text, revision, title: map.title, names, updated: map.updated };
}

/** Reads a stored record as a map, or says in a sentence why it cannot be read. Never throws. */
export function readRecord(
  key: string,
  value: unknown,
): { ok: true; stored: StoredMap; text: string } | { ok: false; reason: string } {
  const { id, text, revision } = (typeof value === 'object' && value !== null ? value : {}) as {
    [Field in keyof MapRecord]?: unknown;
  };
  if (typeof text !== 'string') {
    return { ok: false, reason: 'The stored record is not a saved map: it holds no map text.' };
  }
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 1) {
    return { ok: false, reason: 'The stored record has no valid revision number.' };
  }
  const parsed = mapParser()(text);
  if (!parsed.ok) return { ok: false, reason: parsed.error.message };
  if (id !== key || parsed.value.id !== key) {
    return { ok: false, reason: `The stored record under “${key}” holds a map with another id.` };
  }
  return { ok: true, stored: { map: parsed.value, revision }, text };
}

/**
 * What the list shows of a record, read from the copies the record keeps for the eye, without
 * parsing the map: listing 500 maps must not parse 500 maps. A record without well-formed
 * copies (an older or damaged one) gives null, and is read in full instead. A map whose text
 * turns out not to read when it is opened is set aside then.
 */
export function listedSummary(key: string, value: unknown): StoredMapSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, text, revision, title, names, updated } = value as {
    [Field in keyof MapRecord]?: unknown;
  };
  const wellFormed =
    id === key &&
    typeof text === 'string' &&
    text.startsWith('{') &&
    typeof revision === 'number' &&
    Number.isSafeInteger(revision) &&
    revision >= 1 &&
    typeof title === 'string' &&
    Array.isArray(names) &&
    names.length === 2 &&
    names.every((name) => typeof name === 'string') &&
    typeof updated === 'string';
  if (!wellFormed) return null;
  return { id: key, title, names: [names[0] as string, names[1] as string], updated, revision };
}

export function summaryOf({ map, revision }: StoredMap): StoredMapSummary {
  const names = [map.partners[0].name, map.partners[1].name] as const;
  return { id: map.id, title: map.title, names, updated: map.updated, revision };
}

/** Newest `updated` first; times that do not parse fall back to comparing the text. */
export function newestFirst(a: StoredMapSummary, b: StoredMapSummary): number {
  const difference = Date.parse(b.updated) - Date.parse(a.updated);
  return Number.isNaN(difference) || difference === 0
    ? b.updated.localeCompare(a.updated)
    : difference;
}

/** The earlier versions that parse, newest first. */
export function readVersions(records: readonly VersionRecord[]): MapVersion[] {
  return [...records]
    .sort((a, b) => b.revision - a.revision)
    .flatMap(({ savedAt, revision, text }) => {
      const parsed = mapParser()(text);
      return parsed.ok ? [{ savedAt, revision, map: parsed.value }] : [];
    });
}

export type SavePlan =
  | { readonly kind: 'conflict'; readonly current: StoredMap }
  /** The record under this id does not read: never save over it (the stores say 'unavailable'). */
  | { readonly kind: 'unreadable'; readonly reason: string }
  | {
      readonly kind: 'write';
      readonly record: MapRecord;
      readonly keep: VersionRecord | null;
      /** Revisions of earlier versions to delete: all but the newest `MAX_VERSIONS`. */
      readonly drop: readonly number[];
    };

/**
 * What a save does, decided from what is stored: a pure step both stores take inside their one
 * transaction. A map no longer stored (removed in another tab) is saved as new, at revision 1.
 */
export function planSave(
  map: CycleMap,
  baseRevision: number | null,
  { current, versions }: { readonly current: unknown; readonly versions: readonly VersionRecord[] },
  { now, minVersionGapMs }: { readonly now: string; readonly minVersionGapMs: number },
): SavePlan {
  if (current === undefined)
    return { kind: 'write', record: recordOf(map, 1), keep: null, drop: [] };
  const read = readRecord(map.id, current);
  if (!read.ok) return { kind: 'unreadable', reason: read.reason };
  const { revision } = read.stored;
  if (revision !== baseRevision) return { kind: 'conflict', current: read.stored };

  // No earlier version yet gives an infinite gap; an unreadable clock (NaN) also keeps one, as
  // losing a version is worse than keeping one too many.
  const lastKept = Math.max(-Infinity, ...versions.map((version) => Date.parse(version.savedAt)));
  const gap = Date.parse(now) - lastKept;
  const keep =
    Number.isNaN(gap) || gap >= minVersionGapMs
      ? { id: map.id, revision, savedAt: now, text: read.text }
      : null;
  const kept = keep === null ? versions : [...versions, keep];
  const drop = kept
    .map((version) => version.revision)
    .sort((a, b) => b - a)
    .slice(MAX_VERSIONS);
  return { kind: 'write', record: recordOf(map, revision + 1), keep, drop };
}

/** Whether a record read back after a save shows that save (or a later one from another tab). */
export function readsBack(written: MapRecord, readBack: unknown): boolean {
  if (typeof readBack !== 'object' || readBack === null) return false;
  const { revision, text } = readBack as Partial<MapRecord>;
  if (typeof revision === 'number' && revision > written.revision) return true;
  return revision === written.revision && text === written.text;
}

export type SimulatedFailure = 'unavailable' | 'full' | 'notVerified';

export interface MemoryMapStoreOptions {
  /** Maps stored before the first call, each at revision 1. */
  readonly maps?: readonly CycleMap[];
  /** Raw records by key, as the IndexedDB `maps` store might hold them (broken ones included). */
  readonly records?: Readonly<Record<string, unknown>>;
  /** Every save resolves to this failure and writes nothing. */
  readonly failWith?: SimulatedFailure;
  /** Storage is refused: reads throw `StorageUnavailableError`, saves resolve 'unavailable'. */
  readonly unavailable?: boolean;
  readonly now?: () => string;
  readonly minVersionGapMs?: number;
  readonly estimate?: StorageEstimate;
  /** Whether `persist()` is granted. */
  readonly grantsPersistence?: boolean;
}

export interface MemoryMapStore extends MapStore {
  /** Changes the simulated failure for the calls that follow (null: saves work again). */
  failWith(failure: SimulatedFailure | null): void;
}

/**
 * A map store in memory, with the same revisions, conflicts, versions and set-aside records as
 * the IndexedDB one. Keeps the serialized text, so a load gives a fresh map as a reload would.
 * A record that does not read is listed as set aside, loads as null and is never saved over;
 * only `remove(id)`, a person's own choice, discards it.
 *
 * @example
 * const store = memoryMapStore();
 * const saved = await store.save(map, null); // { ok: true, revision: 1 }
 * await store.save(map, null); // { ok: false, reason: 'conflict', current: { map, revision: 1 } }
 */
export function memoryMapStore(options: MemoryMapStoreOptions = {}): MemoryMapStore {
  const now = options.now ?? (() => new Date().toISOString());
  const minVersionGapMs = options.minVersionGapMs ?? DEFAULT_VERSION_GAP_MS;
  const records = new Map<string, unknown>(Object.entries(options.records ?? {}));
  for (const map of options.maps ?? []) records.set(map.id, recordOf(map, 1));
  const versions = new Map<string, VersionRecord[]>();
  const setAside = new Map<string, SetAsideEntry>();
  let failure = options.unavailable ? 'unavailable' : (options.failWith ?? null);
  let persisted = options.estimate?.persisted ?? false;

  // Every call settles later, as storage would, and a refusal becomes a rejection, not a throw.
  // Reading a map needs the parser, loaded on first need (listing from summaries does not).
  const whenAvailable = <T>(read: () => T, parsing = true): Promise<T> =>
    (parsing ? loadMapParser() : Promise.resolve()).then(() => {
      if (failure === 'unavailable') throw new StorageUnavailableError(MESSAGES.unavailable);
      return read();
    });
  const needsParsing = () =>
    [...records].some(([key, record]) => !setAside.has(key) && listedSummary(key, record) === null);

  const save = (map: CycleMap, baseRevision: number | null): SaveResult => {
    if (failure !== null) return { ok: false, reason: failure, message: MESSAGES[failure] };
    const stored = { current: records.get(map.id), versions: versions.get(map.id) ?? [] };
    const plan = planSave(map, baseRevision, stored, { now: now(), minVersionGapMs });
    if (plan.kind === 'conflict') return { ok: false, reason: 'conflict', current: plan.current };
    if (plan.kind === 'unreadable') {
      return { ok: false, reason: 'unavailable', message: MESSAGES.setAside(map.id) };
    }
    records.set(map.id, plan.record);
    const kept = plan.keep === null ? stored.versions : [...stored.versions, plan.keep];
    versions.set(
      map.id,
      kept.filter(({ revision }) => !plan.drop.includes(revision)),
    );
    return { ok: true, revision: plan.record.revision };
  };

  return {
    failWith(next) {
      failure = next;
    },
    list: () =>
      whenAvailable(() => {
        const maps: StoredMapSummary[] = [];
        for (const [key, record] of records) {
          if (setAside.has(key)) continue;
          const listed = listedSummary(key, record);
          if (listed !== null) {
            maps.push(listed);
            continue;
          }
          const read = readRecord(key, record);
          if (read.ok) maps.push(summaryOf(read.stored));
          else {
            setAside.set(key, { key, reason: read.reason, record, setAsideAt: now() });
          }
        }
        const aside = [...setAside.values()].map(({ key, reason }) => ({ key, reason }));
        return { maps: maps.sort(newestFirst), setAside: aside };
      }, needsParsing()),
    load: (id) =>
      whenAvailable(() => {
        const record = records.get(id);
        const read = readRecord(id, record);
        if (!read.ok && record !== undefined && !setAside.has(id))
          setAside.set(id, { key: id, reason: read.reason, record, setAsideAt: now() });
        return read.ok ? read.stored : null;
      }),
    save: (map, baseRevision) => loadMapParser().then(() => save(map, baseRevision)),
    remove: (id) =>
      whenAvailable(() => {
        records.delete(id);
        versions.delete(id);
        setAside.delete(id);
      }, false),
    versions: (id) => whenAvailable(() => readVersions(versions.get(id) ?? [])),
    estimate: () =>
      Promise.resolve({
        usage: options.estimate?.usage ?? null,
        quota: options.estimate?.quota ?? null,
        persisted,
      }),
    persist: () => {
      persisted ||= options.grantsPersistence ?? false;
      return Promise.resolve(persisted);
    },
  };
}
