/**
 * The statechart's pictures and exports: the compiled machine as boxes and arrows (`chartModel`),
 * an ELK graph of them (`elkGraph`), the laid-out scene (`layoutStatechart`), and the exports —
 * standalone SVG, Mermaid, the config as JSON and the XState module.
 */
export {
  chartModel,
  regionId,
  type BoxKind,
  type ChartBox,
  type ChartEdge,
  type ChartModel,
  type EdgeKind,
} from './chartModel';
export {
  elkGraph,
  type ChartDirection,
  type ElkGraphEdge,
  type ElkGraphLabel,
  type ElkGraphNode,
  type ElkLayout,
  type ElkPoint,
} from './elkGraph';
export {
  layoutStatechart,
  statechartScene,
  type SceneBox,
  type SceneEdge,
  type StatechartScene,
} from './statechartScene';
export { STATECHART_COLOURS, statechartDescription, statechartSvg } from './statechartSvg';
export { mermaid, mermaidId, mermaidOf, mermaidText } from './mermaid';
export {
  machineConfig,
  type MachineConfigJson,
  type StateConfigJson,
  type TransitionConfigJson,
} from './machineConfig';
export { MAP_PLACEHOLDER, machineModuleOf } from './machineModule';
export { withoutNonXml, xmlText } from './xmlText';
