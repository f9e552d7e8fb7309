/** `parseCycleMap`: from file bytes or text to a cycle map, or to one plain-language error. It never throws. */
import { FieldError, isObject, type JsonObject } from './fields';
import { MIGRATIONS, OLDEST_VERSION } from './migrations';
import { readCycleMap } from './readCycleMap';
import { readJson } from './readJson';
import type { ParseError, ParseResult, ParseWarning } from './result';
import { CURRENT_VERSION, FORMAT } from './types';

/**
 * Reads a cycle-map file.
 *
 * @example
 * const result = parseCycleMap(text);
 * if (result.ok) show(result.value);
 * else alert(result.error.message); // e.g. "This file isn't valid JSON: it stops before …"
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
      message: `The version (version) should be a whole number from ${OLDEST_VERSION} to ${CURRENT_VERSION}, but it is ${JSON.stringify(version) ?? 'missing'}.`,
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

  try {
    const value = readCycleMap(document, (warning) => warnings.push(warning));
    return { ok: true, value, warnings };
  } catch (error) {
    if (error instanceof FieldError) {
      return failure({
        code: 'invalid-field',
        path: error.path,
        message: withPartnerName(error, document),
      });
    }
    throw error;
  }
}

function failure(error: ParseError): ParseResult {
  return { ok: false, error };
}

/** "The second partner's move …" reads better as "Jordan's move …" once we know the name. */
function withPartnerName(error: FieldError, document: JsonObject): string {
  const match = /^partners\[(\d+)\]\./.exec(error.path);
  const partners = document.partners;
  if (match?.[1] === undefined || !Array.isArray(partners)) return error.sentence;
  const partner: unknown = partners[Number(match[1])];
  const name = isObject(partner) ? partner.name : undefined;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 60) return error.sentence;
  return error.sentence.replace(/^The \w+ partner's /, `${name.trim()}'s `);
}
