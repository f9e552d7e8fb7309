/** Web Worker: runs the repair-window analysis off the main thread and reports its progress. */
import { repairWindows, type RepairWindows } from '../../core';
import type { AnalysisRequest } from '../../studio';

export type WindowsRequest = AnalysisRequest;

export type WindowsReply =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'result'; readonly result: RepairWindows }
  | { readonly type: 'error'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<WindowsRequest>) => void) | null;
  postMessage: (reply: WindowsReply) => void;
}

const scope = self as unknown as WorkerScope;

// One worker runs one analysis; the studio ends it (terminate) to cancel.
scope.onmessage = ({ data }) => {
  try {
    const result = repairWindows(data.map, {
      runs: data.runs,
      seed: data.seed,
      therapistPresent: data.therapistPresent,
      onProgress: (done) => scope.postMessage({ type: 'progress', done }),
    });
    scope.postMessage({ type: 'result', result });
  } catch {
    scope.postMessage({ type: 'error', message: 'The analysis stopped unexpectedly.' });
  }
};
