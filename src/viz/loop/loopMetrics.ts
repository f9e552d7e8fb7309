/** The DanceLoop's sizes for a width: type, spacing and the loop's proportions, roomier on wide screens. */
import { clamp } from '../clamp';

/** Sizes in SVG units; the viewBox is as wide as the container, so one unit is one CSS pixel. */
export interface LoopMetrics {
  readonly compact: boolean;
  readonly pad: number;
  readonly font: number;
  readonly lineHeight: number;
  readonly captionFont: number;
  readonly captionLine: number;
  readonly smallFont: number;
  readonly smallLine: number;
  readonly nameFont: number;
  readonly nodeRadius: number;
  readonly labelPad: number;
  readonly stepGap: number;
  readonly capHeight: number;
  readonly loopHalfWidth: number;
  readonly figureRadius: number;
  readonly maxLines: number;
  readonly belowMaxLines: number;
  readonly badgeHeight: number;
  /** Widest the loop opens at a crossing once the couple reconnects. */
  readonly gapMax: number;
}

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 1200;
/** Below this width the loop uses smaller type and tighter spacing. */
export const COMPACT_BELOW = 600;

/**
 * @example
 * metricsFor(390).compact; // true: phone-sized type and spacing
 */
export function metricsFor(width: number): LoopMetrics {
  const compact = width < COMPACT_BELOW;
  return compact
    ? {
        compact,
        pad: 4,
        font: 14,
        lineHeight: 18,
        captionFont: 11,
        captionLine: 15,
        smallFont: 12,
        smallLine: 15,
        nameFont: 14,
        nodeRadius: 11,
        labelPad: 9,
        stepGap: 12,
        capHeight: 40,
        loopHalfWidth: Math.round(clamp(width * 0.09, 28, 50)),
        figureRadius: 20,
        maxLines: 10,
        belowMaxLines: 6,
        badgeHeight: 20,
        gapMax: 40,
      }
    : {
        compact,
        pad: 12,
        font: 16,
        lineHeight: 21,
        captionFont: 12,
        captionLine: 17,
        smallFont: 13,
        smallLine: 17,
        nameFont: 16,
        nodeRadius: 15,
        labelPad: 12,
        stepGap: 16,
        capHeight: 56,
        loopHalfWidth: Math.round(clamp(width * 0.09, 54, 100)),
        figureRadius: 28,
        maxLines: 3,
        belowMaxLines: 5,
        badgeHeight: 24,
        gapMax: 64,
      };
}
