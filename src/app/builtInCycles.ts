/**
 * The built-in cycle maps shipped in /models. The home page lists them from their id, title and
 * notes alone; each whole map is loaded (its own small chunk) only when it is opened, so the home
 * page does not carry five maps it may never show.
 */
import type { CycleMap } from '../core';
import { nextTask } from '../studio';

/** What the home page shows of a built-in map before it is opened. */
export interface BuiltInEntry {
  readonly id: string;
  readonly title: string;
  readonly notes: string;
}

export interface BuiltInCatalog {
  /** In teaching order. */
  readonly entries: readonly BuiltInEntry[];
  /** The whole map, read when first asked for (the same object each time); null if it does not read. */
  readonly load: (id: string) => Promise<CycleMap | null>;
}

// Vite gives a JSON file's top-level fields as named exports: only these three are bundled here.
const IDS = import.meta.glob<string>('/models/*.json', { eager: true, import: 'id' });
const TITLES = import.meta.glob<string>('/models/*.json', { eager: true, import: 'title' });
const NOTES = import.meta.glob<string>('/models/*.json', { eager: true, import: 'notes' });
const SOURCES = import.meta.glob<string>('/models/*.json', { query: '?raw', import: 'default' });

/**
 * Johnson's three demon dialogues in the order *Hold Me Tight* tells them, then the flip between
 * them, then what a repaired dance looks like; any other model follows, by file name.
 */
const TEACHING_ORDER = [
  'find-the-bad-guy',
  'protest-polka',
  'freeze-and-flee',
  'fearful-avoidant-flip',
  'secure-cycle',
];

function teachingRank(entry: { readonly id: string }): number {
  const rank = TEACHING_ORDER.indexOf(entry.id);
  return rank === -1 ? TEACHING_ORDER.length : rank;
}

/** Entries sorted for teaching; a stable sort keeps file-name order among the same rank. */
function inTeachingOrder<T extends { readonly id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => teachingRank(a) - teachingRank(b));
}

/**
 * A shipped model, read without the map parser: the tests read every file in /models with the
 * parser and hold this to give exactly what it gives (test/app/builtInModels.test.tsx), so opening a
 * built-in map does not wait for the parser's code (10 kB) and its first, slow run.
 */
function shippedMap(text: string): CycleMap {
  const file = JSON.parse(text) as CycleMap & { readonly format: string; readonly version: number };
  const { format: _format, version: _version, ...map } = file;
  return map;
}

function shippedCatalog(): BuiltInCatalog {
  const paths = Object.keys(SOURCES).sort();
  const entries = inTeachingOrder(
    paths.flatMap((path) => {
      const id = IDS[path];
      const title = TITLES[path];
      if (typeof id !== 'string' || typeof title !== 'string') return [];
      const notes = NOTES[path];
      return [{ id, title, notes: typeof notes === 'string' ? notes : '' }];
    }),
  );
  const loaded = new Map<string, Promise<CycleMap | null>>();
  const load = (id: string): Promise<CycleMap | null> => {
    const path = paths.find((p) => IDS[p] === id);
    const source = path === undefined ? undefined : SOURCES[path];
    if (source === undefined) return Promise.resolve(null);
    let map = loaded.get(id);
    if (map === undefined) {
      map = source().then(async (text) => {
        const read = shippedMap(text);
        // Read in one task; what opening it sets off (the document, the dance) in the next.
        await nextTask();
        return read;
      });
      loaded.set(id, map);
    }
    return map;
  };
  return { entries, load };
}

/** A catalog of maps already read: for tests, stories and anything embedding its own maps. */
export function catalogOf(maps: readonly CycleMap[]): BuiltInCatalog {
  return {
    entries: inTeachingOrder(maps),
    load: (id) => Promise.resolve(maps.find((map) => map.id === id) ?? null),
  };
}

export const BUILT_IN_CATALOG: BuiltInCatalog = shippedCatalog();

/** Every built-in map, read in full (tests, and anything that needs them all at once). */
export async function loadBuiltInCycles(
  catalog: BuiltInCatalog = BUILT_IN_CATALOG,
): Promise<CycleMap[]> {
  const maps = await Promise.all(catalog.entries.map((entry) => catalog.load(entry.id)));
  return maps.filter((map): map is CycleMap => map !== null);
}
