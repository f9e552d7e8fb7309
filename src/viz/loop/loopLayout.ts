/**
 * The DanceLoop's geometry, pure and framework-free: for a map and a width, where every step,
 * crossing, figure and below-the-line layer goes, the loop's track, and its path data.
 *
 * The loop is a tall racetrack. Partner 0's steps run down its left side, partner 1's up its
 * right; at the bottom partner 0's move crosses over to partner 1's trigger, at the top partner 1's
 * move crosses back. A distance `at` along the track (0 = the top crossing) places anything on it.
 */
import { line } from 'd3-shape';
import { BELOW_THE_LINE, LAYER_INFO, stepsOf } from '../../core';
import type { BelowTheLineLayer, CycleMap, PartnerIndex } from '../../core';
import { UNEXPLORED_TEXT, isUnexplored } from '../unexplored';
import { wrapText } from './wrapText';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Sizes in SVG units; the viewBox is as wide as the container, so one unit is one CSS pixel. */
export interface LoopMetrics {
  readonly compact: boolean;
  readonly pad: number;
  readonly font: number;
  readonly lineHeight: number;
  readonly captionFont: number;
  readonly captionLine: number;
  readonly smallFont: number;
  readonly smallLine: number;
  readonly nameFont: number;
  readonly nodeRadius: number;
  readonly labelPad: number;
  readonly stepGap: number;
  readonly capHeight: number;
  readonly loopHalfWidth: number;
  readonly figureRadius: number;
  readonly maxLines: number;
  readonly belowMaxLines: number;
  readonly badgeHeight: number;
  /** Widest the loop opens at a crossing once the couple reconnects. */
  readonly gapMax: number;
}

