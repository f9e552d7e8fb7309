/** Data the dance view derives from a session: repair marks for the chart, window figures for the loop. */
import {
  repairLabel,
  REPAIR_CATALOGUE,
  type CycleMap,
  type DanceSession,
  type PartnerIndex,
  type RepairWindows,
} from '../../core';

export interface RepairMark {
  /** The snapshot the repair led to. */
  readonly index: number;
  readonly by: PartnerIndex;
  readonly label: string;
  readonly outcome: 'landed' | 'failed' | 'break' | 'ignored';
}

export function repairMarks(map: CycleMap, session: DanceSession): RepairMark[] {
  return session.events.flatMap((event, i) => {
    const note = session.snapshots[i + 1]?.context.lastRepair;
    if (event.type !== 'REPAIR' || note == null) return [];
    const custom = map.partners[note.by].repairs.find(
      (r) => r.kind === 'custom' && r.id === note.repair,
    );
    const label = custom
      ? repairLabel(custom)
      : note.playsAs
        ? REPAIR_CATALOGUE[note.playsAs].label
        : note.repair;
    return [{ index: i + 1, by: note.by, label, outcome: note.outcome }];
  });
}

export interface LoopWindowFigures {
  readonly perStep: readonly { partner: PartnerIndex; step: string; successRate: number }[];
  readonly best: { partner: PartnerIndex; step: string } | null;
}

/** For each step, the best figure any repair reaches there in this round (rounds past 3 use round 3). */
export function loopWindowsFor(result: RepairWindows, round: number): LoopWindowFigures {
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
