/**
 * The repair windows' figures as the loop is given them, written briefly for tests: each step's
 * window as `[partner, step, by, repairId, repair, successRate]`.
 */
import type { LoopWindows } from '../../src/viz/loop/DanceLoop';

type Window = LoopWindows['perStep'][number];
type WindowRow = readonly [
  Window['partner'],
  Window['step'],
  Window['by'],
  Window['repairId'],
  Window['repair'],
  Window['successRate'],
];

/**
 * @example
 * loopWindowsOf([[0, 'perception', 1, 'softReach', 'Soft reach', 0.68]], { partner: 0, step: 'perception' });
 */
export function loopWindowsOf(rows: readonly WindowRow[], best: LoopWindows['best']): LoopWindows {
  return {
    round: 1,
    note: null,
    perStep: rows.map(([partner, step, by, repairId, repair, successRate]) => ({
      partner,
      step,
      by,
      repairId,
      repair,
      successRate,
    })),
    best,
  };
}
