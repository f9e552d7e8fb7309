/**
 * The words in a statechart box and the size they need: a heading, then the map's own words
 * wrapped to a budget of characters a line, cut with "…" past a few lines (a 400-character layer
 * would otherwise make one box tower over the chart).
 */
import { CHAR_EM_WIDEST, textWidth } from '../text/measure';
import { wrapText } from '../text/wrap';
import { withoutNonXml } from './xmlText';

export interface BoxText {
  /** The heading first, then the words, a line each; already free of characters XML forbids. */
  readonly lines: readonly string[];
  /** Whether the words were cut to fit (the last line then ends with "…"). */
  readonly truncated: boolean;
  /** The box's size; for a box that holds others, the room its heading needs. */
  readonly width: number;
  readonly height: number;
}

/** Sizes shared with the drawing (`statechartSvg.ts`), so boxes fit what is drawn in them. */
export const BOX_FONT = {
  size: 13,
  line: 17,
  padX: 10,
  padY: 8,
  /** Characters a line of words: about 200 px of text. */
  budget: 28,
  /** Lines of words under a heading; more are cut with "…". */
  maxLines: 6,
  minWidth: 88,
} as const;

const HISTORY_SIZE = 34;
const DOT_SIZE = 14;

function measured(lines: readonly string[], truncated: boolean): BoxText {
  const widest = Math.max(
    0,
    ...lines.map((line) => textWidth(line, BOX_FONT.size, CHAR_EM_WIDEST)),
  );
  return {
    lines,
    truncated,
    width: Math.ceil(Math.max(BOX_FONT.minWidth, widest + 2 * BOX_FONT.padX)),
    height: Math.ceil(lines.length * BOX_FONT.line + 2 * BOX_FONT.padY),
  };
}

/** Whitespace (line breaks, tabs) collapsed, and characters XML forbids gone. */
function plain(text: string): string {
  return withoutNonXml(text).replace(/\s+/g, ' ').trim();
}

export const boxText = {
  /** A state with a heading and, for a step, the partner's words for it. */
  step(heading: string, words: string | undefined): BoxText {
    const head = wrapText(plain(heading), BOX_FONT.budget, 2);
    const body =
      words === undefined
        ? { lines: [], truncated: false }
        : wrapText(plain(words) || '(not written yet)', BOX_FONT.budget, BOX_FONT.maxLines);
    return measured([...head.lines, ...body.lines], head.truncated || body.truncated);
  },
  /** The heading of a box that holds others (a partner's steps, the loop, the repair path). */
  heading(heading: string): BoxText {
    const head = wrapText(plain(heading), BOX_FONT.budget + 8, 2);
    return measured(head.lines, head.truncated);
  },
  history(label: string): BoxText {
    return { lines: [label], truncated: false, width: HISTORY_SIZE, height: HISTORY_SIZE };
  },
  dot(): BoxText {
    return { lines: [], truncated: false, width: DOT_SIZE, height: DOT_SIZE };
  },
};
