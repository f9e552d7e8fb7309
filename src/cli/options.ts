/** Reads `--name value` options for the CLI commands, saying plainly what is wrong with a bad one. */
import { UsageError } from './command';

export interface ParsedArgs {
  readonly files: readonly string[];
  /** Each option's values, in the order given (an option may repeat, like --repair). */
  readonly options: ReadonlyMap<string, readonly string[]>;
}

/**
 * Splits arguments into files and `--option value` pairs, accepting only the named options.
 *
 * @example
 * parseArgs(['map.json', '--seed', '7'], ['seed']); // { files: ['map.json'], options: { seed: ['7'] } }
 */
export function parseArgs(
  args: readonly string[],
  allowed: readonly string[],
  /** Options that take no value, such as --therapist. */
  flags: readonly string[] = [],
): ParsedArgs {
  const files: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name) && inline === undefined) {
      options.set(name, [...(options.get(name) ?? []), 'true']);
      continue;
    }
    if (!allowed.includes(name)) {
      const known = [...allowed, ...flags];
      throw new UsageError(
        known.length === 0
          ? `This command takes no options, but was given “${arg}”.`
          : `Unknown option “${arg}”; the options are ${known.map((a) => `--${a}`).join(', ')}.`,
      );
    }
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`The option --${name} needs a value.`);
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { files, options };
}

/** The single value of a whole-number option within a range, or the fallback if it was not given. */
export function wholeNumber(
  args: ParsedArgs,
  name: string,
  fallback: number,
  [min, max]: readonly [number, number],
): number {
  const values = args.options.get(name);
  if (values === undefined) return fallback;
  if (values.length > 1) throw new UsageError(`Give --${name} once, not ${values.length} times.`);
  const text = values[0] ?? '';
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(
      `--${name} should be a whole number from ${min} to ${max}, not “${text}”.`,
    );
  }
  return value;
}

/** Exactly one file, or a usage error. */
export function oneFile(args: ParsedArgs): string {
  if (args.files.length !== 1) {
    throw new UsageError(
      args.files.length === 0
        ? 'Give the cycle-map file to use.'
        : `Give one file, not ${args.files.length}.`,
    );
  }
  return args.files[0] ?? '';
}

/** Whether a flag such as --therapist was given. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.has(name);
}
