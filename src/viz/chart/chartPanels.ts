/** Where the chart's parts sit on the page: the plot's left and right, and its panels top to bottom. */
import { clamp } from '../clamp';
import { LANE_ROW } from './chartRepairs';
import { labelWidth } from './chartText';

/** Space between the end of a line and the partner's name after it. */
const NAME_GAP = 14;

/** Below this width the chart uses shorter panels and tighter spacing. */
export const COMPACT_BELOW = 560;

/**
 * The plot's horizontal extent, with room on the right for the partners' names at the ends of
 * their lines (44 to 120 px).
 */
export function plotExtent(
  width: number,
  compact: boolean,
  names: readonly string[],
): { readonly left: number; readonly right: number } {
  const longestName = Math.max(...names.map(labelWidth));
  return {
    left: compact ? 40 : 48,
    right: width - clamp(longestName + NAME_GAP + 6, 44, 120),
  };
}

export interface ChartPanels {
  readonly scoreTitleY: number;
  /** Top of the repair lane, above the score panel. */
  readonly laneTop: number;
  readonly scoreTop: number;
  readonly scoreBottom: number;
  readonly heartTitleY: number;
  readonly heartTop: number;
  readonly heartBottom: number;
  readonly axisY: number;
  readonly axisTitleY: number;
  readonly height: number;
}

/** Top to bottom: the score panel's title, the repair lane, the score panel, the heart panel, the axis. */
export function chartPanels(laneRows: number, compact: boolean): ChartPanels {
  const laneTop = 24;
  const scoreTop = laneTop + laneRows * LANE_ROW + 10;
  const scoreBottom = scoreTop + (compact ? 150 : 190);
  const heartTop = scoreBottom + 50;
  const heartBottom = heartTop + (compact ? 120 : 150);
  return {
    scoreTitleY: 15,
    laneTop,
    scoreTop,
    scoreBottom,
    heartTitleY: scoreBottom + 38,
    heartTop,
    heartBottom,
    axisY: heartBottom,
    axisTitleY: heartBottom + 40,
    height: heartBottom + 50,
  };
}
