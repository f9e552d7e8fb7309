/**
 * `loopScene`: what the loop shows of one moment, worked out from the layout and the studio's
 * reading — the step it is on, the pulse's way there, whether the loop is open and which way the
 * partners face; `stepBadges`: each step's repair-window badge, which changes only with the
 * figures (once per round), not with every moment. Pure, so the component only draws.
 */
import { repairInSentence } from '../../core';
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
  /** Which crossing the loop has opened at, once the couple reconnects. */
  readonly open: boolean;
  readonly facing: 'toward' | 'away';
}

/**
 * @example
 * loopScene(layout, reading, false).current?.id; // 'perception'
 */
export function loopScene(layout: LoopLayout, reading: LoopReading, open: boolean): LoopScene {
  const here = stepAt(layout, reading.current);
  // Once the dance has ended there is no step it is on any more.
  const running = reading.phase === 'loop' || reading.phase === 'repairing';
  return {
    current: running ? (here ?? null) : null,
    steps: [
      layout.steps.filter((s) => s.partner === 0),
      layout.steps.filter((s) => s.partner === 1),
    ],
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

/**
 * Each step's badge, by step key: how often a repair there breaks the loop, and whether it is the
 * best place; null when the windows are not shown, or there are no figures to show (both flooded,
 * a round past the analysis), rather than zeros. `names` are the partners', for "Theo’s soft reach".
 *
 * @example
 * stepBadges(layout, windows, ['Theo', 'Maya'])?.get('0:perception')?.text; // "7 in 10 · Theo’s soft reach"
 */
export function stepBadges(
  layout: LoopLayout,
  windows: LoopWindows | null,
  names?: readonly [string, string],
): ReadonlyMap<string, StepBadge> | null {
  if (windows === null || windows.perStep.length === 0) return null;
  const byStep = bestByStep(windows.perStep);
  const { best } = windows;
  return new Map(
    layout.steps.map((step) => {
      const here = byStep.get(step.key);
      const who = here === undefined || names === undefined ? null : names[here.by];
      return [
        step.key,
        {
          text: badgeWords(
            here?.successRate ?? 0,
            who,
            here === undefined ? null : repairInSentence(here.repairId, here.repair),
          ),
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
