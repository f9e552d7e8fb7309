// The DanceLoop's pure geometry: the loop's order, where labels go, how text wraps, and its colours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepsOf, type CycleMap } from '../../src/core';
import { textWidth } from '../../src/viz/textMeasure';
import { loopLayout, type LoopLayout } from '../../src/viz/loop/loopLayout';
import {
  LOOP_COLOURS,
  coldColourOf,
  cueOf,
  heatColourOf,
  heatOf,
  strokeWidthOf,
} from '../../src/viz/loop/loopReading';
import { arcPaths, pointOnLoop } from '../../src/viz/loop/loopTrack';
import { inTen } from '../../src/viz/loop/loopWords';
import { spacedLines, wrapText } from '../../src/viz/loop/wrapText';
import { polka } from '../../stories/sampleDances';
import { sampleMap, samplePartner } from './sampleMap';

const WIDTHS = [320, 390, 560, 720, 960, 1200];

/** A map whose partners have 12 steps each, every one a long sentence. */
function crowdedMap(): CycleMap {
  const long = 'a sentence long enough to need several lines in any column of the loop, and more';
  const partner = (name: string) =>
    samplePartner({
      name,
      layers: {
        trigger: long,
        perception: long,
        reactiveEmotion: long,
        move: long,
        primaryEmotion: long,
        attachmentFear: long,
        longing: long,
      },
      extraSteps: Array.from({ length: 8 }, (_, i) => ({
        id: `extra-${i}`,
        text: long,
        after: i === 0 ? 'move' : `extra-${i - 1}`,
      })),
    });
  return sampleMap({ partners: [partner('Alex'), partner('Jo')] });
}

function labelBounds(layout: LoopLayout) {
  const m = layout.metrics;
  return layout.steps.map((step) => {
    const widest = Math.max(...step.lines.map((line) => textWidth(line, m.font)));
    const top = step.captionY - m.captionFont;
    const bottom = (step.lineYs.at(-1) ?? step.captionY) + m.lineHeight - m.font;
    return step.anchor === 'end'
      ? { step, left: step.labelX - widest, right: step.labelX, top, bottom }
      : { step, left: step.labelX, right: step.labelX + widest, top, bottom };
  });
}

describe('wrapping a label by a character budget', () => {
  it('keeps every word, in order, with no line over the budget', () => {
    const text = 'I push harder: "You never listen! Can you just look at me?"';
    for (const budget of [8, 12, 20, 40]) {
      const { lines, truncated } = wrapText(text, budget);
      expect(truncated).toBe(false);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(budget);
    }
  });

  it('cuts to the line limit with an ellipsis and says it did', () => {
    const { lines, truncated } = wrapText('I push harder: "You never listen!"', 16, 2);
    expect(truncated).toBe(true);
    expect(lines).toEqual(['I push harder:', '"You never…']);
  });

  it('breaks a word longer than a line instead of letting it overflow', () => {
    const { lines } = wrapText('see https://example.org/a/very/long/path/indeed', 12);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12);
    expect(lines.join('')).toContain('https://example.org/a/very/long/path/indeed'.slice(0, 12));
  });

  it('keeps the spaces between lines where they cannot shift a right- or left-aligned line', () => {
    expect(spacedLines(['a b', 'c', 'd'], 'start')).toEqual(['a b ', 'c ', 'd']);
    expect(spacedLines(['a b', 'c', 'd'], 'end')).toEqual(['a b', ' c', ' d']);
  });

  it('collapses line breaks and runs of spaces, and gives no lines for empty text', () => {
    expect(wrapText('  lonely\n\nand   scared ', 40).lines).toEqual(['lonely and scared']);
    expect(wrapText('   ', 40)).toEqual({ lines: [], truncated: false });
  });
});

