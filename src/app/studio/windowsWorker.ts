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

/**
 * Runs per call of a warm-up: V8 compiles a function for its later calls once it has been called
 * often enough, while one long call only has its loop compiled for that call (measured in Node on
 * the flip, the first real block after a warm-up of 20 runs: 58–84 ms in one call, 36–47 ms in 20
 * calls of 2, against 31–33 ms warm).
 */
const WARM_UP_CALL_RUNS = 2;

/**
 * The setting a warm-up call plays: the likely run's, and every other call the other one, which
 * is the next run a person is likely to ask for (the "Therapist present" switch beside the repair
 * windows). Measured in Chromium, the first flip of that switch took 177–338 ms on the built-in
 * maps when the warm-up played one setting, 82–217 ms when it played both.
 */
const warmUpSetting = (likely: boolean, call: number) => (call % 2 === 0 ? likely : !likely);

scope.onmessage = ({ data }) => {
  try {
    const { map, seed, therapistPresent, fromRun, toRun } = data;
    if (data.warmUp === true) {
      for (let from = fromRun; from < toRun; from += WARM_UP_CALL_RUNS)
        repairWindowsBlock(
          map,
          { seed, therapistPresent: warmUpSetting(therapistPresent, from / WARM_UP_CALL_RUNS) },
          from,
          Math.min(toRun, from + WARM_UP_CALL_RUNS),
        );
      scope.postMessage({ type: 'warmed' });
      return;
    }
    const counts = repairWindowsBlock(map, { seed, therapistPresent }, fromRun, toRun);
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
