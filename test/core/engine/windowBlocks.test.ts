/**
 * The repair windows shared out in blocks of runs (issue 12): however the runs are split and
 * whichever order their counts come back in, the figures are those of one `repairWindows` call.
 */
import { describe, expect, it } from 'vitest';
import {
  mergeWindows,
  repairWindows,
  repairWindowsBlock,
  windowsFromCounts,
  type WindowCounts,
} from '../../../src/core';
import { model } from './models';

/** The runs 0…runs split into `workers` contiguous blocks, as a pool of that size would share them. */
function split(runs: number, workers: number): [number, number][] {
  const size = Math.ceil(runs / workers);
  const blocks: [number, number][] = [];
  for (let from = 0; from < runs; from += size) blocks.push([from, Math.min(runs, from + size)]);
  return blocks;
}

describe('repair windows in blocks of runs', () => {
  const runs = 240;
  const options = { seed: 9, therapistPresent: false };

  for (const id of ['protest-polka', 'freeze-and-flee'] as const) {
    it(`gives ${id} the same figures for 1, 2, 3 or 8 workers, whatever order their counts arrive in`, () => {
      const map = model(id);
      const whole = repairWindows(map, { ...options, runs });
      for (const workers of [1, 2, 3, 8]) {
        const blocks: WindowCounts[] = split(runs, workers).map(([from, to]) =>
          repairWindowsBlock(map, options, from, to),
        );
        expect(windowsFromCounts(map, mergeWindows(blocks))).toEqual(whole);
        expect(windowsFromCounts(map, mergeWindows([...blocks].reverse()))).toEqual(whole);
      }
    });
  }

  it('a block of later runs is not a copy of the first: run r always plays with its own seed', () => {
    const map = model('protest-polka');
    const first = windowsFromCounts(map, repairWindowsBlock(map, options, 0, 120));
    const second = windowsFromCounts(map, repairWindowsBlock(map, options, 120, 240));
    expect(second.windows.map((w) => w.successRate)).not.toEqual(
      first.windows.map((w) => w.successRate),
    );
  });

  it('partial figures, from the blocks done so far, are those of an analysis of that many runs', () => {
    const map = model('protest-polka');
    const blocks = split(runs, 4).map(([from, to]) => repairWindowsBlock(map, options, from, to));
    const half = mergeWindows(blocks.slice(0, 2));
    expect(half.runs).toBe(runs / 2);
    expect(windowsFromCounts(map, half)).toEqual(
      repairWindows(map, { ...options, runs: runs / 2 }),
    );
  });

  it('refuses to add counts of analyses of different shapes', () => {
    const map = model('protest-polka');
    const oneRound = repairWindowsBlock(map, { ...options, rounds: 1 }, 0, 5);
    const threeRounds = repairWindowsBlock(map, options, 0, 5);
    expect(() => mergeWindows([oneRound, threeRounds])).toThrow();
  });
});
