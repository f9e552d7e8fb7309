import { describe, expect, it } from 'vitest';
import { sessionFrames } from '../../src/core';
import {
  findGaps,
  heartDomain,
  signed,
  turnScale,
  turnSegments,
  turnTicks,
} from '../../src/viz/chart/chartScales';
import { chartLayout, type ChartInput } from '../../src/viz/chart/chartLayout';
import {
  baselineSentence,
  chartSummary,
  floodingPhrase,
  tableRows,
} from '../../src/viz/chart/chartSummary';
import { repairMarks } from '../../src/studio';
import { polka, polkaAlone, polkaFailBreakLand, polkaReachLands } from '../../stories/sampleDances';

const escalatingFrames = sessionFrames(polkaAlone);
const repairedFrames = sessionFrames(polkaFailBreakLand);
const repairedMarks = repairMarks(polka, polkaFailBreakLand);

const partners: ChartInput['partners'] = [
  { name: 'Theo', restingHeartRate: 74, floodLine: 100 },
  { name: 'Priya', restingHeartRate: 68, floodLine: 98 },
];

const layoutOf = (overrides: Partial<ChartInput> = {}) =>
  chartLayout({
    frames: repairedFrames,
    partners,
    currentIndex: repairedFrames.length - 1,
    showFuture: false,
    width: 720,
    repairs: repairedMarks,
    ...overrides,
  });

describe('the chart’s broken turn axis', () => {
  it('finds a 20-minute break where the clock jumps by 200 turns', () => {
    expect(findGaps(repairedFrames)).toEqual([
      { before: 46, fromTurn: 46, toTurn: 246, minutes: 20 },
    ]);
    expect(findGaps(escalatingFrames)).toEqual([]);
  });

  it('gives the break a fixed gap, not 200 turns of room', () => {
    const segments = turnSegments(repairedFrames, findGaps(repairedFrames));
    expect(segments.map((s) => [s.fromTurn, s.toTurn])).toEqual([
      [0, 46],
      [246, 251],
    ]);
    const x = turnScale(segments, 0, 560, 40);
    expect(x(0)).toBe(0);
    expect(x(251)).toBe(560);
    expect(x(246) - x(46)).toBeCloseTo(40);
    // Every turn outside the gap gets the same width: 520 px over 51 turns.
    expect(x(1) - x(0)).toBeCloseTo(520 / 51);
    expect(x(247) - x(246)).toBeCloseTo(520 / 51);
  });

  it('ticks the first turn after a break, so the jump in the clock shows', () => {
    const segments = turnSegments(repairedFrames, findGaps(repairedFrames));
    const x = turnScale(segments, 0, 560, 40);
    const ticks = turnTicks(x, segments, { spacing: 40, avoid: [] });
    expect(ticks).toContain(246);
    expect(ticks).toContain(0);
    const positions = ticks.map((t) => x(t));
    for (let i = 1; i < positions.length; i++) {
      expect(positions[i]! - positions[i - 1]!).toBeGreaterThanOrEqual(40);
    }
  });

  it('draws a single moment without dividing by zero', () => {
    const one = escalatingFrames.slice(0, 1);
    const x = turnScale(turnSegments(one, []), 10, 110, 40);
    expect(x(0)).toBe(10);
  });
});

describe('the chart’s value scales', () => {
  it('reaches at least 140 bpm and up to the fastest heart, in steps of 20', () => {
    expect(heartDomain(escalatingFrames.slice(0, 10), [74, 68])).toEqual([50, 140]);
    expect(heartDomain(escalatingFrames, [74, 68])).toEqual([50, 140]);
    expect(heartDomain(escalatingFrames, [44, 68])).toEqual([30, 140]);
  });

  it('prints scores with a true minus and a plus for warmth', () => {
    expect([signed(-24), signed(0), signed(0.4), signed(12)]).toEqual(['−24', '0', '0', '+12']);
  });
});

describe('the chart’s layout', () => {
  it('puts the break’s mark in the gap and keeps repair labels from overlapping', () => {
    const layout = layoutOf();
    const [gap] = layout.gaps;
    const brk = layout.repairs.find((r) => r.outcome === 'break')!;
    expect(brk.x).toBeGreaterThan(gap!.x0);
    expect(brk.x).toBeLessThan(gap!.x1);
    expect(layout.repairs.map((r) => r.text)).toEqual([
      '✗ Theo: Soft reach',
      '☾ Priya: Self-soothing break',
      '✓ Priya: Soft reach',
    ]);
    // Labels in the same row do not share any horizontal room.
    for (const y of new Set(layout.repairs.map((r) => r.y))) {
      const row = layout.repairs.filter((r) => r.y === y);
      const spans = row
        .map((r) => {
          const w = r.text.length * 7;
          return r.anchor === 'start' ? [r.textX, r.textX + w] : [r.textX - w, r.textX];
        })
        .sort((a, b) => a[0]! - b[0]!);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]!);
    }
  });

  it('keeps every repair label inside the chart on a phone', () => {
    const layout = layoutOf({ width: 280 });
    for (const r of layout.repairs) {
      const w = r.text.length * 7;
      const [from, to] = r.anchor === 'start' ? [r.textX, r.textX + w] : [r.textX - w, r.textX];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(layout.width);
    }
  });

  it('draws nothing after the current frame unless asked to show the future', () => {
    const early = layoutOf({ currentIndex: 20 });
    expect(early.partners[0].scoreFuture).toBeNull();
    expect(early.repairs).toEqual([]);
    expect(early.gaps).toEqual([]);
    expect(early.current?.turn).toBe(20);
    const whole = layoutOf({ currentIndex: 20, showFuture: true });
    expect(whole.partners[0].scoreFuture).not.toBeNull();
    expect(whole.repairs).toHaveLength(3);
    expect(whole.gaps).toEqual([expect.objectContaining({ future: true })]);
  });

  it('keeps the two names at the line ends at least a line apart', () => {
    // At turn 57 both partners sit at −24: their names would print on top of each other.
    const layout = chartLayout({
      frames: escalatingFrames,
      partners,
      currentIndex: escalatingFrames.length - 1,
      showFuture: false,
      width: 720,
      repairs: [],
    });
    const [theo, priya] = layout.partners;
    expect(Math.abs(theo.scoreLabel!.y - priya.scoreLabel!.y)).toBeGreaterThanOrEqual(15);
    expect(theo.scoreLabel!.y).toBeLessThanOrEqual(layout.score.bottom);
  });

  it('shades flooding from the lower partner’s line and names both lines', () => {
    const layout = layoutOf();
    expect(layout.heart.floodLines.map((l) => l.bpm)).toEqual([98]);
    expect(layout.heart.floodLabel).toBe('Flooding: Theo above 100 bpm, Priya above 98');
    expect(layoutOf({ width: 360 }).heart.floodLabel).toBe('Flooding');
  });
});

