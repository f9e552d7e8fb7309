/** The words the DanceLoop speaks: step names for screen readers and repair-window figures. */
import { clamp } from '../clamp';
import type { StepLayout } from './loopSteps';

/** A step's repair-window badge: "7 in 10 · Theo’s soft reach", and whether it is the best window. */
export interface StepBadge {
  readonly text: string;
  readonly best: boolean;
}

/**
 * A badge's words: the figure, then whose repair it is and which (`repair` as it reads inside a
 * sentence: core's `repairInSentence`).
 *
 * @example
 * badgeWords(0.68, 'Theo', 'soft reach'); // "7 in 10 · Theo’s soft reach"
 */
export function badgeWords(rate: number, who: string | null, repair: string | null): string {
  const figure = inTen(rate);
  if (who === null || repair === null) return figure;
  return `${figure} · ${who}’s ${repair}`;
}

/**
 * The step's accessible name.
 *
 * @example
 * stepLabel('Theo', step, null); // "Theo, step 2 of 5, perception: I don't matter to her; I'm just an interruption"
 */
export function stepLabel(name: string, step: StepLayout, badge: StepBadge | null): string {
  const base = `${name}, step ${step.index + 1} of ${step.count}, ${step.caption.toLowerCase()}: ${step.text}`;
  if (badge === null) return base;
  return `${base}; repair window ${badge.text}${badge.best ? ', the best window' : ''}`;
}

/**
 * A share as a natural frequency, the way a couple or a therapist would say it.
 *
 * @example
 * inTen(0.68); // "7 in 10"
 * inTen(0.02); // "<1 in 10"
 */
export function inTen(rate: number): string {
  const tens = Math.round(rate * 10);
  if (tens === 0 && rate > 0) return '<1 in 10';
  return `${clamp(tens, 0, 10)} in 10`;
}

/** Each step's best repair, keyed `${partner}:${step}` like the layout's steps. */
export function bestByStep<T extends { partner: 0 | 1; step: string; successRate: number }>(
  perStep: readonly T[],
): Map<string, T> {
  const best = new Map<string, T>();
  for (const window of perStep) {
    const key = `${window.partner}:${window.step}`;
    const seen = best.get(key);
    if (seen === undefined || window.successRate > seen.successRate) best.set(key, window);
  }
  return best;
}
