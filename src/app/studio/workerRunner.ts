/**
 * The browser's analysis runner: the repair-window analysis shared out to a pool of Web Workers,
 * one per logical core (at most 8), loaded and started once the repair windows' switch is shown
 * (or with the first run); cancelled by ending the workers.
 */
import type { AnalysisRunner } from '../../studio';

/** Runs per cell where no Worker exists (jsdom tests): small enough not to block the page. */
const FALLBACK_RUNS = 100;

/**
 * @example
 * createStudio({ analysis: workerRunner() });
 */
export function workerRunner(): AnalysisRunner {
  if (typeof Worker === 'undefined') {
    return lazyRunner(
      () =>
        import('../../studio/inlineRunner').then(({ inlineRunner }) =>
          inlineRunner({ maxRuns: FALLBACK_RUNS }),
        ),
      'The analysis could not load in this browser.',
    );
  }
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return lazyRunner(
    () =>
      import('./windowsPool').then(({ poolSize, windowsPool }) =>
        windowsPool({
          size: poolSize(cores),
          createWorker: () =>
            new Worker(new URL('./windowsWorker.ts', import.meta.url), { type: 'module' }),
        }),
      ),
    'The analysis could not load in this browser.',
  );
}

/** Runs `task` once the page has nothing more urgent to do. */
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 2000 })
    : setTimeout(task, 200);

/**
 * A runner whose code loads with its first run or when warmed (and once only); a run cancelled
 * meanwhile never starts.
 */
function lazyRunner(load: () => Promise<AnalysisRunner>, failure: string): AnalysisRunner {
  let loading: Promise<AnalysisRunner> | null = null;
  let warmed = false;
  return {
    // Once the page is idle (after the switch's paint), load the runner and start its workers.
    warm(likely) {
      if (warmed) return;
      warmed = true;
      whenIdle(() => {
        (loading ??= load()).then(
          (runner) => runner.warm?.(likely),
          () => {
            loading = null;
          },
        );
      });
    },
    run(request, report) {
      let cancel: (() => void) | null = null;
      let cancelled = false;
      (loading ??= load()).then(
        (runner) => {
          if (!cancelled) cancel = runner.run(request, report);
        },
        () => {
          loading = null;
          if (!cancelled) report.fail(failure);
        },
      );
      return () => {
        cancelled = true;
        cancel?.();
      };
    },
  };
}
