/**
 * `cyclemap validate FILE…`: one line per valid file; for a file that is not a valid cycle map, one
 * line per problem (`FILE: WHERE: SENTENCE`, or `FILE: SENTENCE` when it cannot be read at all), so
 * the lines grep and sort. Exits 1 if any file is not valid.
 */
import { parseCycleMap } from '../../core';
import { UsageError, type Command } from '../command';
import { parseArgs } from '../options';

export const validate: Command = {
  name: 'validate',
  usage: 'validate FILE…',
  summary: 'Check that each file is a valid cycle map, listing every problem.',
  run(args, io) {
    const { files } = parseArgs(args, []);
    if (files.length === 0) throw new UsageError('Give at least one file to validate.');
    let failures = 0;
    for (const file of files) {
      const read = io.readFile(file);
      if (!read.ok) {
        failures++;
        io.err(`${file}: ${read.message}`);
        continue;
      }
      const result = parseCycleMap(read.bytes);
      if (!result.ok) {
        failures++;
        for (const { path, message } of result.errors) {
          io.err(path === undefined ? `${file}: ${message}` : `${file}: ${path}: ${message}`);
        }
        continue;
      }
      const { title, partners } = result.value;
      const warnings =
        result.warnings.length === 0
          ? ''
          : `; ${result.warnings.length === 1 ? '1 note' : `${result.warnings.length} notes`}: ${result.warnings.map((w) => w.message).join(' ')}`;
      io.out(
        `${file}: valid cycle map “${title}” (${partners[0].name} and ${partners[1].name})${warnings}`,
      );
    }
    return failures === 0 ? 0 : 1;
  },
};
