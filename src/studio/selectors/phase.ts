/** The phase of the dance at the moment on screen, as a screen says it. */
import { TAG } from '../../core';
import type { StudioSnapshot } from '../studio';
import { danceOf, indexOf, lastIndexOf, momentOf } from './dance';

/**
 * `playing`: the loop runs; `repairing`: on the repair path; `reconnected` and `disengaged`: the
 * two ways the dance ends by itself; `unresolved`: the talk's time ran out with the loop still
 * running. `null` before a map is loaded.
 */
export type DancePhase = 'playing' | 'repairing' | 'reconnected' | 'disengaged' | 'unresolved';

/**
 * @example
 * phaseOf(studio.getSnapshot()); // 'playing'
 */
export function phaseOf(s: StudioSnapshot): DancePhase | null {
  const moment = momentOf(s);
  if (moment === null) return null;
  if (moment.hasTag(TAG.reconnected)) return 'reconnected';
  if (moment.hasTag(TAG.disengaged)) return 'disengaged';
  if (moment.hasTag(TAG.repairing)) return 'repairing';
  return indexOf(s) === lastIndexOf(s) && danceOf(s) !== null ? 'unresolved' : 'playing';
}

/** Whether a repair can be tried now: only while the loop runs (not on the repair path, not after). */
export function canRepair(s: StudioSnapshot): boolean {
  return momentOf(s)?.hasTag(TAG.loop) === true;
}

export type OutcomeWord = 'Reconnected' | 'Disengaged' | 'Unresolved';

const OUTCOME_WORDS: Partial<Record<DancePhase, OutcomeWord>> = {
  reconnected: 'Reconnected',
  disengaged: 'Disengaged',
  unresolved: 'Unresolved',
};

/** The word a screen shows for how the dance ended, once it has (the talk's time running out included). */
export function outcomeWordOf(s: StudioSnapshot): OutcomeWord | null {
  const phase = phaseOf(s);
  return phase === null ? null : (OUTCOME_WORDS[phase] ?? null);
}
