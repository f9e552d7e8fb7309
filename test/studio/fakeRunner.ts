/** A fake analysis runner for studio tests: it records each request and lets the test answer it. */
import { repairWindows } from '../../src/core';
import type { AnalysisReport, AnalysisRequest, AnalysisRunner } from '../../src/studio';

export interface FakeRun {
  readonly request: AnalysisRequest;
  readonly report: AnalysisReport;
  cancelled: boolean;
  /** Answers with a real (small) analysis of the request. */
  finish(runs?: number): void;
}

export function fakeRunner(): AnalysisRunner & {
  readonly runs: FakeRun[];
  readonly warmed: () => number;
  /** The run it was last told to expect when warmed. */
  readonly likely: () => AnalysisRequest | undefined;
} {
  const runs: FakeRun[] = [];
  let warmed = 0;
  let likely: AnalysisRequest | undefined;
  return {
    runs,
    warmed: () => warmed,
    likely: () => likely,
    warm(request) {
      warmed += 1;
      likely = request;
    },
    run(request, report) {
      const run: FakeRun = {
        request,
        report,
        cancelled: false,
        finish(count = 20) {
          const result = repairWindows(request.map, {
            runs: count,
            seed: request.seed,
            therapistPresent: request.therapistPresent,
          });
          report.done(result, count);
        },
      };
      runs.push(run);
      return () => {
        run.cancelled = true;
      };
    },
  };
}
