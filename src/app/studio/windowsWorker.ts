/**
 * Web Worker: plays blocks of runs of the repair-window analysis off the main thread and sends
 * back their counts, which the pool (`windowsPool.ts`) adds up. One worker plays one block at a
 * time and can be given the next; the pool ends it (terminate) to cancel.
 */
import { repairWindowsBlock, type CycleMap, type WindowCounts } from '../../core';

/**
 * Runs `fromRun` up to (not including) `toRun` of the analysis of `map`. A warm-up block is played
 * only so that its code is compiled before the first real run; it is answered with `warmed`.
 */
export interface WindowsBlockRequest {
  readonly map: CycleMap;
  readonly seed: number;
  readonly therapistPresent: boolean;
  readonly fromRun: number;
  readonly toRun: number;
  readonly warmUp?: boolean;
}

export type WindowsReply =
  | { readonly type: 'counts'; readonly fromRun: number; readonly counts: WindowCounts }
  | { readonly type: 'warmed' }
  | { readonly type: 'error'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<WindowsBlockRequest>) => void) | null;
  postMessage: (reply: WindowsReply, transfer?: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const { map, seed, therapistPresent, fromRun, toRun } = data;
    const counts = repairWindowsBlock(map, { seed, therapistPresent }, fromRun, toRun);
    if (data.warmUp === true) {
      scope.postMessage({ type: 'warmed' });
      return;
    }
    // The counts' buffers move to the page rather than being copied.
    scope.postMessage({ type: 'counts', fromRun, counts }, [
      counts.wins.buffer,
      counts.turns.buffer,
      counts.breaks.buffer,
    ]);
  } catch {
    scope.postMessage({ type: 'error', message: 'The analysis stopped unexpectedly.' });
  }
};
