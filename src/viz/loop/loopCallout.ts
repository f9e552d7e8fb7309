/** Where the full words of a step or layer show on focus and hover: a box beside it, kept inside the drawing. */
import { clamp } from '../clamp';
import { charBudget } from '../textMeasure';
import type { LoopLayout } from './loopLayout';
import { wrapText } from './wrapText';

export interface CalloutLayout {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly titleY: number;
  readonly lines: readonly string[];
  readonly lineYs: readonly number[];
}

/**
 * The callout beside `anchor`, on the side facing the middle, kept inside the drawing (a callout
 * taller than the drawing starts at its top).
 */
export function calloutLayout(
  layout: Pick<LoopLayout, 'width' | 'height' | 'metrics'>,
  anchor: { readonly x: number; readonly y: number; readonly side: 'left' | 'right' },
  title: string,
  text: string,
): CalloutLayout {
  const m = layout.metrics;
  const width = Math.min(m.compact ? 300 : 360, layout.width - 2 * m.pad);
  const inner = width - 24;
  const titleLines = wrapText(title, charBudget(inner, m.smallFont), 1).lines;
  const { lines } = wrapText(text, charBudget(inner, m.font));
  const height = 12 + m.smallLine + 4 + lines.length * m.lineHeight + 10;
  const gap = m.nodeRadius + 10;
  const preferred = anchor.side === 'left' ? anchor.x + gap : anchor.x - gap - width;
  const x = clamp(preferred, m.pad, layout.width - m.pad - width);
  const y = clamp(anchor.y - height / 2, m.pad, layout.height - m.pad - height);
  return {
    x,
    y,
    width,
    height,
    title: titleLines[0] ?? '',
    titleY: y + 10 + m.smallFont,
    lines,
    lineYs: lines.map((_, i) => y + 12 + m.smallLine + 4 + i * m.lineHeight + m.font - 2),
  };
}
