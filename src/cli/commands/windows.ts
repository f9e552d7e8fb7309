/** `cyclemap windows FILE [--runs N] [--seed N]`: where a repair could break the loop, as JSON. */
import { repairWindows } from '../../core';
import type { Command } from '../command';
import { openMap, printJson } from '../openMap';
import { flag, oneFile, parseArgs, wholeNumber } from '../options';
import { SEED_RANGE } from './simulate';

export const windows: Command = {
  name: 'windows',
  usage: 'windows FILE [--runs N] [--seed N] [--therapist]',
  summary: 'For every step, repair and partner, how often a repair there reconnects.',
  run(rawArgs, io) {
    const args = parseArgs(rawArgs, ['runs', 'seed'], ['therapist']);
    const file = oneFile(args);
    const runs = wholeNumber(args, 'runs', 1000, [1, 100_000]);
    const seed = wholeNumber(args, 'seed', 1, SEED_RANGE);
    const map = openMap(file, io);
    if (map === undefined) return 1;
    const {
      repairs,
      windows: found,
      best,
    } = repairWindows(map, { runs, seed, therapistPresent: flag(args, 'therapist') });
    printJson(io, { repairs, windows: found, best });
    return 0;
  },
};
