/** The browser's analysis runner: the repair-window analysis in a Web Worker, cancelled by ending the worker. */
import type { AnalysisRunner } from '../../studio';
import type { WindowsReply, WindowsRequest } from './windowsWorker';

/** Runs per cell where no Worker exists (jsdom tests): small enough not to block the page. */
const FALLBACK_RUNS = 100;

/**
 * @example
 * createStudio({ analysis: workerRunner() });
 */
export function workerRunner(): AnalysisRunner {
  if (typeof Worker === 'undefined') return lazyInlineRunner();
  return {
    run(request, report) {
      const worker = new Worker(new URL('./windowsWorker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = ({ data }: MessageEvent<WindowsReply>) => {
        if (data.type === 'progress') report.progress(data.done);
        else if (data.type === 'result') report.done(data.result, request.runs);
        else report.fail(data.message);
      };
      worker.onerror = () => report.fail('The analysis could not run in this browser.');
      const message: WindowsRequest = request;
      worker.postMessage(message);
      return () => worker.terminate();
    },
  };
}

/** Without workers, the analysis runs on this thread; its code loads with the first run. */
function lazyInlineRunner(): AnalysisRunner {
  return {
    run(request, report) {
      let cancel: (() => void) | null = null;
      let cancelled = false;
      import('../../studio/inlineRunner').then(
        ({ inlineRunner }) => {
          if (!cancelled) cancel = inlineRunner({ maxRuns: FALLBACK_RUNS }).run(request, report);
        },
        () => report.fail('The analysis could not load in this browser.'),
      );
      return () => {
        cancelled = true;
        cancel?.();
      };
    },
  };
}