describe('the loop’s layout', () => {
  it('runs partner 0’s steps down the left, then crosses to partner 1’s trigger and up the right', () => {
    const layout = loopLayout(polka, { width: 720 });
    const ids = (partner: 0 | 1) =>
      layout.steps.filter((s) => s.partner === partner).map((s) => s.id);
    expect(ids(0)).toEqual(stepsOf(polka.partners[0]).map((s) => s.id));
    expect(ids(1)).toEqual(stepsOf(polka.partners[1]).map((s) => s.id));

    // Distance along the loop rises through Theo's steps, then Priya's: one closed sequence.
    const ats = layout.steps.map((s) => s.at);
    expect([...ats].sort((a, b) => a - b)).toEqual(ats);
    const [top, bottom] = layout.crossings;
    const lastOf0 = layout.steps.filter((s) => s.partner === 0).at(-1)!;
    const firstOf1 = layout.steps.find((s) => s.partner === 1)!;
    expect(bottom).toMatchObject({ from: 0, to: 1 });
    expect(bottom.at).toBeGreaterThan(lastOf0.at);
    expect(bottom.at).toBeLessThan(firstOf1.at);
    expect(top).toMatchObject({ from: 1, to: 0, at: 0 });

    for (const step of layout.steps) {
      if (step.partner === 0) expect(step.x).toBeLessThan(layout.centreX);
      else expect(step.x).toBeGreaterThan(layout.centreX);
    }
    const ys = (partner: 0 | 1) =>
      layout.steps.filter((s) => s.partner === partner).map((s) => s.y);
    expect(ys(0)).toEqual([...ys(0)].sort((a, b) => a - b));
    expect(ys(1)).toEqual([...ys(1)].sort((a, b) => b - a));
  });

  it('a dense loop, for a stage fitted to the window, is shorter and still keeps its labels apart', () => {
    for (const m of [polka, crowdedMap()]) {
      const roomy = loopLayout(m, { width: 720, badges: true });
      const dense = loopLayout(m, { width: 720, badges: true, dense: true });
      expect(dense.aboveHeight).toBeLessThan(roomy.aboveHeight - 40);
      for (const partner of [0, 1] as const) {
        const side = labelBounds(dense)
          .filter((b) => b.step.partner === partner)
          .sort((a, b) => a.top - b.top);
        for (let i = 1; i < side.length; i++)
          expect(side[i]!.top).toBeGreaterThanOrEqual(side[i - 1]!.bottom);
      }
      for (const step of dense.steps) {
        const p = pointOnLoop(dense.track, step.at);
        expect(p.y).toBeCloseTo(step.y, 6);
      }
    }
  });

  it('puts every step exactly on the track the pulse travels', () => {
    const layout = loopLayout(polka, { width: 960 });
    for (const step of layout.steps) {
      const p = pointOnLoop(layout.track, step.at);
      expect(p.x).toBeCloseTo(step.x, 6);
      expect(p.y).toBeCloseTo(step.y, 6);
    }
    const bottom = pointOnLoop(layout.track, layout.track.length / 2);
    expect(bottom.x).toBeCloseTo(layout.centreX, 6);
    expect(bottom.y).toBeCloseTo(layout.crossings[1].y, 6);
  });

  it.each(WIDTHS)('keeps labels apart and inside the drawing at %i px', (width) => {
    for (const m of [polka, crowdedMap()]) {
      const layout = loopLayout(m, { width, badges: true });
      const bounds = labelBounds(layout);
      for (const b of bounds) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(layout.width);
        expect(b.step.lines.length).toBeLessThanOrEqual(layout.metrics.maxLines);
      }
      for (const partner of [0, 1] as const) {
        const side = bounds.filter((b) => b.step.partner === partner).sort((a, b) => a.top - b.top);
        for (let i = 1; i < side.length; i++)
          expect(side[i]!.top).toBeGreaterThanOrEqual(side[i - 1]!.bottom);
      }
      const lowest = Math.max(
        ...layout.below.flatMap((b) => b.entries.map((e) => e.lineYs.at(-1) ?? 0)),
      );
      expect(layout.height).toBeGreaterThan(lowest);
      expect(layout.line.y).toBeGreaterThan(layout.figures.floodedY);
    }
  });

  it('on a phone keeps every word of a step, wrapped; on a wide screen cuts long ones and says so', () => {
    // A phone has no pointer to hover for the rest: its columns wrap the whole text.
    const phone = loopLayout(crowdedMap(), { width: 390 });
    for (const step of phone.steps) {
      expect(step.truncated).toBe(false);
      expect(step.lines.join(' ')).toBe(step.text);
    }
    const layout = loopLayout(crowdedMap(), { width: 600 });
    expect(layout.steps.every((s) => s.truncated)).toBe(true);
    for (const step of layout.steps) expect(step.lines.at(-1)).toMatch(/…$/);
    const wide = loopLayout(polka, { width: 1200 });
    for (const step of wide.steps) {
      expect(step.truncated).toBe(false);
      expect(step.lines.join(' ')).toBe(step.text);
    }
  });

  it('shows a layer not explored yet as such, never as a blank', () => {
    const partner = samplePartner();
    const m = sampleMap({
      partners: [
        { ...partner, layers: { ...partner.layers, perception: ' ', longing: '' } },
        samplePartner({ name: 'Jo' }),
      ],
    });
    const layout = loopLayout(m, { width: 720 });
    const perception = layout.steps.find((s) => s.key === '0:perception')!;
    expect(perception).toMatchObject({ unexplored: true, text: 'not explored yet' });
    const longing = layout.below[0].entries.find((e) => e.layer === 'longing')!;
    expect(longing).toMatchObject({ unexplored: true, lines: ['not explored yet'] });
  });

  it('leaves a gap of the given size where the loop opens', () => {
    const { track, crossings } = loopLayout(polka, { width: 720 });
    const [left, right] = arcPaths(track, [0, 60]);
    const end = (d: string) =>
      d
        .match(/(-?[\d.]+),(-?[\d.]+)$/)!
        .slice(1)
        .map(Number);
    const start = (d: string) =>
      d
        .match(/^M(-?[\d.]+),(-?[\d.]+)/)!
        .slice(1)
        .map(Number);
    const [x0, y0] = end(left);
    const [x1, y1] = start(right);
    expect(x0).toBeLessThan(crossings[1].x);
    expect(x1).toBeGreaterThan(crossings[1].x);
    expect(Math.hypot(x1! - x0!, y1! - y0!)).toBeGreaterThan(40);
    const closed = arcPaths(track, [0, 0]);
    expect(end(closed[0])).toEqual(start(closed[1]));
  });
});

