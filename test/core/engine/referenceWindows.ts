/**
 * The repair-window analysis as it was before the allocation-free path (issue 12): immutable
 * `Dance` values through `takeTurn`, `failRepair` and `takeBreak`, one closure per cell. Kept
 * only as a reference, so a test can require the fast path to give exactly its figures.
 */
import { repairsOf } from '../../../src/core/document/steps';
import type { CycleMap } from '../../../src/core/document/types';
import { initialDance, type Dance } from '../../../src/core/engine/dance';
import {
  danceModel,
  LOOP_START,
  other,
  nextPosition,
  type DanceModel,
  type LoopPosition,
  type PartnerIndex,
} from '../../../src/core/engine/danceModel';
import { REPAIR_PATH } from '../../../src/core/engine/machine';
import { nextUniform } from '../../../src/core/dynamics/random';
import { failRepair, repairChance, spotAt, takeBreak } from '../../../src/core/engine/repair';
import { hasDisengaged, hasSettled, takeTurn } from '../../../src/core/engine/turn';

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

interface End {
  readonly reconnected: boolean;
  readonly turn: number;
}

/**
 * @example
 * const { best } = repairWindows(map, { runs: 1000, seed: 1 });
 * // best: { round: 1, partner: 0, step: 'perception', by: 0, repair: 'softReach', successRate: 0.68, … }
 */
export function referenceRepairWindows(
  map: CycleMap,
  options: RepairWindowsOptions = {},
): RepairWindows {
  const model = danceModel(map);
  const runs = options.runs ?? 1000;
  const seed = options.seed ?? 1;
  const rounds = options.rounds ?? 3;
  const ticks = map.simulation.turns;
  const cells = rounds * model.roundLength;
  const repairs = model.partners.map((partner) => [...partner.repairs.entries()]);
  // successes[c][by][j] and the sum of their reconnection turns.
  const successes = Array.from({ length: cells }, () =>
    repairs.map((list) => new Float64Array(list.length)),
  );
  const turnSums = Array.from({ length: cells }, () =>
    repairs.map((list) => new Float64Array(list.length)),
  );
  const therapistPresent = options.therapistPresent === true;

  for (let run = 0; run < runs; run++) {
    let dance = initialDance(model, { seed: runSeed(seed, run), therapistPresent });
    let position = LOOP_START;
    let ended: End | undefined;
    for (let c = 0; c < cells; c++) {
      const left = ticks - c;
      const record = (by: PartnerIndex, j: number, end: End) => {
        if (!end.reconnected) return;
        successes[c]![by]![j]! += 1;
        turnSums[c]![by]![j]! += end.turn;
      };
      if (ended === undefined && left > 0) {
        const afterBreak = playOut(model, takeBreak(model, dance, 0), position, left);
        const spot = spotAt(model, position);
        for (const by of [0, 1] as const) {
          // Every attempt draws one uniform; a failed one plays out the same whatever its kind.
          const [u, rng] = nextUniform(dance.rng);
          const afterFail = lazy(() =>
            playOut(model, failRepair(model, dance, by, rng), position, left),
          );
          repairs[by]!.forEach(([, playsAs], j) => {
            if (playsAs === 'selfSoothingBreak') return record(by, j, afterBreak);
            const { chance } = repairChance(model, dance, spot, by, playsAs);
            if (u < chance) {
              const landed = left >= REPAIR_PATH.length;
              return record(by, j, { reconnected: landed, turn: dance.turn + REPAIR_PATH.length });
            }
            record(by, j, afterFail());
          });
        }
      } else if (ended !== undefined) {
        for (const by of [0, 1] as const) repairs[by]!.forEach((_, j) => record(by, j, ended!));
      }
      if (ended === undefined && c + 1 < cells) {
        position = nextPosition(model, position);
        dance = takeTurn(model, dance, position.partner);
        ended = endOf(model, dance);
      }
    }
    if (options.onProgress && (run % 50 === 49 || run === runs - 1))
      options.onProgress((run + 1) / runs);
  }

  const windows: RepairWindow[] = [];
  for (let c = 0; c < cells; c++) {
    const { partner, step, round } = positionOf(model, c);
    for (const by of [0, 1] as const) {
      repairs[by]!.forEach(([id], j) => {
        const wins = successes[c]![by]![j]!;
        windows.push({
          round,
          partner,
          step,
          by,
          repair: id,
          successRate: runs === 0 ? 0 : wins / runs,
          meanTurnsToReconnect: wins === 0 ? null : turnSums[c]![by]![j]! / wins,
        });
      });
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

/**
 * Plays TICKs until the dance ends by itself or the TICKs run out, as the statechart would: each
 * TICK the next step, or after a partner's last step the crossing to the other's trigger. (The
 * round the chart counts does not change how a dance ends, so it is not kept here.)
 */
function playOut(model: DanceModel, start: Dance, from: LoopPosition, ticks: number): End {
  let dance = start;
  let partner = from.partner;
  let index = from.index;
  let end = endOf(model, dance);
  for (let left = ticks; end === undefined && left > 0; left--) {
    if (index + 1 < model.partners[partner].steps.length) {
      index++;
    } else {
      partner = other(partner);
      index = 0;
    }
    dance = takeTurn(model, dance, partner);
    end = endOf(model, dance);
  }
  return end ?? { reconnected: false, turn: dance.turn };
}

/** The statechart's `always` transitions out of the loop, in the same order. */
function endOf(model: DanceModel, dance: Dance): End | undefined {
  if (hasDisengaged(model, dance)) return { reconnected: false, turn: dance.turn };
  if (hasSettled(model, dance)) return { reconnected: true, turn: dance.turn };
  return undefined;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
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
