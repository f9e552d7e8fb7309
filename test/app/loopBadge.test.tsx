// The repair-window badge under a step: its words, where its pill goes, and how its type fits the column.
import { describe, expect, it } from 'vitest';
import { badgeLayout } from '../../src/viz/loop/loopBadge';
import { loopLayout } from '../../src/viz/loop/loopLayout';
import { sampleMap } from './sampleMap';

const best = { text: '7 in 10', best: true };
const plain = { text: '6 in 10', best: false };

function layoutAt(width: number) {
  const layout = loopLayout(sampleMap(), { width, badges: true });
  const left = layout.steps.find((s) => s.partner === 0)!;
  const right = layout.steps.find((s) => s.partner === 1)!;
  return { m: layout.metrics, left, right };
}

describe('a step’s repair-window badge', () => {
  it('names the best window in words, not by colour alone', () => {
    const { m, left } = layoutAt(720);
    expect(badgeLayout(left, m, best)).toMatchObject({ text: 'Best window · 7 in 10', best: true });
    expect(badgeLayout(left, m, plain)).toMatchObject({ text: '6 in 10', best: false });
  });

  it('sits under the step’s words, flush with the label’s outer edge on either side of the loop', () => {
    const { m, left, right } = layoutAt(720);
    const onLeft = badgeLayout(left, m, plain);
    expect(onLeft.y).toBe(left.badgeY);
    expect(onLeft.x + onLeft.width).toBeCloseTo(left.labelX);
    const onRight = badgeLayout(right, m, plain);
    expect(onRight.y).toBe(right.badgeY);
    expect(onRight.x).toBe(right.labelX);
  });

  it('centres its words in the pill', () => {
    const { m, left } = layoutAt(720);
    const badge = badgeLayout(left, m, best);
    expect(badge.textX).toBeCloseTo(badge.x + badge.width / 2);
    expect(badge.textY).toBeGreaterThan(badge.y + badge.height / 2);
    expect(badge.textY).toBeLessThan(badge.y + badge.height);
  });

  it('keeps full-size type where the column has room', () => {
    const { m, left } = layoutAt(720);
    expect(badgeLayout(left, m, best).fontSize).toBe(m.smallFont);
  });

  it('sets a long badge smaller in a narrow column, so it fits without cutting words', () => {
    const { m, left } = layoutAt(400);
    const badge = badgeLayout(left, m, best);
    expect(badge.text).toBe('Best window · 7 in 10');
    expect(badge.fontSize).toBeLessThan(m.smallFont);
    expect(badge.fontSize).toBeGreaterThanOrEqual(10);
    expect(badge.width).toBeLessThanOrEqual(left.labelWidth);
  });

  it('never sets the type below 10 px, even on the narrowest screen', () => {
    const { m, left } = layoutAt(320);
    expect(badgeLayout(left, m, best).fontSize).toBe(10);
  });
});
