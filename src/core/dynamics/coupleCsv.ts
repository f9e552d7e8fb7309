/** Reading a coded conversation (one row per 6-second window, one column per partner) from CSV text. */

/** One window's scores: `[partner 0, partner 1]` (the book's wife, husband). */
export type CoupleWindow = readonly [number, number];

/** The closed set of reasons a CSV text is not a coded conversation. */
export const COUPLE_CSV_ERROR_CODES = ['empty', 'missing-column', 'not-a-number'] as const;
export type CoupleCsvErrorCode = (typeof COUPLE_CSV_ERROR_CODES)[number];

export type CoupleCsvResult =
  | { readonly ok: true; readonly value: readonly CoupleWindow[] }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: CoupleCsvErrorCode;
        /** One sentence a person understands. */
        readonly message: string;
        /** 1-based line of the text, where one line is at fault. */
        readonly line?: number;
      };
    };

const cells = (line: string): string[] =>
  line.split(',').map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );

/**
 * Parses CSV text with a header row. Columns named `wife` and `husband` (the R package *dyad*'s
 * names) become partner 0 and partner 1; otherwise the first two columns are taken in order.
 * Blank lines are skipped. Never throws.
 *
 * @example
 * parseCoupleCsv('"wife","husband"\n0.6,-1.6\n'); // { ok: true, value: [[0.6, -1.6]] }
 */
export function parseCoupleCsv(text: string): CoupleCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const header = headerIndex < 0 ? [] : cells(lines[headerIndex] ?? '').map((c) => c.toLowerCase());
  if (header.length === 0) {
    return { ok: false, error: { code: 'empty', message: 'The CSV text has no header row.' } };
  }
  const named = [header.indexOf('wife'), header.indexOf('husband')] as const;
  const columns = named[0] >= 0 && named[1] >= 0 ? named : ([0, 1] as const);
  if (header.length < 2) {
    return {
      ok: false,
      error: {
        code: 'missing-column',
        message: 'The CSV text needs two columns, one score per partner.',
        line: headerIndex + 1,
      },
    };
  }
  const windows: CoupleWindow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const row = cells(line);
    const scores = columns.map((column) => {
      const cell = row[column] ?? '';
      return cell === '' ? Number.NaN : Number(cell);
    });
    const [first, second] = scores;
    if (first === undefined || second === undefined || !scores.every(Number.isFinite)) {
      return {
        ok: false,
        error: {
          code: 'not-a-number',
          message: `Line ${i + 1} should hold two scores, but reads "${line.trim()}".`,
          line: i + 1,
        },
      };
    }
    windows.push([first, second]);
  }
  return { ok: true, value: windows };
}
