/** Data the dance view derives from repair windows: the figures the loop shows at each step. */
import type { PartnerIndex, RepairWindows } from '../../core';
import type { LoopWindows } from '../../viz/loop/DanceLoop';

/** For each step, the best figure any repair reaches there in this round (rounds past 3 use round 3). */
export function loopWindowsFor(result: RepairWindows, round: number): LoopWindows {
  const shown = Math.min(Math.max(round, 1), Math.max(...result.windows.map((w) => w.round)));
  const best = new Map<string, { partner: PartnerIndex; step: string; successRate: number }>();
  for (const w of result.windows) {
    if (w.round !== shown) continue;
    const key = `${w.partner}:${w.step}`;
    const seen = best.get(key);
    if (seen === undefined || w.successRate > seen.successRate)
      best.set(key, { partner: w.partner, step: w.step, successRate: w.successRate });
  }
  return {
    perStep: [...best.values()],
    best: result.best === null ? null : { partner: result.best.partner, step: result.best.step },
  };
}
