/**
 * `repairWindows`: for every step of the first rounds of the loop, every repair and who makes it,
 * the share of seeded runs in which a repair tried there leads to reconnection.
 *
 * This is the fast numeric path: `windowRuns.ts` steps the same formulas as the statechart's
 * actions (`takeTurn`, `repairChance`, `failRepair`, `takeBreak`) on plain numbers, without XState
 * in between, and shares work between cells (a run's path up to a step is the same for every
 * repair tried there). Run r uses seed `runSeed(seed, r)`; the statechart driven by TICK × c, then
 * the REPAIR, with that seed ends the same way (a test checks it run by run). The runs can be
 * split into blocks (`repairWindowsBlock`) and their counts added (`mergeWindows`) in any order:
 * the figures are the same whichever thread played which block.
 */
import { repairsOf } from '../document/steps';
import type { CycleMap } from '../document/types';
import { danceModel, type DanceModel, type PartnerIndex } from './danceModel';
import { TURNS_PER_MINUTE } from './repair';
import { emptyCounts, windowModel, type WindowCounts } from './windowModel';
import { countRuns } from './windowRuns';

export type { WindowCounts } from './windowModel';

export interface RepairWindow {
  readonly round: number;
  /** Whose step the loop is on. */
  readonly partner: PartnerIndex;
  readonly step: string;
  /** Who makes the repair. */
  readonly by: PartnerIndex;
  /** The repair's id (catalogue kind or the couple's own id). */
  readonly repair: string;
  /** Share of runs that reconnect, 0…1. */
  readonly successRate: number;
  /** Mean clock turn at reconnection over the runs that reconnect; null if none do. */
  readonly meanTurnsToReconnect: number | null;
}

export interface RepairWindows {
  readonly repairs: readonly { readonly id: string; readonly label: string }[];
  readonly windows: readonly RepairWindow[];
  /** The window with the highest success rate (then fewest turns, then earliest); null if none reconnect. */
  readonly best: RepairWindow | null;
}

export interface RepairWindowsOptions {
  readonly runs?: number;
  readonly seed?: number;
  /** Rounds of the loop to try repairs in (3 unless given). */
  readonly rounds?: number;
  readonly therapistPresent?: boolean;
  /** Called now and then with the share of runs done (0…1), e.g. to show progress. */
  readonly onProgress?: (done: number) => void;
}

/** The seed of run `run` of an analysis seeded with `seed`. */
export function runSeed(seed: number, run: number): number {
  return seed * 1_000_003 + run;
}

/** Runs per block when an analysis is shared out (progress is reported at the same pace). */
export const WINDOW_BLOCK_RUNS = 50;

/**
 * @example
 * const { best } = repairWindows(map, { runs: 1000, seed: 1 });
 * // best: { round: 1, partner: 0, step: 'perception', by: 0, repair: 'softReach', successRate: 0.68, … }
 */
export function repairWindows(map: CycleMap, options: RepairWindowsOptions = {}): RepairWindows {
  const counts = repairWindowsBlock(map, options, 0, options.runs ?? 1000);
  return windowsFromCounts(map, counts, options);
}

/**
 * The counts of runs `fromRun` up to (not including) `toRun` of an analysis: run r is seeded with
 * `runSeed(seed, r)` whoever plays it, so blocks played anywhere add up to `repairWindows`.
 * `onProgress` gets the share of this block done.
 *
 * @example
 * const counts = mergeWindows([
 *   repairWindowsBlock(map, { seed: 1 }, 0, 500),
 *   repairWindowsBlock(map, { seed: 1 }, 500, 1000),
 * ]);
 * windowsFromCounts(map, counts); // the same as repairWindows(map, { runs: 1000, seed: 1 })
 */
export function repairWindowsBlock(
  map: CycleMap,
  options: Omit<RepairWindowsOptions, 'runs'>,
  fromRun: number,
  toRun: number,
): WindowCounts {
  const seed = options.seed ?? 1;
  const k = windowModel(danceModel(map), options.rounds ?? 3, options.therapistPresent === true);
  const runs = Math.max(0, toRun - fromRun);
  const counts = emptyCounts(k, runs);
  const { onProgress } = options;
  countRuns(
    k,
    (run) => runSeed(seed, run),
    fromRun,
    fromRun + runs,
    counts,
    onProgress &&
      ((run) => {
        const done = run + 1 - fromRun;
        if (done % WINDOW_BLOCK_RUNS === 0 || done === runs) onProgress(done / runs);
      }),
  );
  return counts;
}

