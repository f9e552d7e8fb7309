// The one clamp the drawing code uses to keep boxes, fonts and indices inside their bounds.
import { describe, expect, it } from 'vitest';
import { clamp } from '../../src/viz/clamp';

describe('clamping a number to a range', () => {
  it('leaves a number inside the range as it is', () => {
    expect(clamp(42, 0, 100)).toBe(42);
    expect(clamp(-2.5, -10, 10)).toBe(-2.5);
  });

  it('holds a number below the range at its low end and one above at its high end', () => {
    expect(clamp(-5, 0, 100)).toBe(0);
    expect(clamp(130, 0, 100)).toBe(100);
  });

  it('includes both ends of the range', () => {
    expect(clamp(0, 0, 100)).toBe(0);
    expect(clamp(100, 0, 100)).toBe(100);
  });

  it('gives the low end when the range is empty, so a box taller than the drawing starts at its top', () => {
    expect(clamp(50, 20, 10)).toBe(20);
    expect(clamp(0, 20, 10)).toBe(20);
  });
});
