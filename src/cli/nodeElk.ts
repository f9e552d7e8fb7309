/** ELK's layout under Node: the bundled elkjs (no worker), made once and shared by every layout. */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { ElkGraphNode, ElkLayout } from '../core';

let elk: InstanceType<typeof ELK> | undefined;

export const nodeElkLayout: ElkLayout = async (graph: ElkGraphNode) => {
  elk ??= new ELK();
  // ELK's types ask for mutable arrays; it reads the graph and returns a new, laid-out copy.
  return (await elk.layout(graph as ElkNode)) as ElkGraphNode;
};
