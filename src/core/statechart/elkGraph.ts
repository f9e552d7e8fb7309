/**
 * The statechart as an ELK graph (JSON): a compound node for the loop, each partner's region and
 * the repair path, a node for every other state, an edge for every transition with its label. The
 * core never loads elkjs: whoever lays the graph out passes ELK's `layout` (a worker in the browser,
 * `elk.bundled.js` under Node).
 */
import { CHAR_EM_WIDEST, textWidth } from '../text/measure';
import type { ChartBox, ChartModel } from './chartModel';

/** Left to right, or top down. */
export type ChartDirection = 'RIGHT' | 'DOWN';

/** The part of ELK's JSON graph format this module writes and reads back. */
export interface ElkGraphNode {
  readonly id: string;
  readonly width?: number;
  readonly height?: number;
  readonly x?: number;
  readonly y?: number;
  readonly layoutOptions?: Readonly<Record<string, string>>;
  readonly children?: readonly ElkGraphNode[];
  readonly edges?: readonly ElkGraphEdge[];
  readonly labels?: readonly ElkGraphLabel[];
}

export interface ElkGraphLabel {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
}

export interface ElkGraphEdge {
  readonly id: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly labels?: readonly ElkGraphLabel[];
  readonly sections?: readonly {
    readonly startPoint: ElkPoint;
    readonly endPoint: ElkPoint;
    readonly bendPoints?: readonly ElkPoint[];
  }[];
}

export interface ElkPoint {
  readonly x: number;
  readonly y: number;
}

/** What `new ELK().layout` does, as far as the statechart needs it. */
export type ElkLayout = (graph: ElkGraphNode) => Promise<ElkGraphNode>;

/** Edge labels: small text on a paper-coloured ground. */
export const EDGE_LABEL_FONT = { size: 11, height: 15, padX: 3 } as const;

/**
 * Options for the whole graph: layered, every coordinate given from the top left of the chart
 * (`ROOT`), edges routed across the compound nodes' borders (`INCLUDE_CHILDREN`), and the order of
 * the machine's definition kept where the layering allows, so the same map always lays out alike.
 */
function rootOptions(direction: ChartDirection): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.json.shapeCoords': 'ROOT',
    'elk.json.edgeCoords': 'ROOT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.spacing.nodeNodeBetweenLayers': '36',
    'elk.spacing.nodeNode': '24',
    'elk.spacing.edgeNode': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    'elk.randomSeed': '1',
  };
}

/** Room inside a compound box: its heading at the top, then a margin round its children. */
function compoundOptions(box: ChartBox): Record<string, string> {
  const top = box.height + 8;
  return {
    'elk.padding': `[top=${top},left=14,bottom=14,right=14]`,
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': `(${box.width},${box.height})`,
  };
}

/**
 * The ELK graph of a statechart model.
 *
 * @example
 * const laidOut = await new ELK().layout(elkGraph(chartModel(map), 'RIGHT'));
 */
export function elkGraph(model: ChartModel, direction: ChartDirection): ElkGraphNode {
  const childrenOf = (parent: string | null): ElkGraphNode[] =>
    model.boxes
      .filter((box) => box.parent === parent)
      .map((box) =>
        box.compound
          ? { id: box.id, layoutOptions: compoundOptions(box), children: childrenOf(box.id) }
          : { id: box.id, width: box.width, height: box.height },
      );
  return {
    id: 'statechart',
    layoutOptions: rootOptions(direction),
    children: childrenOf(null),
    edges: model.edges.map((edge) => ({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      ...(edge.kind === 'crossing' && edge.target.includes('.partner1.')
        ? { layoutOptions: { 'elk.layered.priority.direction': '10' } }
        : {}),
      ...(edge.label === ''
        ? {}
        : {
            labels: [
              {
                text: edge.label,
                width: Math.ceil(
                  textWidth(edge.label, EDGE_LABEL_FONT.size, CHAR_EM_WIDEST) +
                    2 * EDGE_LABEL_FONT.padX,
                ),
                height: EDGE_LABEL_FONT.height,
              },
            ],
          }),
    })),
  };
}
