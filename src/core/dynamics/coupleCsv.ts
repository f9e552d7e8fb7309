/** Reading a coded conversation (one row per 6-second window, one column per partner) from CSV text. */

/** One window's scores: `[partner 0, partner 1]` (the book's wife, husband). */
export type CoupleWindow = readonly [number, number];

/**
 * The two partners' scores as two columns, each read by `score` (a plain loop: a million windows
 * in a few milliseconds).
 */
export function columnsOf(
  windows: readonly CoupleWindow[],
  score: (x: number) => number,
): readonly [Float64Array, Float64Array] {
  const first = new Float64Array(windows.length);
  const second = new Float64Array(windows.length);
  for (let t = 0; t < windows.length; t++) {
    const window = windows[t]!;
    first[t] = score(window[0]);
    second[t] = score(window[1]);
  }
  return [first, second];
}

/** Fewer windows than this cannot pin down a partner's inertia, constant and two slopes. */
export const MIN_FIT_WINDOWS = 5;

/** The closed set of reasons a CSV text is not a coded conversation. */
export const COUPLE_CSV_ERROR_CODES = [
  'empty',
  'missing-header',
  'missing-column',
  'not-a-number',
  'too-few-windows',
] as const;
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

/** A plain decimal score: digits, an optional point and fraction, an optional exponent. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const unquote = (cell: string): string =>
  cell
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();

/** A cell as it may be quoted back in a message: short, and never more than one line. */
const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A cell the row does not have. */
const MISSING = Symbol('missing');

/** The cell's score, or what it holds instead (its text, or `MISSING`). */
function scoreIn(cells: readonly string[], column: number): number | string | typeof MISSING {
  const cell = cells[column];
  if (cell === undefined) return MISSING;
  // Most cells are plain numbers: try that first, checking the strict form only when it fails.
  const value = unquote(cell);
  return NUMBER.test(value) ? Number(value) : value;
}

const fail = (code: CoupleCsvErrorCode, message: string, line?: number): CoupleCsvResult => ({
  ok: false,
  error: line === undefined ? { code, message } : { code, message, line },
});

/**
 * Parses CSV text: a header row, then one row per window, cells separated by commas or by tabs
 * (whichever the header uses). Columns named `wife` and `husband` (the R package *dyad*'s names)
 * become partner 0 and partner 1; otherwise the first two columns are taken in order. Blank lines
 * are skipped. Never throws; reads a million rows in well under a second.
 *
 * @example
 * parseCoupleCsv('"wife","husband"\n0.6,-1.6\n…'); // { ok: true, value: [[0.6, -1.6], …] }
 * parseCoupleCsv('wife\thusband\n1\tx\n'); // error on line 2: “x” is not a score
 */
export function parseCoupleCsv(text: string): CoupleCsvResult {
  const body = text.replace(/^\uFEFF/, '');
  let header: string[] | undefined;
  let headerLine = 0;
  let separator = ',';
  let columns: readonly [number, number] = [0, 1];
  let names: readonly [string, string] = ['first', 'second'];
  const windows: CoupleWindow[] = [];
  let lastLine = 0;
  let lineNumber = 0;
  for (let start = 0; start <= body.length;) {
    const end = body.indexOf('\n', start);
    const stop = end < 0 ? body.length : end;
    const line = body.slice(start, stop > start && body[stop - 1] === '\r' ? stop - 1 : stop);
    start = stop + 1;
    lineNumber++;
    if (line.trim() === '') continue;
    if (header === undefined) {
      separator = line.includes('\t') ? '\t' : ',';
      // Matched without regard to case; named in messages as the file writes them.
      const written = line.split(separator).map((cell) => unquote(cell));
      header = written.map((cell) => cell.toLowerCase());
      headerLine = lineNumber;
      if (header.every((cell) => NUMBER.test(cell))) {
        return fail(
          'missing-header',
          `Line ${lineNumber} holds scores, but the first line should name the two columns (for example wife,husband).`,
          lineNumber,
        );
      }
      if (header.length < 2) {
        return fail(
          'missing-column',
          `Line ${lineNumber} names only one column, but a coded conversation needs two, partner 1's scores then partner 2's, separated by a comma or a tab.`,
          lineNumber,
        );
      }
      const wife = header.indexOf('wife');
      const husband = header.indexOf('husband');
      if (wife >= 0 && husband >= 0) {
        columns = [wife, husband];
        names = [written[wife] ?? 'wife', written[husband] ?? 'husband'];
      } else {
        names = [written[0] || 'first', written[1] || 'second'];
      }
      continue;
    }
    const cells = line.split(separator);
    const first = scoreIn(cells, columns[0]);
    const second = scoreIn(cells, columns[1]);
    if (typeof first === 'number' && typeof second === 'number') {
      windows.push([first, second]);
    } else {
      const k = typeof first === 'number' ? 1 : 0;
      const problem = k === 1 ? second : first;
      return typeof problem !== 'string'
        ? fail(
            'missing-column',
            `Line ${lineNumber} has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}, but the header on line ${headerLine} names ${header.length} columns.`,
            lineNumber,
          )
        : fail(
            'not-a-number',
            problem === ''
              ? `Line ${lineNumber} has no score in its ${shown(names[k] ?? '')} column.`
              : `Line ${lineNumber} should hold two scores, but its ${shown(names[k] ?? '')} column reads “${shown(problem)}”.`,
            lineNumber,
          );
    }
    lastLine = lineNumber;
  }
  if (header === undefined)
    return fail('empty', 'The CSV text is empty: it has no header row and no scores.');
  if (windows.length < MIN_FIT_WINDOWS) {
    return fail(
      'too-few-windows',
      windows.length === 0
        ? `The CSV has a header on line ${headerLine} but no scores; a fit needs at least ${MIN_FIT_WINDOWS} windows, one row each.`
        : `The CSV holds only ${windows.length} ${windows.length === 1 ? 'window' : 'windows'} (up to line ${lastLine}); a fit needs at least ${MIN_FIT_WINDOWS}, one row per 6-second window (a 15-minute talk has 150).`,
      windows.length === 0 ? headerLine : lastLine,
    );
  }
  return { ok: true, value: windows };
}
