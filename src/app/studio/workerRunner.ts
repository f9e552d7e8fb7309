/** The browser's analysis runner: the repair-window analysis in a Web Worker, cancelled by ending the worker. */
import { inlineRunner, type AnalysisRunner } from '../../studio';
import type { WindowsReply, WindowsRequest } from './windowsWorker';

/** Runs per cell where no Worker exists (jsdom tests): small enough not to block the page. */
const FALLBACK_RUNS = 100;

/**
 * @example
 * createStudio({ analysis: workerRunner() });
 */
export function workerRunner(): AnalysisRunner {
  if (typeof Worker === 'undefined') return inlineRunner({ maxRuns: FALLBACK_RUNS });
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