describe('escalation in weight, colour and words', () => {
  it('grows from 2 px calm to 10 px at full heat, named in words at each stage', () => {
    expect(heatOf(-2, -1)).toBe(0);
    expect(heatOf(-24, -24)).toBe(1);
    expect(strokeWidthOf(0)).toBe(2);
    expect(strokeWidthOf(1)).toBe(10);
    expect([0, 0.3, 0.5, 0.9].map((heat) => cueOf(heat))).toEqual([
      'Calm',
      'Tense',
      'Escalating',
      'Deep in the cycle',
    ]);
  });

  it('keeps every line colour at 3:1 or more against the page', () => {
    const paper = '#fbfaf7';
    const colours = [
      ...Object.values(LOOP_COLOURS),
      ...[0, 0.25, 0.5, 0.75, 1].map((h) => heatColourOf(h)),
      ...[0, 0.25, 0.5, 0.75, 1].map((h) => coldColourOf(h)),
      '#0072b2',
      '#b35900',
    ];
    for (const colour of colours) expect(contrast(colour, paper)).toBeGreaterThanOrEqual(3);
  });

  it('draws the loop in the page’s own palette', () => {
    // Read as a file: Vitest hands tests an empty string for CSS.
    const styles = readFileSync(join(import.meta.dirname, '../../src/app/styles.css'), 'utf8');
    const colour = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(styles)?.[1];
    expect(LOOP_COLOURS.calm).toBe(colour('calm'));
    expect(LOOP_COLOURS.warm).toBe(colour('warm'));
    expect(LOOP_COLOURS.reconnected).toBe(colour('reconnected'));
    // The cold register's colour lives with the loop's own styles.
    const loopStyles = readFileSync(
      join(import.meta.dirname, '../../src/viz/loop/danceLoop.css'),
      'utf8',
    );
    expect(LOOP_COLOURS.cold).toBe(/--cold: (#[0-9a-f]{6});/.exec(loopStyles)?.[1]);
  });

  it('says a share as a natural frequency', () => {
    expect([0, 0.02, 0.68, 1].map(inTen)).toEqual(['0 in 10', '<1 in 10', '7 in 10', '10 in 10']);
  });
});

function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(colour: string): number {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
