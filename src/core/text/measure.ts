/**
 * The one estimate of how wide SVG text runs, and how much text fits a width: the layouts (the
 * dance loop, the statechart) are pure and run without a DOM, so they estimate instead of measuring.
 *
 * Every estimate is a count of characters times an average advance, given as a share of the font
 * size (an em). The shares differ only by the kind of text, never by who is asking.
 */

/**
 * Lines of a sentence in system sans faces (San Francisco, Segoe UI, Roboto, DejaVu Sans) measure
 * 0.46–0.54 em a character depending on the letters; budgets use a little over the middle.
 */
export const CHAR_EM = 0.52;

/** Boxes drawn round a sentence allow for a line of wide letters. */
export const CHAR_EM_WIDEST = 0.56;

/**
 * Short semibold and bold labels (the chart's names, repairs and gap labels): 7 px a character at
 * 13 px. Written as a fraction so that widths come out as whole multiples of 7, as they always have.
 */
export const LABEL_EM = 7 / 13;

/** Bold text in a filled pill (the chart's current turn): 7.6 px a character at 12 px. */
export const BOLD_EM = 7.6 / 12;

/**
 * Estimated width of a line of text. Characters are counted as code points, so an emoji counts once.
 *
 * @example
 * textWidth('Theo', 16); // 33.28
 * textWidth('Theo', 16, CHAR_EM_WIDEST); // 35.84
 */
export function textWidth(text: string, fontSize: number, em = CHAR_EM): number {
  return [...text].length * fontSize * em;
}

/**
 * How many characters of a font size fit in a width (never fewer than 4).
 *
 * @example
 * charBudget(200, 16); // 24
 */
export function charBudget(width: number, fontSize: number): number {
  return Math.max(4, Math.floor(width / (fontSize * CHAR_EM)));
}

/**
 * A text cut to a character budget with "…", for names and one-line labels.
 *
 * @example
 * shorten('Alexandrina', 6); // 'Alexa…'
 */
export function shorten(text: string, budget: number): string {
  const chars = [...text.trim()];
  return chars.length <= budget
    ? chars.join('')
    : `${chars.slice(0, Math.max(1, budget - 1)).join('')}…`;
}