/** The x of every point of an SVG path made of M and L commands. */
const xsOf = (d: string) => [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));

describe('the dance without repair, drawn beside a repaired one', () => {
  it('is drawn only when the dance has repairs', () => {
    expect(layoutOf({ baseline: escalatingFrames }).baseline).not.toBeNull();
    expect(layoutOf({ baseline: escalatingFrames, repairs: [] }).baseline).toBeNull();
    expect(layoutOf().baseline).toBeNull();
  });

  it('stops at a break: its turns inside the gap are not drawn', () => {
    // Seed 7 alone runs to turn 57; the repaired dance jumps from turn 46 to 246.
    const layout = layoutOf({ baseline: escalatingFrames });
    const [gap] = layout.gaps;
    for (const lines of layout.baseline!) {
      for (const d of [lines.score, lines.heart]) {
        expect(d.match(/M/g)).toHaveLength(1);
        const xs = xsOf(d);
        expect(xs).toHaveLength(47);
        expect(Math.max(...xs)).toBe(gap!.x0);
      }
    }
  });

  it('runs the axis on to where the dance without repair ends, when the repaired one ends sooner', () => {
    // Priya's soft reach lands and they reconnect at turn 11; alone they disengage at 57.
    const frames = sessionFrames(polkaReachLands);
    const layout = layoutOf({
      frames,
      currentIndex: frames.length - 1,
      repairs: repairMarks(polka, polkaReachLands),
      baseline: escalatingFrames,
    });
    const xs = xsOf(layout.baseline![0].score);
    expect(xs).toHaveLength(escalatingFrames.length);
    expect(Math.max(...xs)).toBe(layout.plot.right);
    // The repaired dance's own lines stop at reconnection, well before the right edge.
    const real = xsOf(layout.partners[0].score);
    expect(Math.max(...real)).toBeLessThan(layout.plot.right / 2);
  });

  it('leaves the layout as it was when not drawn', () => {
    const { baseline, ...rest } = layoutOf({ baseline: escalatingFrames, repairs: [] });
    const { baseline: none, ...plain } = layoutOf({ repairs: [] });
    expect([baseline, none]).toEqual([null, null]);
    expect(rest).toEqual(plain);
  });
});

describe('the chart in words', () => {
  it('summarises scores, flooding, the break, repairs and the outcome', () => {
    expect(
      chartSummary(
        ['Theo', 'Priya'],
        repairedFrames,
        repairedFrames.length - 1,
        false,
        repairedMarks,
      ),
    ).toBe(
      'Scores from turn 0 to 251: Theo from −2 to +3, Priya from −1 to +3; both flooded from turn 38 to 46; a 20-minute break after turn 46; repairs: Theo’s soft reach failed at turn 43, Priya’s soft reach landed at turn 248; reconnected at turn 251.',
    );
    expect(chartSummary(['Theo', 'Priya'], escalatingFrames, 57, false, [])).toBe(
      'Scores from turn 0 to 57: Theo from −2 to −24, Priya from −1 to −24; both flooded from turn 38; disengaged at turn 57.',
    );
  });

  it('adds how the dance ends without repair, only beside repairs', () => {
    const names = ['Theo', 'Priya'] as const;
    const last = repairedFrames.length - 1;
    expect(chartSummary(names, repairedFrames, last, false, repairedMarks, escalatingFrames)).toBe(
      `${chartSummary(names, repairedFrames, last, false, repairedMarks)} Without the repairs, the same dance ends disengaged at turn 57.`,
    );
    expect(chartSummary(names, escalatingFrames, 57, false, [], escalatingFrames)).toBe(
      chartSummary(names, escalatingFrames, 57, false, []),
    );
    expect(baselineSentence(escalatingFrames.slice(0, 21))).toBe(
      'Without the repairs, the same dance is still going at turn 20.',
    );
  });

  it('says who flooded when only one partner did', () => {
    expect(floodingPhrase(['Theo', 'Priya'], escalatingFrames, 37)).toBe(
      'Theo flooded from turn 36',
    );
    expect(floodingPhrase(['Theo', 'Priya'], escalatingFrames, 10)).toBe('neither flooded');
  });

  it('lists the last ten turns shown, flooding in words', () => {
    const rows = tableRows(escalatingFrames, 45, false);
    expect(rows).toHaveLength(10);
    expect(rows[0]!.turn).toBe(36);
    expect(rows.at(-1)).toEqual({
      index: 45,
      turn: 45,
      cells: ['−24', '112 (flooded)', '−19', '108 (flooded)'],
    });
  });
});
