/** `cyclemap machine FILE`: prints the map's statechart as a standalone ES module. */
import type { Command } from '../command';
import { machineModule } from '../machineModule';
import { openMap } from '../openMap';
import { oneFile, parseArgs } from '../options';

export const machine: Command = {
  name: 'machine',
  usage: 'machine FILE',
  summary: 'Print the statechart as an ES module that imports only from xstate.',
  run(rawArgs, io) {
    const file = oneFile(parseArgs(rawArgs, []));
    const map = openMap(file, io);
    if (map === undefined) return 1;
    io.out(machineModule(map));
    return 0;
  },
};
