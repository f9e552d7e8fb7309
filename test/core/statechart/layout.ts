/** The real ELK (the bundled elkjs, as the CLI uses it) laying out a map's statechart for the tests. */
import {
  layoutStatechart,
  statechartSvg,
  type ChartDirection,
  type CycleMap,
} from '../../../src/core';
import { nodeElkLayout } from '../../../src/cli/nodeElk';

export async function svgOf(map: CycleMap, direction: ChartDirection = 'RIGHT'): Promise<string> {
  return statechartSvg(await layoutStatechart(map, { layout: nodeElkLayout, direction }));
}

/** One element per line, so a change in a stored snapshot reads as a diff. */
export const perLine = (svg: string) => svg.replace(/></g, '>\n<');
