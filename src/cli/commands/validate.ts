/** `cyclemap validate FILE…`: one line per file; exit 1 if any file is not a valid cycle map. */
import { parseCycleMap } from '../../core';
import { UsageError, type Command } from '../command';
import { parseArgs } from '../options';

export const validate: Command = {
  name: 'validate',
  usage: 'validate FILE…',
  summary: 'Check that each file is a valid cycle map.',
  run(args, io) {
    const { files } = parseArgs(args, []);
    if (files.length === 0) throw new UsageError('Give at least one file to validate.');
    let failures = 0;
    for (const file of files) {
      const read = io.readFile(file);
      const result = read.ok ? parseCycleMap(read.bytes) : undefined;
      if (!read.ok || !result?.ok) {
        failures++;
        io.err(
          `${file}: ${read.ok ? (result && !result.ok ? result.error.message : '') : read.message}`,
        );
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
