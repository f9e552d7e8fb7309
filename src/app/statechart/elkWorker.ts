/**
 * The statechart's layout off the main thread: elkjs (≈ 470 kB gzipped) is loaded only here, in a
 * Web Worker started when the Statechart view first opens, and never with the page itself.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { ElkGraphNode } from '../../core';

export interface LayoutRequest {
  readonly id: number;
  readonly graph: ElkGraphNode;
}

export type LayoutReply =
  | { readonly id: number; readonly graph: ElkGraphNode }
  | { readonly id: number; readonly error: string };

const elk = new ELK();

self.onmessage = ({ data }: MessageEvent<LayoutRequest>) => {
  elk.layout(data.graph as ElkNode).then(
    (graph) =>
      self.postMessage({ id: data.id, graph: graph as ElkGraphNode } satisfies LayoutReply),
    (error: unknown) =>
      self.postMessage({
        id: data.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LayoutReply),
  );
};
