/** Runs the repair-window analysis in a Web Worker whenever the map or the therapist switch changes. */
import { useEffect, useMemo, useState } from 'react';
import { repairWindows, type CycleMap, type RepairWindows } from '../../core';
import type { WindowsReply, WindowsRequest } from './windowsWorker';

export type WindowsState =
  | { readonly status: 'off' }
  | { readonly status: 'running'; readonly progress: number }
  | { readonly status: 'done'; readonly result: RepairWindows; readonly runs: number }
  | { readonly status: 'error'; readonly message: string };

/** Monte Carlo runs per cell: the default analysis. */
export const WINDOW_RUNS = 1000;
/** Runs per cell where no Worker exists (tests): small enough not to block the page. */
const FALLBACK_RUNS = 100;

let nextRequest = 1;

export function useRepairWindows(
  map: CycleMap,
  therapistPresent: boolean,
  enabled: boolean,
  seed = 1,
): WindowsState {
  // Replies are kept with the request they answer, so a stale reply never shows for new inputs.
  const request = useMemo(() => ({ map, therapistPresent, seed }), [map, therapistPresent, seed]);
  const [reply, setReply] = useState<{ request: typeof request; state: WindowsState } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const answer = (state: WindowsState) => setReply({ request, state });
    const id = nextRequest++;
    if (typeof Worker === 'undefined') {
      // No workers (a test environment): a smaller analysis, on the next task so the view updates first.
      const timer = setTimeout(() => {
        answer({
          status: 'done',
          result: repairWindows(request.map, { runs: FALLBACK_RUNS, seed, therapistPresent }),
          runs: FALLBACK_RUNS,
        });
      }, 0);
      return () => clearTimeout(timer);
    }
    const worker = new Worker(new URL('./windowsWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<WindowsReply>) => {
      if (data.id !== id) return;
      if (data.type === 'progress') answer({ status: 'running', progress: data.done });
      else if (data.type === 'result')
        answer({ status: 'done', result: data.result, runs: WINDOW_RUNS });
      else answer({ status: 'error', message: data.message });
    };
    worker.onerror = () =>
      answer({ status: 'error', message: 'The analysis could not run in this browser.' });
    const message: WindowsRequest = {
      id,
      map: request.map,
      runs: WINDOW_RUNS,
      seed,
      therapistPresent,
    };
    worker.postMessage(message);
    return () => worker.terminate();
  }, [request, enabled, seed, therapistPresent]);
  if (!enabled) return { status: 'off' };
  return reply?.request === request ? reply.state : { status: 'running', progress: 0 };
}
