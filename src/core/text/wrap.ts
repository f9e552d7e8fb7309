/** Word wrapping for SVG text, by a character budget per line: SVG has no wrapping of its own. */

export interface WrappedText {
  readonly lines: readonly string[];
  /** Whether words were left out to stay within `maxLines` (the last line then ends with "…"). */
  readonly truncated: boolean;
}

const ELLIPSIS = '…';

/**
 * Greedy word wrap: as many whole words on a line as the budget allows; a word longer than a
 * whole line is cut into pieces. Whitespace (line breaks included) collapses to single spaces.
 *
 * @example
 * wrapText('I push harder: "You never listen!"', 16, 2);
 * // { lines: ['I push harder:', '"You never…'], truncated: true }
 */
export function wrapText(text: string, budget: number, maxLines = Infinity): WrappedText {
  const width = Math.max(2, Math.floor(budget));
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => piecesOf(word, width));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, Math.max(1, Math.floor(maxLines)));
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? '', width);
  return { lines: kept, truncated: true };
}

/** A word cut into pieces no longer than a line (a long URL or a run of letters). */
function piecesOf(word: string, width: number): string[] {
  const chars = [...word];
  if (chars.length <= width) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += width) pieces.push(chars.slice(i, i + width).join(''));
  return pieces;
}

/** The line with "…" appended, shortened at a word boundary (if one is near) to stay in budget. */
function withEllipsis(line: string, width: number): string {
  if (line.length + 1 <= width) return `${line}${ELLIPSIS}`;
  const room = line.slice(0, width - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= width / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.]+$/, '')}${ELLIPSIS}`;
}

/**
 * Lines for the `<tspan>`s of one `<text>`, with the spaces between them kept so the element's
 * text reads as the sentence it is. The space goes where it cannot move a line: at the end of a
 * left-aligned line, at the start of a right-aligned one.
 */
export function spacedLines(lines: readonly string[], anchor: 'start' | 'end'): string[] {
  return lines.map((line, i) => {
    if (anchor === 'end') return i === 0 ? line : ` ${line}`;
    return i === lines.length - 1 ? line : `${line} `;
  });
}
