/** `cyclemap steady FILE`: the influenced steady states of the map's Gottman–Murray model, as JSON. */
import { steadyStates } from '../../core';
import type { Command } from '../command';
import { openMap, printJson } from '../openMap';
import { oneFile, parseArgs } from '../options';

export const steady: Command = {
  name: 'steady',
  usage: 'steady FILE',
  summary: 'Find every influenced steady state, with its eigenvalues and stability.',
  run(rawArgs, io) {
    const file = oneFile(parseArgs(rawArgs, []));
    const map = openMap(file, io);
    if (map === undefined) return 1;
    const found = steadyStates(map.partners[0].dynamics, map.partners[1].dynamics);
    printJson(io, {
      steadyStates: found.map(({ scores, eigenvalues, kind }) => ({ scores, eigenvalues, kind })),
    });
    return 0;
  },
};
