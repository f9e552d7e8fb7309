/**
 * A file of several maps — what "Download all maps" writes — and `parseMapFile`, which reads either
 * kind of file (one map, or a collection) into every map it could read and one sentence for each
 * problem. Each map in a collection is read exactly as a file of its own would be.
 */
import { isObject } from './fields';
import { LIMITS } from './limits';
import { parseCycleMap } from './parse';
import { readJson, tooLargeMessage, utf8Length } from './readJson';
import type { ParseWarning } from './result';
import type { CycleMap } from './types';
import { COLLECTION_FORMAT, COLLECTION_VERSION } from './collectionFormat';

export interface ReadMap {
  readonly map: CycleMap;
  readonly warnings: readonly ParseWarning[];
}

export interface MapFileProblem {
  /** Which map of a collection ("Map 3 (“Sunday nights”)"); null when it is the whole file. */
  readonly which: string | null;
  /** One sentence a person understands. */
  readonly message: string;
}

export interface MapFileResult {
  readonly maps: readonly ReadMap[];
  readonly problems: readonly MapFileProblem[];
}

const wholeFile = (message: string): MapFileResult => ({
  maps: [],
  problems: [{ which: null, message }],
});

/**
 * Reads a file that holds one map or a collection of maps. It never throws.
 *
 * @example
 * const { maps, problems } = parseMapFile(bytes);
 */
export function parseMapFile(input: string | Uint8Array): MapFileResult {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > LIMITS.collectionBytes)
    return wholeFile(tooLargeMessage(size, LIMITS.collectionBytes));
  if (size > LIMITS.fileBytes) {
    // Only a collection may be this large: read it as one, or refuse it as a map too large.
    const read = readJson(input, LIMITS.collectionBytes);
    if (read.ok && isCollection(read.json)) return readCollection(read.json);
    return wholeFile(tooLargeMessage(size));
  }
  const read = readJson(input);
  if (read.ok && isCollection(read.json)) return readCollection(read.json);
  const result = parseCycleMap(input);
  return result.ok
    ? { maps: [{ map: result.value, warnings: result.warnings }], problems: [] }
    : { maps: [], problems: everyProblem(result.errors, null) };
}

/** Beyond this many problems in one map, the rest are counted, not listed. */
const PROBLEMS_LISTED = 8;

/** Every problem of a map that did not open, each in its own sentence. */
function everyProblem(
  errors: readonly { readonly message: string }[],
  which: string | null,
): MapFileProblem[] {
  const listed = errors.slice(0, PROBLEMS_LISTED).map(({ message }) => ({ which, message }));
  const more = errors.length - listed.length;
  if (more > 0)
    listed.push({
      which,
      message: `${more === 1 ? 'One more problem' : `${more} more problems`} like these.`,
    });
  return listed;
}

function isCollection(json: unknown): json is Record<string, unknown> {
  return isObject(json) && json.format === COLLECTION_FORMAT;
}

function readCollection(json: Record<string, unknown>): MapFileResult {
  const { version, maps } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return wholeFile(
      'This file of maps has no version Cyclemap knows, so it was not opened. Nothing was changed.',
    );
  if (version > COLLECTION_VERSION)
    return wholeFile(
      `This file of maps was saved by a newer Cyclemap (collection version ${version}; this one reads up to version ${COLLECTION_VERSION}). The file is fine: open it in a newer Cyclemap.`,
    );
  if (!Array.isArray(maps))
    return wholeFile('This file of maps has no list of maps in it, so nothing was opened.');
  if (maps.length === 0) return wholeFile('This file of maps is empty: it holds no maps.');

  const read: ReadMap[] = [];
  const problems: MapFileProblem[] = [];
  maps.forEach((entry: unknown, index) => {
    const result = parseCycleMap(JSON.stringify(entry) ?? 'null');
    if (result.ok) read.push({ map: result.value, warnings: result.warnings });
    else problems.push(...everyProblem(result.errors, mapLabel(entry, index)));
  });
  return { maps: read, problems };
}

/** "Map 3" — with its title in words when it has a usable one. */
function mapLabel(entry: unknown, index: number): string {
  const title = isObject(entry) ? entry.title : undefined;
  const shown = typeof title === 'string' ? title.trim().slice(0, 60) : '';
  return shown === '' ? `Map ${index + 1}` : `Map ${index + 1} (“${shown}”)`;
}
