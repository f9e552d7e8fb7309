import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../src/viz/wholeNumber';

describe('wholeNumber', () => {
  it('writes a count as toLocaleString("en") does', () => {
    for (const value of [0, 7, 999, 1000, 12_345, 1_000_000, 987_654_321, -4321])
      expect(wholeNumber(value)).toBe(value.toLocaleString('en'));
  });

  it('rounds what is not whole', () => {
    expect(wholeNumber(1234.5)).toBe('1,235');
    expect(wholeNumber(-0.2)).toBe('0');
  });
});
