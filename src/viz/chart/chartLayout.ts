/**
 * Everything the over-time chart draws, computed from the frames as plain data: positions, ticks
 * and SVG path strings from d3-scale and d3-shape. The component only renders what this returns,
 * so the layout can be tested (and snapshotted) without a browser. This module puts the steps
 * together; each step is laid out by its own module.
 */
import type { Frame } from '../../core';
import { round2 } from '../round2';
import { floodLabel, floodLines, type FloodBand } from './chartFlood';
import {
  baselineOnAxis,
  clampIndex,
  lastShown,
  reachingBaselineEnd,
  showsBaseline,
} from './chartFrames';
import { gapBoxes, type GapBox } from './chartGaps';
import { baselineLines, partnersLines, type BaselineLines, type PartnerLines } from './chartLines';
import { chartPanels, COMPACT_BELOW, plotExtent } from './chartPanels';
import { repairBoxes, repairLane, type RepairBox, type RepairMark } from './chartRepairs';
import {
  findGaps,
  heartDomain,
  heartScale,
  scoreScale,
  turnScale,
  turnSegments,
} from './chartScales';
import {
  axisTitle,
  currentTurn,
  heartTicksOf,
  scoreTicksOf,
  turnAxisTicks,
  type CurrentTurn,
  type Tick,
} from './chartTicks';

// The layout's parts, for code that takes one of them from a `ChartLayout`.
export type { FloodBand } from './chartFlood';
export type { GapBox } from './chartGaps';
export type { BaselineLines, PartnerLines } from './chartLines';
export type { RepairBox, RepairMark, RepairOutcome } from './chartRepairs';
export type { CurrentTurn, Tick } from './chartTicks';
// The chart's summary in words shows the same frames.
export { lastShown, showsBaseline } from './chartFrames';

export interface ChartPartner {
  readonly name: string;
  readonly restingHeartRate: number;
  /** `floodLine(partner.dynamics)`: above it this partner is flooded. */
  readonly floodLine: number;
}

export interface ChartInput {
  readonly frames: readonly Frame[];
  readonly partners: readonly [ChartPartner, ChartPartner];
  readonly currentIndex: number;
  readonly showFuture: boolean;
  readonly width: number;
  readonly repairs: readonly RepairMark[];
  /** The same seed's dance with no repairs; drawn only beside a dance that has some (`showsBaseline`). */
  readonly baseline?: readonly Frame[];
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly compact: boolean;
  readonly plot: { readonly left: number; readonly right: number };
  readonly score: {
    readonly top: number;
    readonly bottom: number;
    readonly zero: number;
    readonly ticks: readonly Tick[];
    readonly titleY: number;
  };
  readonly heart: {
    readonly top: number;
    readonly bottom: number;
    readonly ticks: readonly Tick[];
    readonly titleY: number;
    /** One per distinct flooding line, lowest line first; the band runs up from the lowest. */
    readonly floodLines: readonly FloodBand[];
    readonly floodLabel: string;
  };
  readonly axis: {
    readonly y: number;
    readonly ticks: readonly Tick[];
    readonly titleY: number;
    /** Null when a gap's label would overlap it (the figure caption says it too). */
    readonly title: string | null;
  };
  readonly gaps: readonly GapBox[];
  readonly current: CurrentTurn | null;
  readonly partners: readonly [PartnerLines, PartnerLines];
  readonly repairs: readonly RepairBox[];
  /** Null unless `showsBaseline`. */
  readonly baseline: readonly [BaselineLines, BaselineLines] | null;
}

export function chartLayout(input: ChartInput): ChartLayout {
  const { frames, partners, showFuture, repairs } = input;
  const width = Math.max(240, Math.round(input.width));
  const compact = width < COMPACT_BELOW;
  const current = frames.length === 0 ? -1 : clampIndex(frames, input.currentIndex);
  const shownTo = lastShown(frames, input.currentIndex, showFuture);
  const names = [partners[0].name, partners[1].name] as const;
  const withBaseline = showsBaseline(input.baseline, repairs) ? input.baseline : undefined;

  // 1. The turn axis, each break a gap of fixed width, reaching on to the baseline's end.
  const { left, right } = plotExtent(width, compact, names);
  const gaps = findGaps(frames);
  const segments = reachingBaselineEnd(turnSegments(frames, gaps), withBaseline);
  const x = turnScale(segments, left, right, compact ? 36 : 52);

  // 2. The repairs' lane, whose rows set how far down the panels start.
  const lane = repairLane({ repairs, frames, gaps, x, names, width, shownTo });
  const panels = chartPanels(lane.rows, compact);

  // 3. The panels' scales; the heart panel reaches to the baseline's heart rates too.
  const baseline = withBaseline === undefined ? null : baselineOnAxis(withBaseline, segments);
  const yScore = scoreScale(panels.scoreBottom, panels.scoreTop);
  const domain = heartDomain(
    baseline === null ? frames : [...frames, ...baseline.filter((f) => f !== null)],
    partners.map((p) => p.restingHeartRate),
  );
  const yHeart = heartScale(domain, panels.heartBottom, panels.heartTop);

  // 4. What is drawn on them.
  const now = current < 0 ? null : currentTurn(x(frames[current]!.turn), frames[current]!.turn);
  const boxes = gapBoxes(gaps, frames, x, current);
  const scales = { x, yScore, yHeart };
  const lines = { frames, gaps, current, shownTo, showFuture, ...scales };

  return {
    width,
    height: panels.height,
    compact,
    plot: { left, right },
    score: {
      top: panels.scoreTop,
      bottom: panels.scoreBottom,
      zero: round2(yScore(0)),
      ticks: scoreTicksOf(yScore),
      titleY: panels.scoreTitleY,
    },
    heart: {
      top: panels.heartTop,
      bottom: panels.heartBottom,
      ticks: heartTicksOf(domain, yHeart),
      titleY: panels.heartTitleY,
      floodLines: floodLines(partners, yHeart),
      floodLabel: floodLabel(partners, compact),
    },
    axis: {
      y: panels.axisY,
      ticks: turnAxisTicks(x, segments, compact, now),
      titleY: panels.axisTitleY,
      title: axisTitle(compact, left, boxes, showFuture),
    },
    gaps: boxes.filter((gap) => showFuture || !gap.future),
    current: now,
    partners: partnersLines(lines, panels),
    repairs: repairBoxes(lane.repairs, panels.laneTop),
    baseline: baseline === null ? null : baselineLines(baseline, scales),
  };
}
