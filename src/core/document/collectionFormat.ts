/** A file of several maps, as "Download all maps" writes it: the format's name and version, and the writer. */
import { serializeCycleMap } from './serialize';
import type { CycleMap } from './types';

export const COLLECTION_FORMAT = 'cyclemap-collection';
export const COLLECTION_VERSION = 1;

/**
 * Writes maps as one file that `parseMapFile` reads back, map for map.
 *
 * @example
 * downloadText('cyclemap-maps.json', serializeCollection(maps, new Date().toISOString()));
 */
export function serializeCollection(maps: readonly CycleMap[], exported: string): string {
  const documents = maps.map((map): unknown => JSON.parse(serializeCycleMap(map)));
  const collection = {
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    exported,
    maps: documents,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
