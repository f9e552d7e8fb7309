import { describe, expect, it } from 'vitest';
import { arousalLevel, arousalValueText, gaugeScale } from '../../src/viz/body/gaugeScale';

describe('the gauge’s scale and words', () => {
  it('runs 40 bpm at the bottom to 180 at the top, clamped', () => {
    const y = gaugeScale(220, 10);
    expect(y(40)).toBe(220);
    expect(y(180)).toBe(10);
    expect(y(110)).toBe(115);
    expect(y(250)).toBe(10);
    expect(y(20)).toBe(220);
  });

  it('calls a heart close to flooding within 10 bpm of its line', () => {
    expect(arousalLevel(89, 100, false)).toBe('calm');
    expect(arousalLevel(90, 100, false)).toBe('near');
    expect(arousalLevel(101, 100, true)).toBe('flooded');
    expect(arousalValueText('Priya', 93.4, 98, false)).toBe(
      'Priya: 93 beats per minute, close to the flooding line (98)',
    );
  });
});
