/** Where the two partners stand under the loop, and how far apart they drift as the dance heats. */
import { charBudget } from '../textMeasure';
import type { LoopMetrics } from './loopMetrics';

export interface FigureLayout {
  readonly y: number;
  readonly radius: number;
  readonly nameY: number;
  readonly floodedY: number;
  /** Distance of each figure from the centre: calm, at full heat, and reconnected. */
  readonly calmOffset: number;
  readonly maxOffset: number;
  readonly togetherOffset: number;
  /** Characters of a name that fit under a figure. */
  readonly nameBudget: number;
}

/** The figures under the loop, from `top` down; they drift apart across the full width as the dance heats. */
export function figuresLayout(top: number, cx: number, m: LoopMetrics): FigureLayout {
  const r = m.figureRadius;
  const y = top + r;
  return {
    y,
    radius: r,
    nameY: y + r + m.nameFont + 8,
    floodedY: y + r + m.nameFont + 8 + m.lineHeight,
    calmOffset: r + (m.compact ? 16 : 26),
    maxOffset: Math.max(r + 20, cx - m.pad - r - 24),
    togetherOffset: r + 8,
    nameBudget: charBudget(2 * r + 40, m.nameFont),
  };
}
