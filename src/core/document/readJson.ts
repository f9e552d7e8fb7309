/** Turns file bytes or text into a JSON value safely: size, encoding, nesting and `__proto__` are checked first. */
import { LIMITS } from './limits';
import type { ParseError } from './result';

export type JsonReadResult =
  | { readonly ok: true; readonly json: unknown; readonly droppedKeys: number }
  | { readonly ok: false; readonly error: ParseError };

const MIB = 1024 * 1024;

/** Keys that would reach an object's prototype if code ever assigned them; a map never needs them. */
const DANGEROUS_KEYS = new Set(['__proto__']);

export function readJson(
  input: string | Uint8Array,
  maxBytes: number = LIMITS.fileBytes,
): JsonReadResult {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a pair of them, 4): text short enough by
  // that bound fits without being counted (null).
  const size =
    typeof input !== 'string'
      ? input.byteLength
      : input.length * 3 <= maxBytes
        ? null
        : utf8Length(input);
  if (size !== null && size > maxBytes) return fail('too-large', tooLargeMessage(size, maxBytes));
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (text === undefined || text.includes('\u0000')) {
    return fail(
      'not-json',
      "This file isn't text (it looks like binary data), so it can't be a cycle map.",
    );
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '')
    return fail('not-json', 'This file is empty, so there is no cycle map in it.');

  const depth = maxNestingDepth(body);
  if (depth > LIMITS.nestingDepth) {
    return fail(
      'too-large',
      `This file nests its data more than ${LIMITS.nestingDepth} levels deep, far deeper than any cycle map, so it was not opened.`,
    );
  }

  let droppedKeys = 0;
  try {
    const json: unknown = JSON.parse(body, (key, value: unknown) => {
      if (DANGEROUS_KEYS.has(key)) {
        droppedKeys += 1;
        return undefined;
      }
      return value;
    });
    return { ok: true, json, droppedKeys };
  } catch (error) {
    return fail('not-json', describeSyntaxError(body, error));
  }
}

/** The sentence for a file over the size limit; exported so a reader can refuse a huge file before loading it. */
export function tooLargeMessage(bytes: number, maxBytes: number = LIMITS.fileBytes): string {
  const what = maxBytes === LIMITS.fileBytes ? 'a cycle map' : 'a file of maps';
  return `This file is ${formatSize(bytes)}, more than the ${formatSize(maxBytes)} ${what} may be, so it was not opened.`;
}

function fail(code: ParseError['code'], message: string): JsonReadResult {
  return { ok: false, error: { code, message } };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest bracket nesting outside strings; a linear scan, so a hostile file costs no recursion. */
function maxNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    // Char codes, not one-character strings: this scan reads every character of a map as it opens.
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) max = Math.max(max, ++depth);
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
  }
  return max;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Engines word JSON errors differently; we only take the position from them and say the rest plainly. */
function describeSyntaxError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : '';
  if (/end of (JSON input|data)/i.test(raw)) {
    return "This file isn't valid JSON: it stops before the map is complete, so it may have been cut off while saving.";
  }
  const where = locate(text, raw);
  if (where !== undefined && where.offset >= text.trimEnd().length) {
    return "This file isn't valid JSON: it stops before the map is complete, so it may have been cut off while saving.";
  }
  if (where !== undefined) {
    return `This file isn't valid JSON: there is a mistake at or just before line ${where.line}, column ${where.column} (often a missing comma, quote or bracket).`;
  }
  const token = /unexpected token '(.{1,3})'/i.exec(raw)?.[1];
  if (token !== undefined) {
    return `This file isn't valid JSON: it has an unexpected “${token}” where a value should be (often a stray comma or a missing quote).`;
  }
  return "This file isn't valid JSON, so it can't be opened as a cycle map.";
}

function locate(
  text: string,
  message: string,
): { line: number; column: number; offset: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  if (position?.[1] !== undefined) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column, offset };
  }
  if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
    const line = Number(lineColumn[1]);
    const column = Number(lineColumn[2]);
    const lines = text.split('\n').slice(0, line - 1);
    const offset = lines.reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
    return { line, column, offset };
  }
  return undefined;
}

function formatSize(bytes: number): string {
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
