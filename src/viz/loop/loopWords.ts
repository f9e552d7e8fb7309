/** The words the DanceLoop speaks: step names for screen readers and repair-window figures. */
import { clamp } from '../clamp';
import type { StepLayout } from './loopSteps';

/** A step's repair-window badge: "7 in 10", and whether it is the best window. */
export interface StepBadge {
  readonly text: string;
  readonly best: boolean;
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

/** Each step's best success rate, keyed `${partner}:${step}` like the layout's steps. */
export function ratesOf(
  perStep: readonly { partner: 0 | 1; step: string; successRate: number }[],
): Map<string, number> {
  const rates = new Map<string, number>();
  for (const { partner, step, successRate } of perStep) {
    const key = `${partner}:${step}`;
    rates.set(key, Math.max(rates.get(key) ?? 0, successRate));
  }
  return rates;
}
