import { describe, expect, it } from 'vitest';
import { parseCoupleCsv, type CoupleCsvResult } from '../../../src/core/dynamics';
import { sampleWindows } from './referenceCouple';

const rows = (...lines: string[]): string => lines.join('\n');
const five = ['1,2', '3,4', '-5,6.5', '0.6,-1', '2,0.6'];

function failure(result: CoupleCsvResult): { code: string; message: string; line?: number } {
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result.error;
}

describe('reading a coded conversation from CSV', () => {
  it('reads the 150 windows of the reference couple, wife as partner 0', () => {
    const windows = sampleWindows();
    expect(windows).toHaveLength(150);
    expect(windows[2]).toEqual([4.4, 0.6]);
    expect(windows.at(-1)).toEqual([-6, 4.5]);
  });

  it('maps columns by name when they are named wife and husband, in either order', () => {
    const parsed = parseCoupleCsv(rows('husband,wife', ...five));
    expect(parsed.ok && parsed.value[0]).toEqual([2, 1]);
  });

  it('reads tabs as well as commas, quotes, a byte-order mark, CRLF and blank lines', () => {
    const tabbed = parseCoupleCsv(
      '\uFEFF"wife"\t"husband"\r\n1\t-2\r\n\r\n' +
        five.map((l) => l.replace(',', '\t')).join('\r\n'),
    );
    expect(tabbed).toEqual({
      ok: true,
      value: [
        [1, -2],
        [1, 2],
        [3, 4],
        [-5, 6.5],
        [0.6, -1],
        [2, 0.6],
      ],
    });
  });

  it('takes the first two columns in order when they are not named wife and husband', () => {
    const parsed = parseCoupleCsv(rows('partner 1,partner 2,notes', ...five.map((l) => `${l},x`)));
    expect(parsed.ok && parsed.value[2]).toEqual([-5, 6.5]);
  });

  it('says in one sentence, with the line, what is wrong instead of throwing', () => {
    expect(failure(parseCoupleCsv(''))).toEqual({
      code: 'empty',
      message: 'The CSV text is empty: it has no header row and no scores.',
    });
    expect(failure(parseCoupleCsv('\n  \n'))).toMatchObject({ code: 'empty' });
    expect(failure(parseCoupleCsv(rows(...five)))).toEqual({
      code: 'missing-header',
      message:
        'Line 1 holds scores, but the first line should name the two columns (for example wife,husband).',
      line: 1,
    });
    expect(failure(parseCoupleCsv(rows('wife', '1', '2', '3', '4', '5')))).toEqual({
      code: 'missing-column',
      message:
        "Line 1 names only one column, but a coded conversation needs two, partner 1's scores then partner 2's, separated by a comma or a tab.",
      line: 1,
    });
    expect(failure(parseCoupleCsv(rows('wife,husband', '1,2', '3,x', ...five)))).toEqual({
      code: 'not-a-number',
      message: 'Line 3 should hold two scores, but its husband column reads “x”.',
      line: 3,
    });
    // The column as the file names it, capitals and all.
    expect(failure(parseCoupleCsv(rows('Theo,Priya', '1,2', '3,oops', ...five)))).toMatchObject({
      message: 'Line 3 should hold two scores, but its Priya column reads “oops”.',
    });
    expect(failure(parseCoupleCsv(rows('Wife,HUSBAND', '1,', ...five)))).toMatchObject({
      message: 'Line 2 has no score in its HUSBAND column.',
    });
    expect(failure(parseCoupleCsv(rows('wife,husband', ...five, 'NA,2')))).toMatchObject({
      code: 'not-a-number',
      line: 7,
    });
    expect(failure(parseCoupleCsv(rows('wife,husband', '1,', ...five)))).toEqual({
      code: 'not-a-number',
      message: 'Line 2 has no score in its husband column.',
      line: 2,
    });
    expect(failure(parseCoupleCsv(rows('wife,husband', ...five, '7')))).toEqual({
      code: 'missing-column',
      message: 'Line 7 has 1 cell, but the header on line 1 names 2 columns.',
      line: 7,
    });
    // Semicolons are neither separator: the header is one column.
    expect(failure(parseCoupleCsv(rows('wife;husband', ...five)))).toMatchObject({
      code: 'missing-column',
    });
  });

  it('says a fit needs more than one window, or a header alone', () => {
    expect(failure(parseCoupleCsv(rows('wife,husband', '0.6,-1.6')))).toEqual({
      code: 'too-few-windows',
      message:
        'The CSV holds only 1 window (up to line 2); a fit needs at least 5, one row per 6-second window (a 15-minute talk has 150).',
      line: 2,
    });
    expect(failure(parseCoupleCsv('wife,husband\n'))).toEqual({
      code: 'too-few-windows',
      message:
        'The CSV has a header on line 1 but no scores; a fit needs at least 5 windows, one row each.',
      line: 1,
    });
  });

  it('reads a million rows', () => {
    const lines = ['wife,husband'];
    for (let t = 0; t < 1_000_000; t++) lines.push(`${(t % 49) - 24},${((t * 7) % 49) - 24}`);
    const parsed = parseCoupleCsv(lines.join('\n'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toHaveLength(1_000_000);
    expect(parsed.value[999_999]).toEqual([(999_999 % 49) - 24, ((999_999 * 7) % 49) - 24]);
  });
});
