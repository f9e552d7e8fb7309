/** Small helpers for the raw JSON of a document: what a value is, how long a text is, which fields are unknown. */
import type { UnknownFields } from './types';

export type JsonObject = Record<string, unknown>;

/** Allowed values of a numeric field: [min, max], and whether it must be whole. */
export type NumberRange = readonly [min: number, max: number, integer?: 'integer'];

/** A value's kind in a person's words, for "…but it is a list". */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

/** An object with named fields: a list is not one here, unlike to `typeof`. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units; JSON Schema's `maxLength` counts the same way. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The fields of `object` that this version does not know, in their original order, or undefined if none. */
export function unknownFieldsOf(
  object: JsonObject,
  known: readonly string[],
): UnknownFields | undefined {
  const extra: Record<string, unknown> = {};
  let any = false;
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    // defineProperty, not assignment: a key like "constructor" stays a plain data field.
    Object.defineProperty(extra, key, {
      value: object[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    any = true;
  }
  return any ? extra : undefined;
}

/** A value of the file quoted in a sentence, cut short if long, so a message stays a sentence. */
export function quoted(text: string, max = 40): string {
  const characters = Array.from(text);
  return `“${characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text}”`;
}

/** "a, b or c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
