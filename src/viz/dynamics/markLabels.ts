/**
 * Where the words beside the steady states go: to the right of each mark, or below it when that
 * would cover an earlier word, or left out (the table and the mark's own name still say it); and
 * where the box of a focused mark's eigenvalues fits inside the plane.
 */
import { textWidth } from '../textMeasure';
import { PLANE } from './planeScales';

/** The marks' words are this size, in viewBox units. */
export const MARK_FONT = 12;
const LINE = 15;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface MarkLabel {
  /** The text's start (its baseline's left end). */
  readonly x: number;
  readonly y: number;
}

/**
 * @example
 * markLabels([{ x: 100, y: 100, text: '1 stable' }, { x: 102, y: 101, text: '2 saddle' }]);
 * // [{ x: 111, y: 104 }, { x: 113, y: 121 }]: the second word drops a line
 */
export function markLabels(
  marks: readonly { readonly x: number; readonly y: number; readonly text: string }[],
): (MarkLabel | null)[] {
  const placed: Box[] = [];
  return marks.map((mark) => {
    const width = textWidth(mark.text, MARK_FONT);
    const right = PLANE.width - PLANE.right;
    // Beside the mark, flipped to its left near the plane's right edge; then a line below.
    const x = mark.x + 11 + width > right ? mark.x - 11 - width : mark.x + 11;
    for (const y of [mark.y + 4, mark.y + 4 + LINE + 1]) {
      const box = { x, y: y - MARK_FONT, width, height: LINE };
      if (placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      return { x, y };
    }
    return null;
  });
}

export interface TipBox extends Box {
  /** Each line's baseline. */
  readonly lines: readonly { readonly text: string; readonly y: number }[];
}

/**
 * The box of words shown beside a focused or pointed-at mark at (x, y), kept inside the plane.
 *
 * @example
 * tipBox(100, 100, ['Saddle: Rosa −9.0, Kim −8.3', 'Eigenvalues 1.12 and 0.43']);
 */
export function tipBox(x: number, y: number, texts: readonly string[]): TipBox {
  const pad = 6;
  const width = Math.max(...texts.map((text) => textWidth(text, MARK_FONT))) + 2 * pad;
  const height = texts.length * LINE + 2 * pad - 3;
  const left = PLANE.left + 2;
  const right = PLANE.width - PLANE.right - 2;
  const bottom = PLANE.height - PLANE.bottom - 2;
  const boxX = Math.max(left, Math.min(right - width, x + 14));
  // Above the mark, or below it when there is no room above.
  const above = y - 14 - height;
  const boxY = above >= PLANE.top + 2 ? above : Math.min(bottom - height, y + 14);
  return {
    x: boxX,
    y: boxY,
    width,
    height,
    lines: texts.map((text, i) => ({ text, y: boxY + pad + MARK_FONT - 1 + i * LINE })),
  };
}
