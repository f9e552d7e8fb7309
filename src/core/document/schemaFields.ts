/**
 * Valibot building blocks for the fields of a cycle map. Each message says what is wrong as the rest
 * of a sentence ("is missing", "should be text, but it is a list"); `problems.ts` puts the field's
 * name in words in front of it. A message that starts with a capital letter is a whole sentence.
 */
import * as v from 'valibot';
import { isObject, listWords, quoted, typeName, type NumberRange } from './fields';

type Issue = v.BaseIssue<unknown>;

/** A required field left out is reported by its object, with the object's message. */
function isMissingField(issue: Issue): boolean {
  return issue.path?.[0]?.origin === 'key';
}

/** The message of an object: one of its required fields is missing, or it is not an object at all. */
export function objectProblem(issue: Issue): string {
  return isMissingField(issue)
    ? 'is missing'
    : `should be an object with named fields, but it is ${typeName(issue.input)}`;
}

/** The message of an object with a whole sentence of its own for some missing fields. */
export function objectProblemSaying(sentences: Readonly<Record<string, string>>) {
  return (issue: Issue): string => {
    const key = issue.path?.[0]?.key;
    const sentence = isMissingField(issue) && typeof key === 'string' ? sentences[key] : undefined;
    return sentence ?? objectProblem(issue);
  };
}

/**
 * An object with these fields. Fields it does not know are allowed (a newer Cyclemap may write
 * them, and they are kept); a list is not an object here, though it is to `typeof`.
 */
export function record<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  message: (issue: Issue) => string = objectProblem,
) {
  const object = v.looseObject(entries, message);
  return v.pipe(v.custom<v.InferInput<typeof object>>(isObject, message), object);
}

/** A list of at most `max` entries. */
export function list<const TItem extends v.GenericSchema>(item: TItem, max: number) {
  return v.pipe(
    v.array(item, (issue) => `should be a list, but it is ${typeName(issue.input)}`),
    v.maxLength(max, (issue) => `has ${issue.input.length} entries; at most ${max} are allowed`),
  );
}

const notText = (issue: Issue) => `should be text, but it is ${typeName(issue.input)}`;

/** At most `max` characters as a person counts them (an emoji is one), as JSON Schema's `maxLength` does. */
function maxChars(max: number) {
  return v.maxCodePoints(
    max,
    (issue) =>
      `is ${Number(issue.received).toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}`,
  );
}

/** Text of at most `max` characters, with something in it besides spaces. */
export function text(max: number) {
  return v.pipe(v.string(notText), maxChars(max), v.regex(/\S/, 'is empty'));
}

/** Text of at most `max` characters that may be empty: a layer still being explored, the notes. */
export function textOrEmpty(max: number) {
  return v.pipe(v.string(notText), maxChars(max));
}

/** Text of a fixed form (an id, a date): `pattern`, which never matches blank text, and `hint` says in words. */
export function formatted(max: number, pattern: RegExp, hint: string) {
  return v.pipe(
    v.string(notText),
    maxChars(max),
    v.regex(pattern, (issue) =>
      issue.input.trim() === '' ? 'is empty' : `${hint}, not ${quoted(issue.input)}`,
    ),
  );
}

/** The message of a word that is not one of `options`. */
export function notOneOf(options: readonly string[]) {
  return (issue: Issue): string => {
    const shown = typeof issue.input === 'string' ? quoted(issue.input) : typeName(issue.input);
    return `should be one of ${listWords(options)}, not ${shown}`;
  };
}

/** One of a closed list of words. */
export function choice<const TOptions extends readonly string[]>(options: TOptions) {
  return v.picklist(options, notOneOf(options));
}

/** A number within its range; every way to miss it gets the same sentence, which names the range. */
export function number([min, max, integer]: NumberRange) {
  const kind = integer === 'integer' ? 'a whole number' : 'a number';
  const problem = (issue: Issue) =>
    typeof issue.input === 'number'
      ? `should be ${kind} from ${min} to ${max}, not ${issue.input}`
      : `should be ${kind} from ${min} to ${max}, but it is ${typeName(issue.input)}`;
  const inRange = v.pipe(v.number(problem), v.minValue(min, problem), v.maxValue(max, problem));
  return integer === 'integer' ? v.pipe(inRange, v.integer(problem)) : inRange;
}

type NumberEntries<K extends string> = {
  readonly [P in K]: v.OptionalSchema<ReturnType<typeof number>, number | undefined>;
};

/** Optional numbers, each within its range; one left out takes its default (if a fixed one is given). */
export function numberEntries<K extends string>(
  ranges: Readonly<Record<K, NumberRange>>,
  defaults?: Readonly<Record<NoInfer<K>, number>>,
): NumberEntries<K> {
  const keys = Object.keys(ranges) as K[];
  return Object.fromEntries(
    keys.map((key) => [key, v.optional(number(ranges[key]), defaults?.[key])]),
  ) as NumberEntries<K>;
}

/** An object of optional numbers (`numberEntries`). */
export function numberGroup<K extends string>(
  ranges: Readonly<Record<K, NumberRange>>,
  defaults?: Readonly<Record<NoInfer<K>, number>>,
) {
  return record(numberEntries(ranges, defaults));
}

type PathStep = readonly [input: unknown, key: string | number];

/** Where a check of a whole list or object points: a field or entry inside it. */
export function pathTo(
  first: PathStep,
  ...more: PathStep[]
): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const item = ([input, key]: PathStep): v.IssuePathItem =>
    typeof key === 'number'
      ? { type: 'array', origin: 'value', input: input as unknown[], key, value: undefined }
      : {
          type: 'object',
          origin: 'value',
          input: input as Record<string, unknown>,
          key,
          value: undefined,
        };
  return [item(first), ...more.map(item)];
}
