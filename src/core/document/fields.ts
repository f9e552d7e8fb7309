/**
 * Small readers for the fields of a JSON document. Each one either returns a typed value or throws a
 * `FieldError` that names the field's path and says, in a sentence, what is wrong with it.
 * The throw never leaves the parser: `parseCycleMap` turns it into an `invalid-field` result.
 */
import type { UnknownFields } from './types';

export type JsonObject = Record<string, unknown>;

export class FieldError extends Error {
  constructor(
    readonly path: string,
    readonly sentence: string,
  ) {
    super(sentence);
  }
}

/** Friendly words for the last part of a path, so a message reads "the reactive emotion", not "reactiveEmotion". */
const FIELD_WORDS: Record<string, string> = {
  reactiveEmotion: 'reactive emotion',
  primaryEmotion: 'primary emotion',
  attachmentFear: 'attachment fear',
  extraSteps: 'extra steps',
  setPoint: 'set point',
  negativeInfluence: 'negative influence',
  positiveInfluence: 'positive influence',
  repairThreshold: 'repair threshold',
  repairStrength: 'repair strength',
  dampingThreshold: 'damping threshold',
  dampingStrength: 'damping strength',
  restingHeartRate: 'resting heart rate',
  floodingHeartRate: 'flooding heart rate',
  floodingMargin: 'flooding margin',
  heartRateReactivity: 'heart-rate reactivity',
  heartRateRecovery: 'heart-rate recovery',
  actsLike: '"acts like" kind',
  turns: 'length of the talk in turns',
  breakMinutes: 'length of a break in minutes',
  overrideScore: 'sentiment-override score',
  overrideWidth: 'sentiment-override width',
  beforeMove: 'timing factor before one’s move',
  afterMove: 'timing factor after one’s move',
  duringOther: 'timing factor during the other’s steps',
  failedScore: 'failed-repair score',
  disengageTurns: 'turns until disengaged',
  withdrawnScore: 'withdrawn score',
  settleScore: 'settled score',
  settleTurns: 'turns until settled',
  arousal: 'therapist’s effect on arousal',
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** "partners[1].layers.move" → "The second partner's move". */
export function describePath(path: string): string {
  const parts = [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)];
  const partner = /^partners\[(\d+)\]/.exec(path);
  const last = parts.at(-1);
  const index = last?.[2];
  const name = index !== undefined ? parts.at(-2)?.[1] : last?.[1];
  const item =
    index !== undefined
      ? `${ORDINALS[Number(index)] ?? `number ${Number(index) + 1}`} ${singular(name ?? 'item')}`
      : undefined;
  const field = item ?? (name !== undefined ? (FIELD_WORDS[name] ?? name) : 'document');
  if (partner?.[1] !== undefined && path !== partner[0]) {
    const who = `${ORDINALS[Number(partner[1])] ?? 'a'} partner's`;
    return `The ${who} ${field}`;
  }
  return `The ${field}`;
}

function singular(list: string): string {
  if (list === 'extraSteps') return 'extra step';
  if (list === 'partners') return 'partner';
  if (list === 'repairs') return 'repair';
  return `entry of ${FIELD_WORDS[list] ?? list}`;
}

function fail(path: string, problem: string): never {
  throw new FieldError(path, `${describePath(path)} (${path}) ${problem}.`);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function readObject(value: unknown, path: string): JsonObject {
  if (value === undefined) fail(path, 'is missing');
  if (!isObject(value))
    fail(path, `should be an object with named fields, but it is ${typeName(value)}`);
  return value;
}

export function readList(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, `should be a list, but it is ${typeName(value)}`);
  if (value.length > max) fail(path, `has ${value.length} entries; at most ${max} are allowed`);
  return value;
}

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

interface TextRule {
  readonly max: number;
  readonly pattern?: RegExp;
  readonly patternHint?: string;
  readonly allowEmpty?: boolean;
}

export function readText(value: unknown, path: string, rule: TextRule): string {
  if (value === undefined) fail(path, 'is missing');
  if (typeof value !== 'string') fail(path, `should be text, but it is ${typeName(value)}`);
  const length = charLength(value);
  if (length > rule.max) {
    fail(
      path,
      `is ${length.toLocaleString('en')} characters long; the limit is ${rule.max.toLocaleString('en')}`,
    );
  }
  if (!rule.allowEmpty && value.trim() === '') fail(path, 'is empty');
  if (rule.pattern && !rule.pattern.test(value))
    fail(path, `${rule.patternHint ?? 'has an unexpected form'}, not “${value}”`);
  return value;
}

export function readOptionalText(value: unknown, path: string, rule: TextRule): string | undefined {
  return value === undefined ? undefined : readText(value, path, rule);
}

export function readChoice<T extends string>(
  value: unknown,
  path: string,
  choices: readonly T[],
): T {
  if (value === undefined) fail(path, 'is missing');
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    const shown = typeof value === 'string' ? `“${value}”` : typeName(value);
    fail(path, `should be one of ${listWords(choices)}, not ${shown}`);
  }
  return value as T;
}

export function readNumber(
  value: unknown,
  path: string,
  min: number,
  max: number,
  integer = false,
): number {
  const kind = integer ? 'a whole number' : 'a number';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(path, `should be ${kind} from ${min} to ${max}, but it is ${typeName(value)}`);
  }
  if (value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(path, `should be ${kind} from ${min} to ${max}, not ${value}`);
  }
  return value;
}

/** Allowed values of a numeric field: [min, max], and whether it must be whole. */
export type NumberRange = readonly [min: number, max: number, integer?: 'integer'];

/**
 * Reads an object of numbers, each within its range; a field left out takes its default, and a
 * missing object is all defaults. Unknown fields are kept.
 */
export function readNumberGroup<K extends string>(
  value: unknown,
  path: string,
  ranges: Readonly<Record<K, NumberRange>>,
  defaults: Readonly<Record<NoInfer<K>, number>>,
): Record<K, number> & { unknownFields?: UnknownFields } {
  if (value === undefined) return { ...defaults };
  const raw = readObject(value, path);
  const keys = Object.keys(ranges) as K[];
  const group = {} as Record<K, number>;
  for (const key of keys) {
    const [min, max, integer] = ranges[key];
    group[key] =
      raw[key] === undefined
        ? defaults[key]
        : readNumber(raw[key], join(path, key), min, max, integer === 'integer');
  }
  const unknownFields = unknownFieldsOf(raw, keys);
  return unknownFields === undefined ? group : { ...group, unknownFields };
}

export function failField(path: string, problem: string): never {
  fail(path, problem);
}

/** For problems better said as a whole sentence than as "<field> <problem>". */
export function failWith(path: string, sentence: string): never {
  throw new FieldError(path, sentence);
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

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
