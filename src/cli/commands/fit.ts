/**
 * `cyclemap fit FILE.csv [--model bilinear|repair-damping] [--compat dyad]`: the Gottman–Murray model
 * fitted to a coded conversation, as JSON (`fitCouple`'s `CoupleFit`).
 */
import { fitCouple, parseCoupleCsv, type FitModel } from '../../core';
import { UsageError, type Command } from '../command';
import type { ReadLimit } from '../io';
import { printJson } from '../openMap';
import { parseArgs, type ParsedArgs } from '../options';

const MODELS: readonly FitModel[] = ['bilinear', 'repair-damping'];

/** Room for a million windows of scores with a decimal each (a 15-minute talk is about 1.5 kB). */
export const CSV_LIMIT: ReadLimit = {
  maxBytes: 16 * 1024 * 1024,
  tooLarge: (bytes) =>
    `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the 16 MB a CSV of coded scores may be, so it was not opened.`,
};

const HELP = `Usage: cyclemap fit FILE.csv [--model bilinear|repair-damping] [--compat dyad]

Fits the Gottman–Murray model to one coded conversation and prints it as JSON.

FILE.csv    a header row, then one row per 6-second window: partner 1's score, then
            partner 2's, separated by commas or tabs (columns named wife and husband,
            as the R package dyad names them, are taken by name). 0 to 0.6 is neutral.
--model     bilinear (the default): one slope for the partner's negative scores, one
            for their positive ones; repair-damping: the same plus a repair term below
            a threshold and a damping term above one, fitted by least squares.
--compat    dyad: the figures of the R package dyad 1.0 exactly, quirks included (for
            repair-damping: dyad's uninfluenced figures, the rest by least squares).

The JSON: { model, compat, windows, dyad, partners, sse }. dyad holds every figure under
dyad's names and signs (wife = partner 1); partners[i].dynamics the same fit in Cyclemap's
names, ready to paste into a map; sse each equation's squared error over the windows where
the other partner is not neutral. Fitted figures describe one coded conversation, not a
couple: see docs/model.md §10.`;

export const fit: Command = {
  name: 'fit',
  usage: 'fit FILE.csv [--model bilinear|repair-damping] [--compat dyad]',
  summary: 'Fit the Gottman–Murray model to a coded conversation (CSV), as JSON.',
  run(rawArgs, io) {
    if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    const args = parseArgs(rawArgs, ['model', 'compat']);
    if (args.files.length !== 1) {
      throw new UsageError(
        args.files.length === 0
          ? 'Give the CSV file of coded scores to fit.'
          : `Give one CSV file, not ${args.files.length}.`,
      );
    }
    const file = args.files[0] ?? '';
    const model = choice(args, 'model', MODELS) ?? 'bilinear';
    const compat = choice(args, 'compat', ['dyad'] as const);
    const read = io.readFile(file, CSV_LIMIT);
    if (!read.ok) {
      io.err(`${file}: ${read.message}`);
      return 1;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    } catch {
      io.err(`${file}: This file is not UTF-8 text, so it cannot be a CSV of scores.`);
      return 1;
    }
    const parsed = parseCoupleCsv(text);
    if (!parsed.ok) {
      io.err(`${file}: ${parsed.error.message}`);
      return 1;
    }
    try {
      printJson(io, fitCouple(parsed.value, compat === undefined ? { model } : { model, compat }));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      io.err(`${file}: ${error.message}`);
      return 1;
    }
    return 0;
  },
};

function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const values = args.options.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1) throw new UsageError(`Give --${name} once, not ${values.length} times.`);
  const found = allowed.find((value) => value === values[0]);
  if (found === undefined) {
    throw new UsageError(
      `--${name} should be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}, not “${values[0] ?? ''}”.`,
    );
  }
  return found;
}