/**
 * Runs 0…`runs` in blocks of `WINDOW_BLOCK_RUNS`, as `[fromRun, toRun)` pairs: the same blocks
 * whatever the number of threads that play them.
 */
export function windowBlocks(runs: number): (readonly [number, number])[] {
  const blocks: (readonly [number, number])[] = [];
  for (let from = 0; from < runs; from += WINDOW_BLOCK_RUNS)
    blocks.push([from, Math.min(runs, from + WINDOW_BLOCK_RUNS)]);
  return blocks;
}

/** The counts of several blocks of runs together (of one map, rounds and setting). */
export function mergeWindows(blocks: readonly WindowCounts[]): WindowCounts {
  const size = blocks[0]?.wins.length ?? 0;
  const merged: WindowCounts = {
    runs: 0,
    wins: new Float64Array(size),
    turns: new Float64Array(size),
    breaks: new Float64Array(size),
  };
  let runs = 0;
  for (const block of blocks) {
    if (block.wins.length !== size) throw new Error('Cannot merge counts of different analyses.');
    runs += block.runs;
    for (let i = 0; i < size; i++) {
      merged.wins[i]! += block.wins[i]!;
      merged.turns[i]! += block.turns[i]!;
      merged.breaks[i]! += block.breaks[i]!;
    }
  }
  return { ...merged, runs };
}

/** The `RepairWindows` that counts of runs give: each window's share and mean turn, and the best. */
export function windowsFromCounts(
  map: CycleMap,
  counts: WindowCounts,
  options: Pick<RepairWindowsOptions, 'rounds'> = {},
): RepairWindows {
  const model = danceModel(map);
  const cells = (options.rounds ?? 3) * model.roundLength;
  const breakTurns = map.simulation.repair.breakMinutes * TURNS_PER_MINUTE;
  const ids = model.partners.map((partner) => [...partner.repairs.keys()]);
  const { runs } = counts;
  const windows: RepairWindow[] = [];
  let slot = 0;
  for (let c = 0; c < cells; c++) {
    const { partner, step, round } = positionOf(model, c);
    for (const by of [0, 1] as const) {
      for (const id of ids[by]!) {
        const wins = counts.wins[slot] ?? 0;
        // Integers until here, so the sum is exact whichever blocks were added in which order.
        const turns = (counts.turns[slot] ?? 0) + (counts.breaks[slot] ?? 0) * breakTurns;
        windows.push({
          round,
          partner,
          step,
          by,
          repair: id,
          successRate: runs === 0 ? 0 : wins / runs,
          meanTurnsToReconnect: wins === 0 ? null : turns / wins,
        });
        slot++;
      }
    }
  }
  return { repairs: repairList(map), windows, best: bestOf(windows) };
}

/** Which step the loop is on after `c` TICKs: partner 0's steps, then partner 1's, round after round. */
export function positionOf(
  model: DanceModel,
  c: number,
): { round: number; partner: PartnerIndex; step: string } {
  const q = c % model.roundLength;
  const first = model.partners[0].steps.length;
  const partner: PartnerIndex = q < first ? 0 : 1;
  const step = model.partners[partner].steps[partner === 0 ? q : q - first] ?? 'trigger';
  return { round: Math.floor(c / model.roundLength) + 1, partner, step };
}

function bestOf(windows: readonly RepairWindow[]): RepairWindow | null {
  let best: RepairWindow | null = null;
  for (const window of windows) {
    if (window.successRate === 0) continue;
    if (
      best === null ||
      window.successRate > best.successRate ||
      (window.successRate === best.successRate &&
        (window.meanTurnsToReconnect ?? Infinity) < (best.meanTurnsToReconnect ?? Infinity))
    ) {
      best = window;
    }
  }
  return best;
}

/** Every repair either partner can make, once each, with its label. */
function repairList(map: CycleMap): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const partner of map.partners)
    for (const { id, label } of repairsOf(partner)) seen.set(id, label);
  return [...seen].map(([id, label]) => ({ id, label }));
}
