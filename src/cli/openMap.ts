/** Opens one cycle-map file for a command, or reports why not as `FILE: sentence` and exit 1. */
import { parseCycleMap, type CycleMap } from '../core';
import type { CliIo } from './io';

export function openMap(file: string, io: CliIo): CycleMap | undefined {
  const read = io.readFile(file);
  if (!read.ok) {
    io.err(`${file}: ${read.message}`);
    return undefined;
  }
  const result = parseCycleMap(read.bytes);
  if (!result.ok) {
    io.err(`${file}: ${result.error.message}`);
    return undefined;
  }
  return result.value;
}

/** JSON for stdout: two-space indent, as people and scripts both read it. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
