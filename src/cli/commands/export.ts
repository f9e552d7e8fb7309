/**
 * `cyclemap export FILE --as code|json|mermaid|svg [--direction right|down]`: the map's statechart
 * as the app exports it — the XState module, the machine's config as JSON, Mermaid
 * `stateDiagram-v2`, or a standalone SVG laid out by elkjs.
 */
import {
  layoutStatechart,
  machineConfig,
  mermaid,
  statechartSvg,
  type ChartDirection,
} from '../../core';
import { UsageError, type Command } from '../command';
import { machineModule } from '../machineModule';
import { nodeElkLayout } from '../nodeElk';
import { openMap, printJson } from '../openMap';
import { oneFile, parseArgs, type ParsedArgs } from '../options';

const FORMATS = ['code', 'json', 'mermaid', 'svg'] as const;
type Format = (typeof FORMATS)[number];
const DIRECTIONS: Readonly<Record<string, ChartDirection>> = { right: 'RIGHT', down: 'DOWN' };

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE --as code|json|mermaid|svg [--direction right|down]',
  summary: 'Print the statechart as XState code, its JSON config, Mermaid or a standalone SVG.',
  async run(rawArgs, io) {
    const args = parseArgs(rawArgs, ['as', 'direction']);
    const file = oneFile(args);
    const format = formatOf(args);
    const direction = directionOf(args);
    const map = openMap(file, io);
    if (map === undefined) return 1;
    if (format === 'code') io.out(machineModule(map));
    else if (format === 'json') printJson(io, machineConfig(map));
    else if (format === 'mermaid') io.out(mermaid(map, direction).trimEnd());
    else {
      const scene = await layoutStatechart(map, { layout: nodeElkLayout, direction });
      io.out(statechartSvg(scene).trimEnd());
    }
    return 0;
  },
};

function single(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1) throw new UsageError(`Give --${name} once, not ${values.length} times.`);
  return values[0];
}

function formatOf(args: ParsedArgs): Format {
  const value = single(args, 'as');
  if (value === undefined) {
    throw new UsageError(`Say what to export with --as: ${FORMATS.join(', ')}.`);
  }
  const format = FORMATS.find((f) => f === value);
  if (format === undefined) {
    throw new UsageError(`--as should be one of ${FORMATS.join(', ')}, not “${value}”.`);
  }
  return format;
}

function directionOf(args: ParsedArgs): ChartDirection {
  const value = single(args, 'direction') ?? 'right';
  const direction = DIRECTIONS[value];
  if (direction === undefined) {
    throw new UsageError(`--direction should be right or down, not “${value}”.`);
  }
  return direction;
}
