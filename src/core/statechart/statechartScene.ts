/**
 * ELK's laid-out graph turned into a plain scene: boxes and edges with their kinds, words and
 * coordinates, all a view (or the SVG writer) needs to draw the statechart. `layoutStatechart`
 * runs the three steps: model → ELK graph → layout → scene.
 */
import type { CycleMap } from '../document/types';
import type { PartnerIndex } from '../engine/danceModel';
import { chartModel, type BoxKind, type ChartEdge, type ChartModel } from './chartModel';
import {
  elkGraph,
  type ChartDirection,
  type ElkGraphEdge,
  type ElkGraphNode,
  type ElkLayout,
  type ElkPoint,
} from './elkGraph';

export interface SceneBox {
  readonly id: string;
  readonly parent: string | null;
  readonly kind: BoxKind;
  readonly partner: PartnerIndex | null;
  readonly compound: boolean;
  /** The heading first, then the words (free of characters XML forbids). */
  readonly lines: readonly string[];
  readonly truncated: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A transition as the model has it (ChartEdge), with its route and its label's place. */
export interface SceneEdge extends ChartEdge {
  /** The route from source to target, its last point at the target's border. */
  readonly points: readonly ElkPoint[];
  /** Where the label's box sits (top left), or `null` for an edge without one. */
  readonly labelBox: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  } | null;
}

export interface StatechartScene {
  readonly title: string;
  readonly partners: readonly [string, string];
  readonly direction: ChartDirection;
  readonly width: number;
  readonly height: number;
  /** Outer boxes before the boxes inside them, so drawing in order never hides one. */
  readonly boxes: readonly SceneBox[];
  readonly edges: readonly SceneEdge[];
}

/** Coordinates to a tenth of a pixel: enough for a drawing, and stable in stored snapshots. */
const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

/**
 * The scene of a laid-out graph. Coordinates are ELK's, from the chart's top left (`ROOT`).
 *
 * @example
 * const scene = statechartScene(model, await elk.layout(elkGraph(model, 'RIGHT')), 'RIGHT');
 */
export function statechartScene(
  model: ChartModel,
  laidOut: ElkGraphNode,
  direction: ChartDirection,
): StatechartScene {
  const nodes = new Map<string, ElkGraphNode>();
  const collect = (node: ElkGraphNode): void => {
    for (const child of node.children ?? []) {
      nodes.set(child.id, child);
      collect(child);
    }
  };
  collect(laidOut);
  const edges = new Map<string, ElkGraphEdge>();
  const collectEdges = (node: ElkGraphNode): void => {
    for (const edge of node.edges ?? []) edges.set(edge.id, edge);
    for (const child of node.children ?? []) collectEdges(child);
  };
  collectEdges(laidOut);

  const boxes = model.boxes.map((box): SceneBox => {
    const node = nodes.get(box.id);
    return {
      id: box.id,
      parent: box.parent,
      kind: box.kind,
      partner: box.partner,
      compound: box.compound,
      lines: box.lines,
      truncated: box.truncated,
      x: round(node?.x),
      y: round(node?.y),
      width: round(node?.width ?? box.width),
      height: round(node?.height ?? box.height),
    };
  });
  return {
    title: model.title,
    partners: model.partners,
    direction,
    width: round(laidOut.width),
    height: round(laidOut.height),
    boxes,
    edges: model.edges.map((edge): SceneEdge => {
      const laid = edges.get(edge.id);
      const label = laid?.labels?.[0];
      return {
        ...edge,
        points: pointsOf(laid),
        labelBox:
          label === undefined || edge.label === ''
            ? null
            : {
                x: round(label.x),
                y: round(label.y),
                width: round(label.width),
                height: round(label.height),
              },
      };
    }),
  };
}

/** The route of an edge: its sections joined, each point once. */
function pointsOf(edge: ElkGraphEdge | undefined): ElkPoint[] {
  const points: ElkPoint[] = [];
  for (const section of edge?.sections ?? []) {
    for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
      const point = { x: round(p.x), y: round(p.y) };
      const last = points.at(-1);
      if (last === undefined || last.x !== point.x || last.y !== point.y) points.push(point);
    }
  }
  return points;
}

/**
 * A map's statechart, laid out: ELK's `layout` is passed in (a worker-backed one in the browser,
 * the bundled one under Node), so the core never loads elkjs itself.
 *
 * @example
 * const elk = new ELK(); // from 'elkjs/lib/elk.bundled.js'
 * const scene = await layoutStatechart(map, { layout: (g) => elk.layout(g) });
 */
export async function layoutStatechart(
  map: CycleMap,
  options: { readonly layout: ElkLayout; readonly direction?: ChartDirection },
): Promise<StatechartScene> {
  const direction = options.direction ?? 'RIGHT';
  const model = chartModel(map);
  const laidOut = await options.layout(elkGraph(model, direction));
  return statechartScene(model, laidOut, direction);
}
