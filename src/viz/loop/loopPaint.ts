/** From a snapshot's reading to what the loop's line and figures look like: pure numbers and strings. */
import { round2 } from '../round2';
import type { LoopLayout } from './loopLayout';
import {
  LOOP_COLOURS,
  coldColourOf,
  coldStrokeWidthOf,
  heatColourOf,
  strokeWidthOf,
  type LoopReading,
} from './loopReading';
import { arcPaths, arrowheadPath, dashesFor } from './loopTrack';

/** `heat`: a hot dance running; `cold`: a cold one (both turn away); then the two endings. */
export type LoopTone = 'heat' | 'cold' | 'reconnected' | 'faded';

export interface LoopTargets {
  readonly tone: LoopTone;
  /** Which crossing the loop has opened at (0 top, 1 bottom), once the couple reconnects. */
  readonly openAt: 0 | 1 | null;
  /** The numbers that ease between turns: [heat, top gap, bottom gap, figure offset]. */
  readonly values: readonly [number, number, number, number];
}

/**
 * @example
 * loopTargets(layout, readSnapshot(snapshot)).values; // [0.56, 0, 0, 180]
 */
export function loopTargets(layout: LoopLayout, reading: LoopReading): LoopTargets {
  const { figures, metrics } = layout;
  const { phase, heat } = reading;
  const cold = reading.register === 'cold';
  // The loop opens at the crossing it was heading for: the move that no longer sets off a trigger.
  const openAt = phase === 'reconnected' ? (reading.current.partner === 0 ? 1 : 0) : null;
  // A cold dance is distance: the partners drift apart sooner than heat would push them.
  const apart = cold ? Math.sqrt(heat) : heat;
  const offset =
    phase === 'reconnected'
      ? figures.togetherOffset
      : phase === 'disengaged'
        ? figures.maxOffset
        : figures.calmOffset + (figures.maxOffset - figures.calmOffset) * apart;
  return {
    tone:
      phase === 'reconnected'
        ? 'reconnected'
        : phase === 'disengaged'
          ? 'faded'
          : cold
            ? 'cold'
            : 'heat',
    openAt,
    values: [
      heat,
      openAt === 0 ? metrics.gapMax : 0,
      openAt === 1 ? metrics.gapMax : 0,
      Math.round(offset * 100) / 100,
    ],
  };
}

export interface LoopPaint {
  readonly arcs: readonly [string, string];
  readonly strokeWidth: number;
  readonly colour: string;
  /** Dashes of partner 1's half (partner 0's is solid). */
  readonly dashes: string;
  readonly arrow: string;
  readonly figureX: readonly [number, number];
}

export function loopPaint(
  layout: LoopLayout,
  tone: LoopTone,
  values: readonly number[],
): LoopPaint {
  const [heat = 0, topGap = 0, bottomGap = 0, offset = 0] = values;
  const widthOf = tone === 'cold' ? coldStrokeWidthOf : strokeWidthOf;
  const strokeWidth =
    tone === 'faded' ? 2 : tone === 'reconnected' ? 3 : Math.round(widthOf(heat) * 10) / 10;
  const colour =
    tone === 'faded'
      ? LOOP_COLOURS.faded
      : tone === 'reconnected'
        ? LOOP_COLOURS.reconnected
        : tone === 'cold'
          ? coldColourOf(heat)
          : heatColourOf(heat);
  const cx = layout.centreX;
  return {
    arcs: arcPaths(layout.track, [topGap, bottomGap]),
    strokeWidth,
    colour,
    dashes: tone === 'cold' ? coldDashesFor(heat) : dashesFor(strokeWidth),
    arrow: arrowheadPath(strokeWidth),
    figureX: [round2(cx - offset), round2(cx + offset)],
  };
}

/**
 * Dashes for partner 1's half of a cold loop: as the dance goes quiet the dashes shorten and the
 * gaps between them open, 0 (calm) … 1 (frozen). (Partner 0's half opens too, in danceLoop.css.)
 *
 * @example
 * coldDashesFor(1); // '4 14'
 */
export function coldDashesFor(depth: number): string {
  const d = Math.max(0, Math.min(1, depth));
  return `${round2(10 - 6 * d)} ${round2(6 + 8 * d)}`;
}
