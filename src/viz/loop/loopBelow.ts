/** Below the line: each partner's iceberg, holding what lies under their moves (primary emotion, fear, longing). */
import { line } from 'd3-shape';
import { BELOW_THE_LINE, LAYER_INFO } from '../../core';
import type { BelowTheLineLayer, CycleMap, PartnerIndex } from '../../core';
import { round2 } from '../round2';
import { charBudget } from '../textMeasure';
import { UNEXPLORED_TEXT, isUnexplored } from '../unexplored';
import type { LoopMetrics } from './loopMetrics';
import type { Box } from './loopSteps';
import { wrapText } from './wrapText';

export interface BelowEntryLayout {
  readonly layer: BelowTheLineLayer;
  readonly label: string;
  readonly text: string;
  readonly unexplored: boolean;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  readonly labelY: number;
  readonly lineYs: readonly number[];
  readonly box: Box;
}

export interface BelowLayout {
  readonly partner: PartnerIndex;
  /** The iceberg's outline, a closed path. */
  readonly shape: string;
  readonly textX: number;
  readonly entries: readonly BelowEntryLayout[];
}

/** The room an iceberg has: from `x0` to `x1`, below `top`. */
export interface BelowArea {
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
}

/** An iceberg: narrow where it meets the line, widest a quarter of the way down, tapering below. */
const OUTLINE: readonly (readonly [number, number])[] = [
  [0.07, 0],
  [0.93, 0],
  [1, 0.18],
  [0.97, 0.88],
  [0.88, 1],
  [0.12, 1],
  [0.03, 0.9],
  [0, 0.2],
];

/** One partner's iceberg in its area, and where it ends (the drawing's height follows from it). */
export function icebergLayout(
  map: CycleMap,
  partner: PartnerIndex,
  m: LoopMetrics,
  area: BelowArea,
): { readonly below: BelowLayout; readonly bottom: number } {
  const w = area.x1 - area.x0;
  const inset = w * 0.09;
  const textX = round2(area.x0 + inset);
  const budget = charBudget(w - 2 * inset, m.font);
  let y = area.top + 18;
  const entries = BELOW_THE_LINE.map((layer): BelowEntryLayout => {
    const raw = map.partners[partner].layers[layer];
    const unexplored = isUnexplored(raw);
    const text = unexplored ? UNEXPLORED_TEXT : raw.trim();
    const wrapped = wrapText(text, budget, m.belowMaxLines);
    const top = y;
    const labelY = top + m.captionFont;
    const lineYs = wrapped.lines.map((_, i) => top + m.captionLine + i * m.lineHeight + m.font);
    const bottom = top + m.captionLine + wrapped.lines.length * m.lineHeight;
    y = bottom + (m.compact ? 8 : 12);
    return {
      layer,
      label: LAYER_INFO[layer].label,
      text,
      unexplored,
      ...wrapped,
      labelY,
      lineYs,
      box: {
        x: textX - 6,
        y: top - 4,
        width: round2(w - 2 * inset + 12),
        height: bottom - top + 8,
      },
    };
  });
  // The text ends before the iceberg starts to taper (at 88 % of its height).
  const h = (y - area.top) / 0.9;
  const shape = line()(
    OUTLINE.map(([fx, fy]) => [round2(area.x0 + fx * w), round2(area.top + fy * h)]),
  );
  return { below: { partner, shape: `${shape ?? ''}Z`, textX, entries }, bottom: area.top + h };
}
