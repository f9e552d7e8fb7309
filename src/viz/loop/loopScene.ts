/**
 * `loopScene`: what the loop shows of one moment, worked out from the layout and the studio's
 * reading — the step it is on, the pulse's way there, each step's repair-window badge, whether
 * the loop is open and which way the partners face. Pure, so the component only draws.
 */
import type { LoopReading, LoopWindows } from '../../studio';
import type { StepLayout } from './loopLayout';
import type { LoopLayout } from './loopLayout';
import { badgeWords, bestByStep, type StepBadge } from './loopWords';

export interface PulseTravel {
  /** Distance along the track where the pulse starts and where it stops (may be less: backwards). */
  readonly from: number;
  readonly to: number;
}

export interface LoopScene {
  /** The step the loop is on, while the dance runs (none once it has ended). */
  readonly current: StepLayout | null;
  /** The pulse's way from the last moment's step to this one; null when it does not travel. */
  readonly travel: PulseTravel | null;
  /** Each partner's steps in order. */
  readonly steps: readonly [readonly StepLayout[], readonly StepLayout[]];
  /** Each step's badge, by step key, when the repair windows are shown. */
  readonly badges: ReadonlyMap<string, StepBadge> | null;
  /** Which crossing the loop has opened at, once the couple reconnects. */
  readonly open: boolean;
  readonly facing: 'toward' | 'away';
}

export interface LoopSceneOptions {
  readonly previous: LoopReading | null;
  readonly windows: LoopWindows | null;
  /** Whether the pulse travels (not with reduced motion). */
  readonly animate: boolean;
  readonly open: boolean;
  /** The partners' names, for the badges' "Theo’s soft reach". */
  readonly names?: readonly [string, string];
}

/**
 * @example
 * loopScene(layout, reading, { previous, windows: null, animate: true, open: false }).current?.id; // 'perception'
 */
export function loopScene(
  layout: LoopLayout,
  reading: LoopReading,
  { previous, windows, animate, open, names }: LoopSceneOptions,
): LoopScene {
  const stepAt = (at: LoopReading['current']) =>
    layout.steps.find((s) => s.partner === at.partner && s.index === at.index);
  const here = stepAt(reading.current);
  const there = previous === null ? undefined : stepAt(previous.current);
  const travel =
    animate && reading.phase === 'loop' && here !== undefined
      ? pulseTravel(
          layout.track.length,
          there?.at ?? null,
          here.at,
          previous !== null && previous.turn > reading.turn,
        )
      : null;
  // Once the dance has ended there is no step it is on any more.
  const running = reading.phase === 'loop' || reading.phase === 'repairing';
  return {
    current: running ? (here ?? null) : null,
    travel,
    steps: [
      layout.steps.filter((s) => s.partner === 0),
      layout.steps.filter((s) => s.partner === 1),
    ],
    // No figures to show (both flooded, a round past the analysis): no badges, rather than zeros.
    badges:
      windows === null || windows.perStep.length === 0 ? null : badgesOf(layout, windows, names),
    open,
    facing: reading.phase === 'repairing' || reading.phase === 'reconnected' ? 'toward' : 'away',
  };
}

/** Each step's badge: how often a repair there breaks the loop, and whether it is the best place. */
function badgesOf(
  layout: LoopLayout,
  windows: LoopWindows,
  names: readonly [string, string] | undefined,
): ReadonlyMap<string, StepBadge> {
  const byStep = bestByStep(windows.perStep);
  const { best } = windows;
  return new Map(
    layout.steps.map((step) => {
      const here = byStep.get(step.key);
      const who = here === undefined || names === undefined ? null : names[here.by];
      return [
        step.key,
        {
          text: badgeWords(here?.successRate ?? 0, who, here?.repair ?? null),
          best: best !== null && best.partner === step.partner && best.step === step.id,
        },
      ];
    }),
  );
}

/**
 * The way from the step the loop was on to the one it is on now: forwards round the loop, or
 * backwards when playback stepped back in time.
 *
 * @example
 * pulseTravel(100, 90, 10, false); // { from: 90, to: 110 }: on round the loop, not back across it
 */
export function pulseTravel(
  length: number,
  from: number | null,
  to: number,
  backwards: boolean,
): PulseTravel | null {
  if (from === null) return null;
  const forward = (((to - from) % length) + length) % length;
  if (forward === 0) return null;
  return { from, to: backwards ? from - (length - forward) : from + forward };
}
