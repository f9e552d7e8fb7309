/**
 * The analysis on this thread: for Node, tests, and browsers without workers. A module of its own,
 * since it carries the whole dance engine: the studio's barrel does not export it, so a page that
 * never runs it never loads it (import it from here).
 */
import { repairWindows } from '../core';
import type { AnalysisRunner } from './analysisRunner';

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
