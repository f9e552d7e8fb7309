/** How the studio runs the repair-window analysis: injected, so a browser uses a Web Worker and a test a fake. */
import type { CycleMap, RepairWindows } from '../core';

/** Monte Carlo runs per cell: the analysis the app shows. */
export const WINDOW_RUNS = 1000;

export interface AnalysisRequest {
  readonly map: CycleMap;
  readonly therapistPresent: boolean;
  readonly seed: number;
  readonly runs: number;
}

export interface AnalysisReport {
  /** The share of runs done, 0…1. */
  progress(done: number): void;
  /**
   * The figures of the runs done so far, and how many runs they are from, for a runner that plays
   * the runs in blocks (optional: a runner may report only the end).
   */
  partial?(result: RepairWindows, runs: number): void;
  /** The result, and how many runs per cell it is from (a runner may do fewer than asked). */
  done(result: RepairWindows, runs: number): void;
  /** A plain sentence for the person; never a stack trace. */
  fail(message: string): void;
}

/**
 * Starts one analysis and returns how to cancel it. After cancelling, nothing more may be
 * reported (the studio also ignores anything that arrives late).
 */
export interface AnalysisRunner {
  run(request: AnalysisRequest, report: AnalysisReport): () => void;
  /**
   * Gets ready for a first run — loads the runner's code, starts its workers and, given the run
   * most likely to be asked for, plays a few of its runs so that their code is compiled — so that
   * run starts without that delay. Optional; calling it again does nothing more.
   */
  warm?(likely?: AnalysisRequest): void;
}
