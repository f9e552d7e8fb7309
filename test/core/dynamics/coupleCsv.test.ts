import { describe, expect, it } from 'vitest';
import { parseCoupleCsv } from '../../../src/core/dynamics';
import { sampleWindows } from './referenceCouple';

describe('reading a coded conversation from CSV', () => {
  it('reads the 150 windows of the reference couple, wife as partner 0', () => {
    const windows = sampleWindows();
    expect(windows).toHaveLength(150);
    expect(windows[2]).toEqual([4.4, 0.6]);
    expect(windows.at(-1)).toEqual([-6, 4.5]);
  });

  it('maps columns by name when they are named wife and husband, in either order', () => {
    expect(parseCoupleCsv('husband,wife\n1,2\n')).toEqual({ ok: true, value: [[2, 1]] });
    expect(parseCoupleCsv('\uFEFFa,b\r\n1,-2\r\n\r\n3,4')).toEqual({
      ok: true,
      value: [
        [1, -2],
        [3, 4],
      ],
    });
  });

  it('says what is wrong instead of throwing', () => {
    expect(parseCoupleCsv('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseCoupleCsv('wife\n1\n')).toMatchObject({
      ok: false,
      error: { code: 'missing-column' },
    });
    expect(parseCoupleCsv('wife,husband\n1,2\n3,x\n')).toMatchObject({
      ok: false,
      error: { code: 'not-a-number', line: 3 },
    });
    expect(parseCoupleCsv('wife,husband\n1,\n')).toMatchObject({ ok: false, error: { line: 2 } });
  });
});