export interface StepLayout {
  /** `${partner}:${id}`, unique in the loop. */
  readonly key: string;
  readonly partner: PartnerIndex;
  readonly index: number;
  readonly count: number;
  readonly id: string;
  /** The layer's label ("Perception") or "Extra step". */
  readonly caption: string;
  /** The partner's words (or "not explored yet"). */
  readonly text: string;
  readonly unexplored: boolean;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  /** Distance along the track from the top crossing. */
  readonly at: number;
  /** The node on the loop. */
  readonly x: number;
  readonly y: number;
  readonly labelX: number;
  /** Room for the label between the node and the edge of the drawing. */
  readonly labelWidth: number;
  readonly anchor: 'start' | 'end';
  readonly captionY: number;
  /** Baseline of each line of `lines`. */
  readonly lineYs: readonly number[];
  /** Top of the repair-window badge, when the overlay has room reserved. */
  readonly badgeY: number;
  /** Bounds of the node and its label, for the focus ring. */
  readonly box: Box;
  /** Bounds of the label alone, for the highlight of the step the dance is on. */
  readonly labelBox: Box;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CrossingLayout {
  /** Whose move sets off whose trigger. */
  readonly from: PartnerIndex;
  readonly to: PartnerIndex;
  readonly at: number;
  readonly x: number;
  readonly y: number;
  /** Direction of travel at the crossing: −1 leftwards (top), +1 rightwards (bottom). */
  readonly direction: -1 | 1;
  readonly lines: readonly string[];
  readonly lineYs: readonly number[];
}

export interface BelowEntryLayout {
  readonly layer: BelowTheLineLayer;
  readonly label: string;
  readonly text: string;
  readonly unexplored: boolean;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  readonly labelY: number;
  readonly lineYs: readonly number[];
  readonly box: Box;
}

export interface BelowLayout {
  readonly partner: PartnerIndex;
  /** The iceberg's outline, a closed path. */
  readonly shape: string;
  readonly textX: number;
  readonly entries: readonly BelowEntryLayout[];
}

export interface FigureLayout {
  readonly y: number;
  readonly radius: number;
  readonly nameY: number;
  readonly floodedY: number;
  /** Distance of each figure from the centre: calm, at full heat, and reconnected. */
  readonly calmOffset: number;
  readonly maxOffset: number;
  readonly togetherOffset: number;
  /** Characters of a name that fit under a figure. */
  readonly nameBudget: number;
}

export interface LoopTrack {
  /** A closed polyline from the top crossing, down the left side, up the right; last = first. */
  readonly points: readonly Point[];
  /** Distance along the track at each point. */
  readonly lengths: readonly number[];
  readonly length: number;
}

export interface LoopLayout {
  readonly width: number;
  readonly height: number;
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

export interface ColumnHeader {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

export interface LoopLayoutOptions {
  /** The container's width in CSS pixels (clamped to 320…1200). */
  readonly width: number;
  /** Reserve a line under each step for the repair-window badge. */
  readonly badges?: boolean;
}

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 1200;
/** Below this width the loop uses smaller type and tighter spacing. */
export const COMPACT_BELOW = 600;

/**
 * Average advance of a character as a share of the font size. Lines of a sentence in system sans
 * faces (San Francisco, Segoe UI, Roboto, DejaVu Sans) measure 0.46–0.54 depending on the letters;
 * budgets use a little over the middle, and boxes drawn round text allow for the widest.
 */
const CHAR_EM = 0.52;
const CHAR_EM_WIDEST = 0.56;

export function metricsFor(width: number): LoopMetrics {
  const compact = width < COMPACT_BELOW;
  return compact
    ? {
        compact,
        pad: 4,
        font: 14,
        lineHeight: 18,
        captionFont: 11,
        captionLine: 15,
        smallFont: 12,
        smallLine: 15,
        nameFont: 14,
        nodeRadius: 11,
        labelPad: 9,
        stepGap: 12,
        capHeight: 40,
        loopHalfWidth: Math.round(clamp(width * 0.09, 28, 50)),
        figureRadius: 20,
        maxLines: 4,
        belowMaxLines: 6,
        badgeHeight: 20,
        gapMax: 40,
      }
    : {
        compact,
        pad: 12,
        font: 16,
        lineHeight: 21,
        captionFont: 12,
        captionLine: 17,
        smallFont: 13,
        smallLine: 17,
        nameFont: 16,
        nodeRadius: 15,
        labelPad: 12,
        stepGap: 16,
        capHeight: 56,
        loopHalfWidth: Math.round(clamp(width * 0.09, 54, 100)),
        figureRadius: 28,
        maxLines: 3,
        belowMaxLines: 5,
        badgeHeight: 24,
        gapMax: 64,
      };
}

/** How many characters of a font size fit in a width. */
export function charBudget(width: number, fontSize: number): number {
  return Math.max(4, Math.floor(width / (fontSize * CHAR_EM)));
}

/** Estimated width of a line of text; `widest` allows for a line of wide letters. */
export function textWidth(text: string, fontSize: number, widest = false): number {
  return [...text].length * fontSize * (widest ? CHAR_EM_WIDEST : CHAR_EM);
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
  const m = metricsFor(width);
  const badges = options.badges === true;
  const cx = width / 2;
  const rx = m.loopHalfWidth;
  const labelOffset = rx + m.nodeRadius + m.labelPad;
  const labelWidth = cx - labelOffset - m.pad;
  const budget = charBudget(labelWidth, m.font);
  const names = [map.partners[0].name, map.partners[1].name] as const;

  // 1. Each side's steps, wrapped, with the height of their slot.
  const sides = ([0, 1] as const).map((partner) =>
    stepsOf(map.partners[partner]).map((step, index, all) => {
      const unexplored = isUnexplored(step.text);
      const text = unexplored ? UNEXPLORED_TEXT : step.text.trim();
      const wrapped = wrapText(text, budget, m.maxLines);
      const content =
        m.captionLine + wrapped.lines.length * m.lineHeight + (badges ? m.badgeHeight + 6 : 0);
      return {
        partner,
        index,
        count: all.length,
        id: step.id,
        caption: step.label,
        text,
        unexplored,
        ...wrapped,
        content,
        slot: Math.max(content, 2 * m.nodeRadius + 4),
      };
    }),
  );

  // 2. Centres along each side, relative to the first centre; the longer side sets the span and
  // the shorter spreads out over it.
  const spanOf = (side: (typeof sides)[number]) =>
    side.reduce(
      (sum, step, i) => (i === 0 ? 0 : sum + (side[i - 1]!.slot + step.slot) / 2 + m.stepGap),
      0,
    );
  const spans = sides.map(spanOf);
  const span = Math.max(...spans, m.compact ? 100 : 140);
  const offsetsOf = (side: (typeof sides)[number], own: number) => {
    const extra = side.length > 1 ? (span - own) / (side.length - 1) : 0;
    const offsets: number[] = [];
    side.forEach((step, i) => {
      offsets.push(
        i === 0
          ? side.length === 1
            ? span / 2
            : 0
          : offsets[i - 1]! + (side[i - 1]!.slot + step.slot) / 2 + m.stepGap + extra,
      );
    });
    return offsets;
  };
  // Partner 0 runs top to bottom; partner 1 bottom to top, so its offsets are mirrored.
  const offsets = [offsetsOf(sides[0]!, spans[0]!), offsetsOf(sides[1]!, spans[1]!)] as const;

  // 3. The straight sides reach far enough that no label pokes past a crossing's apex.
  const firstSlots = [sides[0]![0]!.slot, sides[1]!.at(-1)!.slot];
  const lastSlots = [sides[0]!.at(-1)!.slot, sides[1]![0]!.slot];
  const topMargin = Math.max(10, Math.max(...firstSlots) / 2 - m.capHeight + 10);
  const bottomMargin = Math.max(10, Math.max(...lastSlots) / 2 - m.capHeight + 10);

  // Vertical bands, top to bottom, before the final shift: crossing text and headers, top cap,
  // straight sides, bottom cap, crossing text, figures, the line, the icebergs.
  const crossingLineCount = 2;
  const topApex = m.pad + crossingLineCount * m.smallLine + 14;
  const yTop = topApex + m.capHeight;
  const yBottom = yTop + topMargin + span + bottomMargin;
  const bottomApex = yBottom + m.capHeight;
  const track = buildTrack(cx, rx, yTop, yBottom, m.capHeight);
  const quarter = track.lengths[QUARTER_SAMPLES]!;
  const half = track.length / 2;

  const steps: StepLayout[] = sides.flatMap((side) =>
    side.map((step): StepLayout => {
      const offset = step.partner === 0 ? offsets[0][step.index]! : span - offsets[1][step.index]!;
      const y = round2(yTop + topMargin + offset);
      const left = step.partner === 0;
      const x = left ? cx - rx : cx + rx;
      const at = left ? quarter + (y - yTop) : half + quarter + (yBottom - y);
      const labelX = left ? cx - labelOffset : cx + labelOffset;
      const top = y - step.content / 2;
      const lineYs = step.lines.map((_, i) => top + m.captionLine + i * m.lineHeight + m.font);
      const textExtent = Math.max(
        textWidth(step.caption, m.captionFont, true) + 44,
        ...step.lines.map((l) => textWidth(l, m.font, true)),
      );
      const boxLeft = left ? labelX - textExtent - 6 : x - m.nodeRadius - 6;
      const boxRight = left ? x + m.nodeRadius + 6 : labelX + textExtent + 6;
      const labelLeft = left ? labelX - textExtent - 6 : labelX - 6;
      const labelRight = left ? labelX + 6 : labelX + textExtent + 6;
      const boxTop = Math.min(top, y - m.nodeRadius) - 5;
      const boxBottom = Math.max(top + step.content, y + m.nodeRadius) + 5;
      return {
        key: `${step.partner}:${step.id}`,
        partner: step.partner,
        index: step.index,
        count: step.count,
        id: step.id,
        caption: step.caption,
        text: step.text,
        unexplored: step.unexplored,
        lines: step.lines,
        truncated: step.truncated,
        at,
        x,
        y,
        labelX,
        labelWidth,
        anchor: left ? 'end' : 'start',
        captionY: top + m.captionFont,
        lineYs,
        badgeY: top + m.captionLine + step.lines.length * m.lineHeight + 4,
        box: {
          x: round2(Math.max(1, boxLeft)),
          y: boxTop,
          width: round2(Math.min(width - 1, boxRight) - Math.max(1, boxLeft)),
          height: boxBottom - boxTop,
        },
        labelBox: {
          x: round2(Math.max(1, labelLeft)),
          y: top - 4,
          width: round2(Math.min(width - 1, labelRight) - Math.max(1, labelLeft)),
          height: step.content + 8,
        },
      };
    }),
  );

  // 4. Crossings: two short lines above the top apex and below the bottom one.
  const crossingBudget = charBudget(
    Math.min(width - 2 * m.pad, 2 * (labelWidth + 40)),
    m.smallFont,
  );
  const crossingLines = (from: PartnerIndex, to: PartnerIndex) => [
    shorten(`${names[from]}’s move`, crossingBudget),
    shorten(`sets off ${names[to]}’s trigger`, crossingBudget),
  ];
  const top: CrossingLayout = {
    from: 1,
    to: 0,
    at: 0,
    x: cx,
    y: yTop - m.capHeight,
    direction: -1,
    lines: crossingLines(1, 0),
    lineYs: [0, 1].map((i) => topApex - 14 - (crossingLineCount - 1 - i) * m.smallLine),
  };
  const bottomTextTop = bottomApex + 16;
  const bottom: CrossingLayout = {
    from: 0,
    to: 1,
    at: half,
    x: cx,
    y: bottomApex,
    direction: 1,
    lines: crossingLines(0, 1),
    lineYs: [0, 1].map((i) => bottomTextTop + m.smallFont + i * m.smallLine),
  };

  // 5. Column headers: each partner's name at the outer edge, level with the top crossing's text.
  const crossingHalf = Math.max(...top.lines.map((l) => textWidth(l, m.smallFont)), 0) / 2 + m.pad;
  const headerBudget = charBudget(cx - crossingHalf - m.pad, m.nameFont);
  const headerY = top.lineYs[0]!;
  const headers: [ColumnHeader, ColumnHeader] = [
    { text: shorten(names[0], headerBudget), x: m.pad, y: headerY, anchor: 'start' },
    { text: shorten(names[1], headerBudget), x: width - m.pad, y: headerY, anchor: 'end' },
  ];

  // 6. The figures stand under the loop and drift apart across the full width as the dance heats.
  const r = m.figureRadius;
  const figureY = bottomTextTop + crossingLineCount * m.smallLine + 14 + r;
  const figures: FigureLayout = {
    y: figureY,
    radius: r,
    nameY: figureY + r + m.nameFont + 8,
    floodedY: figureY + r + m.nameFont + 8 + m.lineHeight,
    calmOffset: r + (m.compact ? 16 : 26),
    maxOffset: Math.max(r + 20, cx - m.pad - r - 24),
    togetherOffset: r + 8,
    nameBudget: charBudget(2 * r + 40, m.nameFont),
  };

  // 7. The line, and each partner's iceberg below it.
  const lineY = figures.floodedY + 22;
  const gutter = m.compact ? 6 : 16;
  const below = ([0, 1] as const).map((partner) =>
    icebergLayout(map, partner, m, {
      x0: partner === 0 ? m.pad : cx + gutter / 2,
      x1: partner === 0 ? cx - gutter / 2 : width - m.pad,
      top: lineY + 10,
    }),
  ) as unknown as [BelowLayout & { bottom: number }, BelowLayout & { bottom: number }];
  const height = Math.ceil(Math.max(below[0].bottom, below[1].bottom) + m.pad);

  return {
    width,
    height,
    metrics: m,
    centreX: cx,
    track,
    steps,
    crossings: [top, bottom],
    headers,
    figures,
    line: { y: lineY, x1: m.pad, x2: width - m.pad },
    below: [stripBottom(below[0]), stripBottom(below[1])],
  };
}

function icebergLayout(
  map: CycleMap,
  partner: PartnerIndex,
  m: LoopMetrics,
  area: { x0: number; x1: number; top: number },
): BelowLayout & { bottom: number } {
  const w = area.x1 - area.x0;
  const inset = w * 0.09;
  const textX = round2(area.x0 + inset);
  const budget = charBudget(w - 2 * inset, m.font);
  let y = area.top + 18;
  const entries = BELOW_THE_LINE.map((layer): BelowEntryLayout => {
    const raw = map.partners[partner].layers[layer];
    const unexplored = isUnexplored(raw);
    const text = unexplored ? UNEXPLORED_TEXT : raw.trim();
    const wrapped = wrapText(text, budget, m.belowMaxLines);
    const top = y;
    const labelY = top + m.captionFont;
    const lineYs = wrapped.lines.map((_, i) => top + m.captionLine + i * m.lineHeight + m.font);
    const bottom = top + m.captionLine + wrapped.lines.length * m.lineHeight;
    y = bottom + (m.compact ? 8 : 12);
    return {
      layer,
      label: LAYER_INFO[layer].label,
      text,
      unexplored,
      ...wrapped,
      labelY,
      lineYs,
      box: {
        x: textX - 6,
        y: top - 4,
        width: round2(w - 2 * inset + 12),
        height: bottom - top + 8,
      },
    };
  });
  // The text ends before the iceberg starts to taper (at 88 % of its height).
  const h = (y - area.top) / 0.9;
  const bottom = area.top + h;
  // An iceberg: narrow where it meets the line, widest a quarter of the way down, tapering below.
  const outline: [number, number][] = [
    [0.07, 0],
    [0.93, 0],
    [1, 0.18],
    [0.97, 0.88],
    [0.88, 1],
    [0.12, 1],
    [0.03, 0.9],
    [0, 0.2],
  ];
  const shape = line()(
    outline.map(([fx, fy]) => [round2(area.x0 + fx * w), round2(area.top + fy * h)]),
  );
  return { partner, shape: `${shape ?? ''}Z`, textX, entries, bottom };
}

function stripBottom(below: BelowLayout & { bottom: number }): BelowLayout {
  const { partner, shape, textX, entries } = below;
  return { partner, shape, textX, entries };
}

/** Samples per quarter of a cap: enough that the polyline reads as a smooth curve. */
const QUARTER_SAMPLES = 24;

/**
 * The racetrack as a dense closed polyline: the top apex, the top-left quarter cap, the left side
 * down, the bottom-left quarter, the bottom apex, and back up the right. The straight sides are
 * exact segments, so a step placed on them lies exactly on the track.
 */
export function buildTrack(
  cx: number,
  rx: number,
  yTop: number,
  yBottom: number,
  capHeight: number,
): LoopTrack {
  const points: Point[] = [];
  const quarterOf = (ySide: number, vertical: -1 | 1, horizontal: -1 | 1, outward: boolean) => {
    for (let i = 0; i <= QUARTER_SAMPLES; i++) {
      const t = ((outward ? i : QUARTER_SAMPLES - i) / QUARTER_SAMPLES) * (Math.PI / 2);
      points.push({
        x: cx + horizontal * rx * Math.sin(t),
        y: ySide + vertical * capHeight * Math.cos(t),
      });
    }
  };
  quarterOf(yTop, -1, -1, true); // top apex → top of the left side
  quarterOf(yBottom, 1, -1, false); // bottom of the left side → bottom apex
  quarterOf(yBottom, 1, 1, true); // bottom apex → bottom of the right side
  quarterOf(yTop, -1, 1, false); // top of the right side → top apex
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, lengths, length: lengths[lengths.length - 1]! };
}

/**
 * The point at distance `at` along the track (any number: it wraps round), and the direction of
 * travel there in degrees — the pure equivalent of SVG's `getPointAtLength`.
 */
export function pointOnLoop(track: LoopTrack, at: number): Point & { readonly angle: number } {
  const { points, lengths, length } = track;
  const s = ((at % length) + length) % length;
  let lo = 0;
  let hi = lengths.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  const segment = lengths[hi]! - lengths[lo]!;
  const t = segment === 0 ? 0 : (s - lengths[lo]!) / segment;
  return {
    x: a.x + (b.x - a.x) * t,
    y: a.y + (b.y - a.y) * t,
    angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI,
  };
}

/** Path data for the stretch of track from `from` to `to` (to > from; may run past the start). */
export function trackPath(track: LoopTrack, from: number, to: number): string {
  if (to <= from) return '';
  const { lengths, length } = track;
  const pts: [number, number][] = [];
  const push = (p: Point) => pts.push([round2(p.x), round2(p.y)]);
  push(pointOnLoop(track, from));
  for (let lap = Math.floor(from / length); lap * length < to; lap++) {
    for (let i = 1; i < lengths.length - 1; i++) {
      const s = lap * length + lengths[i]!;
      if (s > from && s < to) push(track.points[i]!);
    }
    const end = (lap + 1) * length;
    if (end > from && end < to) push(track.points[0]!);
  }
  push(pointOnLoop(track, to));
  return line()(pts) ?? '';
}

/**
 * Path data for each partner's half of the loop, leaving a gap of `gaps[0]` at the top crossing and
 * `gaps[1]` at the bottom one (the loop opens there once the couple reconnects).
 */
export function arcPaths(
  track: LoopTrack,
  gaps: readonly [number, number],
): readonly [string, string] {
  const half = track.length / 2;
  const [topGap, bottomGap] = [Math.max(0, gaps[0]) / 2, Math.max(0, gaps[1]) / 2];
  return [
    trackPath(track, topGap, half - bottomGap),
    trackPath(track, half + bottomGap, track.length - topGap),
  ];
}

/** An arrowhead pointing right, centred on the origin, sized for a stroke of `strokeWidth`. */
export function arrowheadPath(strokeWidth: number): string {
  const l = 9 + strokeWidth * 1.1;
  const w = 7 + strokeWidth * 0.9;
  return `M${round2(l / 2)},0L${round2(-l / 2)},${round2(-w)}L${round2(-l / 5)},0L${round2(-l / 2)},${round2(w)}Z`;
}

/** Dashes for partner 1's half of the loop, scaled with the stroke so they read at any weight. */
export function dashesFor(strokeWidth: number): string {
  return `${round2(8 + strokeWidth * 2)} ${round2(5 + strokeWidth * 1.2)}`;
}

export interface CalloutLayout {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly titleY: number;
  readonly lines: readonly string[];
  readonly lineYs: readonly number[];
}

/**
 * Where the full text of a step or layer shows on focus and hover: beside the anchor, on the side
 * facing the middle, kept inside the drawing.
 */
export function calloutLayout(
  layout: LoopLayout,
  anchor: { readonly x: number; readonly y: number; readonly side: 'left' | 'right' },
  title: string,
  text: string,
): CalloutLayout {
  const m = layout.metrics;
  const width = Math.min(m.compact ? 300 : 360, layout.width - 2 * m.pad);
  const inner = width - 24;
  const titleLines = wrapText(title, charBudget(inner, m.smallFont), 1).lines;
  const { lines } = wrapText(text, charBudget(inner, m.font));
  const height = 12 + m.smallLine + 4 + lines.length * m.lineHeight + 10;
  const gap = m.nodeRadius + 10;
  const preferred = anchor.side === 'left' ? anchor.x + gap : anchor.x - gap - width;
  const x = clamp(preferred, m.pad, layout.width - m.pad - width);
  const y = clamp(anchor.y - height / 2, m.pad, layout.height - m.pad - height);
  return {
    x,
    y,
    width,
    height,
    title: titleLines[0] ?? '',
    titleY: y + 10 + m.smallFont,
    lines,
    lineYs: lines.map((_, i) => y + 12 + m.smallLine + 4 + i * m.lineHeight + m.font - 2),
  };
}

/** A text cut to a character budget with "…", for names and one-line labels. */
export function shorten(text: string, budget: number): string {
  const chars = [...text.trim()];
  return chars.length <= budget
    ? chars.join('')
    : `${chars.slice(0, Math.max(1, budget - 1)).join('')}…`;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, value));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
