/**
 * The DanceLoop's geometry, pure and framework-free: for a map and a width, where every step,
 * crossing, figure and below-the-line layer goes, and the loop's track.
 *
 * The loop is a tall racetrack. Partner 0's steps run down its left side, partner 1's up its
 * right; at the bottom partner 0's move crosses over to partner 1's trigger, at the top partner 1's
 * move crosses back. A distance `at` along the track (0 = the top crossing) places anything on it.
 * This module stacks the bands top to bottom; each band is laid out by its own module.
 */
import type { CycleMap } from '../../core';
import { clamp } from '../clamp';
import { charBudget } from '../textMeasure';
import { icebergLayout, type BelowLayout } from './loopBelow';
import {
  CROSSING_LINES,
  crossingsLayout,
  headersLayout,
  type ColumnHeader,
  type CrossingLayout,
} from './loopCrossings';
import { figuresLayout, type FigureLayout } from './loopFigures';
import { MAX_WIDTH, MIN_WIDTH, metricsFor, type LoopMetrics } from './loopMetrics';
import { loopColumns, placeSteps, spaceSteps, wrapSides, type StepLayout } from './loopSteps';
import { QUARTER_SAMPLES, buildTrack, type LoopTrack } from './loopTrack';

// The layout's parts, for code that takes one of them from a `LoopLayout`.
export type { BelowEntryLayout, BelowLayout } from './loopBelow';
export type { ColumnHeader, CrossingLayout } from './loopCrossings';
export type { FigureLayout } from './loopFigures';
export type { LoopMetrics } from './loopMetrics';
export type { Box, StepLayout } from './loopSteps';
export type { LoopTrack, Point } from './loopTrack';

export interface LoopLayout {
  readonly width: number;
  readonly height: number;
  /** The height down to the line and its label, for a loop drawn without what lies below it. */
  readonly aboveHeight: number;
  readonly metrics: LoopMetrics;
  readonly centreX: number;
  readonly track: LoopTrack;
  readonly steps: readonly StepLayout[];
  /** [top: partner 1 → partner 0, bottom: partner 0 → partner 1]. */
  readonly crossings: readonly [CrossingLayout, CrossingLayout];
  readonly headers: readonly [ColumnHeader, ColumnHeader];
  readonly figures: FigureLayout;
  readonly line: { readonly y: number; readonly x1: number; readonly x2: number };
  readonly below: readonly [BelowLayout, BelowLayout];
}

export interface LoopLayoutOptions {
  /** The container's width in CSS pixels (clamped to 320…1200). */
  readonly width: number;
  /** Reserve a line under each step for the repair-window badge. */
  readonly badges?: boolean;
  /**
   * Tighter vertical spacing (smaller gaps between steps, flatter caps), for a stage where the
   * drawing is scaled to fit the window's height: every pixel saved is larger type.
   */
  readonly dense?: boolean;
}

/** A dense loop's spacing: what a stage fitted to the window's height can spare. */
function denser(m: LoopMetrics): LoopMetrics {
  return { ...m, stepGap: Math.round(m.stepGap / 2), capHeight: Math.round(m.capHeight * 0.7) };
}

/**
 * Lays out the whole loop for one map at one width.
 *
 * @example
 * const layout = loopLayout(map, { width: 800 });
 * layout.steps.map((s) => s.key); // ['0:trigger', '0:perception', …, '1:trigger', …]
 */
export function loopLayout(map: CycleMap, options: LoopLayoutOptions): LoopLayout {
  const width = Math.round(clamp(options.width, MIN_WIDTH, MAX_WIDTH));
  const m = options.dense === true ? denser(metricsFor(width)) : metricsFor(width);
  const names = [map.partners[0].name, map.partners[1].name] as const;
  const columns = loopColumns(width, m);
  const { cx, rx, labelWidth } = columns;

  // 1. Each side's steps, wrapped, spread so both sides span the same height.
  const sides = wrapSides(map, m, charBudget(labelWidth, m.font), options.badges === true);
  const spacing = spaceSteps(sides, m);

  // 2. Vertical bands, top to bottom: the top crossing's note and the headers, the top cap, the
  // straight sides, the bottom cap, the bottom crossing's note, the figures, the line, the icebergs.
  const topApex = m.pad + CROSSING_LINES * m.smallLine + 14;
  const yTop = topApex + m.capHeight;
  const yBottom = yTop + spacing.topMargin + spacing.span + spacing.bottomMargin;
  const bottomApex = yBottom + m.capHeight;
  const bottomTextTop = bottomApex + 16;
  const track = buildTrack(cx, rx, yTop, yBottom, m.capHeight);
  const half = track.length / 2;

  // 3. The steps on the track, then the crossings, the headers and the figures around them.
  const sidesFrame = { width, yTop, yBottom, quarter: track.lengths[QUARTER_SAMPLES]!, half };
  const steps = placeSteps(sides, spacing, columns, sidesFrame, m);
  const crossings = crossingsLayout(
    names,
    { width, cx, labelWidth, topApex, yTop, bottomApex, bottomTextTop, half },
    m,
  );
  const headers = headersLayout(names, crossings[0], width, m);
  const figures = figuresLayout(bottomTextTop + CROSSING_LINES * m.smallLine + 14, cx, m);

  // 4. The line, and each partner's iceberg below it.
  const lineY = figures.floodedY + 22;
  const gutter = m.compact ? 6 : 16;
  const [left, right] = [
    icebergLayout(map, 0, m, { x0: m.pad, x1: cx - gutter / 2, top: lineY + 10 }),
    icebergLayout(map, 1, m, { x0: cx + gutter / 2, x1: width - m.pad, top: lineY + 10 }),
  ];

  return {
    width,
    height: Math.ceil(Math.max(left.bottom, right.bottom) + m.pad),
    aboveHeight: Math.ceil(lineY + m.captionFont + m.pad),
    metrics: m,
    centreX: cx,
    track,
    steps,
    crossings,
    headers,
    figures,
    line: { y: lineY, x1: m.pad, x2: width - m.pad },
    below: [left.below, right.below],
  };
}
