/** `parseCycleMap`: from file bytes or text to a cycle map, or to every problem in plain language. It never throws. */
import * as v from 'valibot';
import { buildCycleMap } from './buildCycleMap';
import { isObject, typeName, type JsonObject } from './fields';
import { MIGRATIONS, OLDEST_VERSION } from './migrations';
import { problemsOf } from './problems';
import { readJson } from './readJson';
import type { ParseError, ParseResult, ParseWarning } from './result';
import { cycleMapSchema, type CycleMapDocument } from './schema';
import { CURRENT_VERSION, FORMAT } from './types';

/**
 * Reads a cycle-map file.
 *
 * @example
 * const result = parseCycleMap(text);
 * if (result.ok) show(result.value);
 * else result.errors.forEach((error) => say(error.message)); // e.g. "Dev's move is missing."
 */
export function parseCycleMap(input: string | Uint8Array): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    // A bug of ours must still reach the person as a sentence, never as a stack trace.
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
    return failure({
      code: 'invalid-field',
      message: `Cyclemap could not read this map because of an unexpected problem${detail}.`,
    });
  }
}

function parseUnsafe(input: string | Uint8Array): ParseResult {
  const read = readJson(input);
  if (!read.ok) return failure(read.error);
  const warnings: ParseWarning[] = [];
  if (read.droppedKeys > 0) {
    warnings.push({
      message: `Ignored ${read.droppedKeys === 1 ? 'a field' : `${read.droppedKeys} fields`} named “__proto__”, which a cycle map never uses.`,
    });
  }

  const json = read.json;
  if (!isObject(json) || json.format !== FORMAT) {
    return failure({
      code: 'not-cyclemap',
      message: isObject(json)
        ? 'This is a JSON file, but not a cycle map: it has no "format": "cyclemap" field.'
        : 'This is a JSON file, but not a cycle map: a cycle map is an object with a "format": "cyclemap" field.',
    });
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return failure({
      code: 'invalid-field',
      path: 'version',
      message: `The version should be a whole number from ${OLDEST_VERSION} to ${CURRENT_VERSION}, ${versionShown(version)}.`,
    });
  }
  if (version > CURRENT_VERSION) {
    return failure({
      code: 'version-too-new',
      message: `This map was saved by a newer Cyclemap (file version ${version}; this one reads up to version ${CURRENT_VERSION}). The file is fine: open it in a newer Cyclemap.`,
    });
  }

  let document: JsonObject = json;
  for (const migration of MIGRATIONS) {
    if (migration.from < version) continue;
    document = migration.up(document);
    warnings.push({
      message: `This map was saved in ${migration.summary} and has been upgraded; saving it writes version ${CURRENT_VERSION}.`,
    });
  }

  // Every problem at once, not only the first: a person fixing a file by hand sees the whole list.
  const checked = v.safeParse(cycleMapSchema, document, { abortEarly: false });
  if (!checked.success) return failure(...problemsOf(checked.issues, document));
  // The schema accepted the document itself, so it has the shape of its input type.
  const value = buildCycleMap(document as CycleMapDocument, (warning) => warnings.push(warning));
  return { ok: true, value, warnings };
}

function versionShown(version: unknown): string {
  if (version === undefined) return 'but it is missing';
  return typeof version === 'number' ? `not ${version}` : `but it is ${typeName(version)}`;
}

function failure(error: ParseError, ...more: ParseError[]): ParseResult {
  return { ok: false, error, errors: [error, ...more] };
}
