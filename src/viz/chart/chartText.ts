/** How wide the chart's labels run: the one text-width estimate at the sizes in scoreChart.css. */
import { BOLD_EM, LABEL_EM, textWidth } from '../textMeasure';

/** The largest label (a partner's name, 13 px bold); the others are 12 px, so this errs wide. */
const LABEL_FONT = 13;
/** The current turn's label, 12 px bold on a filled pill. */
const PILL_FONT = 12;

/** Estimated width of a label: a name, a repair, a gap's or the axis's title. */
export function labelWidth(text: string): number {
  return textWidth(text, LABEL_FONT, LABEL_EM);
}

/** Estimated width of the current turn's label ("turn 42"), for the pill drawn round it. */
export function pillTextWidth(text: string): number {
  return textWidth(text, PILL_FONT, BOLD_EM);
}
