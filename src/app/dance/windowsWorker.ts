/** Web Worker: runs the repair-window analysis off the main thread and reports its progress. */
import { repairWindows, type CycleMap } from '../../core';

export interface WindowsRequest {
  readonly id: number;
  readonly map: CycleMap;
  readonly runs: number;
  readonly seed: number;
  readonly therapistPresent: boolean;
}

export type WindowsReply =
  | { readonly id: number; readonly type: 'progress'; readonly done: number }
  | {
      readonly id: number;
      readonly type: 'result';
      readonly result: ReturnType<typeof repairWindows>;
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<WindowsRequest>) => void) | null;
  postMessage: (reply: WindowsReply) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const result = repairWindows(data.map, {
      runs: data.runs,
      seed: data.seed,
      therapistPresent: data.therapistPresent,
      onProgress: (done) => scope.postMessage({ id: data.id, type: 'progress', done }),
    });
    scope.postMessage({ id: data.id, type: 'result', result });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      type: 'error',
      message: error instanceof Error ? error.message : 'The analysis stopped unexpectedly.',
    });
  }
};
