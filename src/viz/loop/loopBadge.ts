/** A step's repair-window badge: its words, and a pill sized to them under the step's label. */
import { clamp } from '../clamp';
import { CHAR_EM_WIDEST, textWidth } from '../textMeasure';
import type { LoopMetrics } from './loopMetrics';
import type { StepLayout } from './loopSteps';
import type { StepBadge } from './loopWords';

export interface BadgeLayout {
  /** "7 in 10", or "Best window · 7 in 10" for the best one. */
  readonly text: string;
  readonly best: boolean;
  /** The pill, flush with the label's outer edge. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The text's centre and baseline. */
  readonly textX: number;
  readonly textY: number;
  readonly fontSize: number;
}

/** Badge type never goes below this, so a crowded column still reads. */
const MIN_BADGE_FONT = 10;
/** Room on either side of the words inside the pill. */
const BADGE_PADDING = 7;

/**
 * A long badge ("Best window · 7 in 10") in a narrow column gets smaller type, never cut words.
 *
 * @example
 * badgeLayout(step, metrics, { text: '7 in 10', best: true }).text; // 'Best window · 7 in 10'
 */
export function badgeLayout(step: StepLayout, m: LoopMetrics, badge: StepBadge): BadgeLayout {
  const text = badge.best ? `Best window · ${badge.text}` : badge.text;
  const font = clamp(
    (m.smallFont * (step.labelWidth - 16)) / textWidth(text, m.smallFont, CHAR_EM_WIDEST),
    MIN_BADGE_FONT,
    m.smallFont,
  );
  const width = textWidth(text, font, CHAR_EM_WIDEST) + 2 * BADGE_PADDING;
  const x = step.anchor === 'end' ? step.labelX - width : step.labelX;
  const height = m.badgeHeight - 2;
  return {
    text,
    best: badge.best,
    x,
    y: step.badgeY,
    width,
    height,
    textX: x + width / 2,
    textY: step.badgeY + height / 2 + font * 0.36,
    fontSize: Math.round(font * 10) / 10,
  };
}
