/** `cyclemap simulate FILE [--seed N] [--turns N] [--repair TURN:PARTNER:KIND]…`: one seeded run as JSON. */
import {
  danceModel,
  simulate as runSimulation,
  type CycleMap,
  type ScheduledRepair,
} from '../../core';
import { UsageError, type Command } from '../command';
import { openMap, printJson } from '../openMap';
import { flag, oneFile, parseArgs, wholeNumber } from '../options';

export const SEED_RANGE = [0, 2 ** 32 - 1] as const;

export const simulate: Command = {
  name: 'simulate',
  usage: 'simulate FILE [--seed N] [--turns N] [--repair TURN:PARTNER:KIND]… [--therapist]',
  summary:
    'Play the dance with a seed (--therapist: co-regulated); print { seed, events, frames, outcome }.',
  run(rawArgs, io) {
    const args = parseArgs(rawArgs, ['seed', 'turns', 'repair'], ['therapist']);
    const file = oneFile(args);
    const seed = wholeNumber(args, 'seed', 1, SEED_RANGE);
    const map = openMap(file, io);
    if (map === undefined) return 1;
    const turns = wholeNumber(args, 'turns', map.simulation.turns, [1, 3000]);
    const repairs = (args.options.get('repair') ?? []).map((text) => readRepair(text, map));
    printJson(
      io,
      runSimulation(map, { seed, turns, repairs, therapistPresent: flag(args, 'therapist') }),
    );
    return 0;
  },
};

/** "12:0:softReach" → a repair partner 0 tries at turn 12, checked against that partner's repairs. */
function readRepair(text: string, map: CycleMap): ScheduledRepair {
  const match = /^(\d+):([01]):([A-Za-z][\w-]*)$/.exec(text);
  if (match === null) {
    throw new UsageError(
      `--repair should look like TURN:PARTNER:KIND, e.g. 12:0:softReach (partner 0 or 1), not “${text}”.`,
    );
  }
  const by = match[2] === '0' ? 0 : 1;
  const kind = match[3] ?? '';
  const available = [...danceModel(map).partners[by].repairs.keys()];
  if (!available.includes(kind)) {
    const name = map.partners[by].name;
    throw new UsageError(
      `${name} (partner ${by}) has no repair “${kind}”; theirs are ${available.join(', ')}.`,
    );
  }
  return { turn: Number(match[1]), by, kind };
}
