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
  /** Each partner's steps in order. */
  readonly steps: readonly [readonly StepLayout[], readonly StepLayout[]];
  /** Each step's badge, by step key, when the repair windows are shown. */
  readonly badges: ReadonlyMap<string, StepBadge> | null;
  /** Which crossing the loop has opened at, once the couple reconnects. */
  readonly open: boolean;
  readonly facing: 'toward' | 'away';
}

export interface LoopSceneOptions {
  readonly windows: LoopWindows | null;
  readonly open: boolean;
  /** The partners' names, for the badges' "Theo’s soft reach". */
  readonly names?: readonly [string, string];
}

/**
 * @example
 * loopScene(layout, reading, { windows: null, open: false }).current?.id; // 'perception'
 */
export function loopScene(
  layout: LoopLayout,
  reading: LoopReading,
  { windows, open, names }: LoopSceneOptions,
): LoopScene {
  const here = stepAt(layout, reading.current);
  // Once the dance has ended there is no step it is on any more.
  const running = reading.phase === 'loop' || reading.phase === 'repairing';
  return {
    current: running ? (here ?? null) : null,
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

function stepAt(layout: LoopLayout, at: LoopReading['current']): StepLayout | undefined {
  return layout.steps.find((s) => s.partner === at.partner && s.index === at.index);
}

/**
 * The pulse's way to the moment `reading` from the one before, or null when it does not travel
 * (reduced motion, or the dance has ended or is repairing). Apart from the scene, so a turn can
 * send the pulse off before the rest of the loop is redrawn.
 *
 * @example
 * sceneTravel(layout, reading, previous, true); // { from: 0, to: 212.4 }
 */
export function sceneTravel(
  layout: LoopLayout,
  reading: LoopReading,
  previous: LoopReading | null,
  animate: boolean,
): PulseTravel | null {
  const here = stepAt(layout, reading.current);
  if (!animate || reading.phase !== 'loop' || here === undefined) return null;
  const there = previous === null ? undefined : stepAt(layout, previous.current);
  return pulseTravel(
    layout.track.length,
    there?.at ?? null,
    here.at,
    previous !== null && previous.turn > reading.turn,
  );
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
