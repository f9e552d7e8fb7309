/**
 * ELK's `layout`, answered by the statechart's worker (elkWorker.ts): one worker for the page,
 * started on the first layout. Where there is no Worker at all the layout fails, and the view says
 * so (its exports that need no layout still work).
 */
import type { ElkGraphNode, ElkLayout } from '../../core';
import type { LayoutReply, LayoutRequest } from './elkWorker';

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<
  number,
  { resolve: (g: ElkGraphNode) => void; reject: (e: Error) => void }
>();

function started(): Worker {
  if (worker !== null) return worker;
  worker = new Worker(new URL('./elkWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) pending?.reject(new Error(data.error));
    else pending?.resolve(data.graph);
  };
  worker.onerror = () => {
    for (const pending of waiting.values())
      pending.reject(new Error('The layout could not run in this browser.'));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export const workerLayout: ElkLayout = (graph) => {
  if (typeof Worker === 'undefined')
    return Promise.reject(new Error('No Web Worker here to lay the statechart out.'));
  return new Promise((resolve, reject) => {
    const id = ++next;
    waiting.set(id, { resolve, reject });
    const request: LayoutRequest = { id, graph };
    started().postMessage(request);
  });
};

/**
 * Starts the worker (and elkjs in it) ahead of the first layout, when someone is about to open
 * the statechart (their pointer is over its tab, or the tab has focus): the chart is then laid out
 * by a warm worker instead of waiting for elkjs to load.
 */
export function warmLayoutWorker(): void {
  if (typeof Worker !== 'undefined') started();
}
