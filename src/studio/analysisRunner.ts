/** How the studio runs the repair-window analysis: injected, so a browser uses a Web Worker and a test a fake. */
import { repairWindows, type CycleMap, type RepairWindows } from '../core';

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
}

/**
 * Runs the analysis on this thread, after a pause so whoever asked can show it has started: for
 * Node, tests, and browsers without workers. `runs` caps the work, since it blocks while it runs.
 *
 * @example
 * const runner = inlineRunner({ maxRuns: 100 });
 */
export function inlineRunner(options: { readonly maxRuns?: number } = {}): AnalysisRunner {
  return {
    run(request, report) {
      const runs = Math.min(request.runs, options.maxRuns ?? request.runs);
      const timer = setTimeout(() => {
        try {
          const result = repairWindows(request.map, {
            runs,
            seed: request.seed,
            therapistPresent: request.therapistPresent,
            onProgress: (done) => report.progress(done),
          });
          report.done(result, runs);
        } catch {
          report.fail('The analysis stopped unexpectedly.');
        }
      }, 0);
      return () => clearTimeout(timer);
    },
  };
}
