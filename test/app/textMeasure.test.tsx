// The one text-width estimate the layouts share, and the character budgets and cuts made from it.
import { describe, expect, it } from 'vitest';
import {
  BOLD_EM,
  CHAR_EM_WIDEST,
  LABEL_EM,
  charBudget,
  shorten,
  textWidth,
} from '../../src/viz/textMeasure';

describe('estimating how wide a line of text runs', () => {
  it('grows with the number of characters and with the font size', () => {
    expect(textWidth('', 16)).toBe(0);
    expect(textWidth('Theo', 16)).toBeCloseTo(33.28);
    expect(textWidth('TheoTheo', 16)).toBeCloseTo(2 * textWidth('Theo', 16));
    expect(textWidth('Theo', 32)).toBeCloseTo(2 * textWidth('Theo', 16));
  });

  it('allows more room for a box drawn round a line than for fitting words to a budget', () => {
    expect(textWidth('Perception', 12, CHAR_EM_WIDEST)).toBeGreaterThan(
      textWidth('Perception', 12),
    );
  });

  it('counts an emoji or an accented letter as one character', () => {
    expect(textWidth('Zo\u00eb 🌊', 10)).toBe(textWidth('Zoe x', 10));
  });

  it('measures the chart’s labels at exactly 7 px a character and its pill at 7.6, with no rounding error to shift the drawing', () => {
    for (const n of [1, 9, 17, 33, 65, 120]) {
      expect(textWidth('x'.repeat(n), 13, LABEL_EM)).toBe(7 * n);
      expect(textWidth('x'.repeat(n), 12, BOLD_EM)).toBe(7.6 * n);
    }
  });
});

describe('a character budget for a width', () => {
  it('fits as many characters as the width holds, and no more', () => {
    const budget = charBudget(200, 16);
    expect(budget).toBe(24);
    expect(textWidth('x'.repeat(budget), 16)).toBeLessThanOrEqual(200);
    expect(textWidth('x'.repeat(budget + 1), 16)).toBeGreaterThan(200);
  });

  it('never drops below four characters, however narrow the room', () => {
    expect(charBudget(0, 16)).toBe(4);
    expect(charBudget(20, 16)).toBe(4);
  });
});

describe('shortening a name or label to a budget', () => {
  it('leaves a text that fits as it is, without its outer spaces', () => {
    expect(shorten('  Theo ', 8)).toBe('Theo');
    expect(shorten('Priya', 5)).toBe('Priya');
  });

  it('cuts a longer text with an ellipsis, staying within the budget', () => {
    const cut = shorten('Alexandrina', 6);
    expect(cut).toBe('Alexa…');
    expect([...cut]).toHaveLength(6);
  });

  it('keeps at least one character before the ellipsis', () => {
    expect(shorten('Alexandrina', 1)).toBe('A…');
  });

  it('never cuts an emoji in half', () => {
    expect(shorten('🌊🌊🌊🌊', 3)).toBe('🌊🌊…');
  });
});
