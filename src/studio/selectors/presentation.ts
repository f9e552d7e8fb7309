/** Presentation mode and the staged reveal, as screens read them. */
import { REVEAL_STAGES, REVEAL_WORDS, revealNarration, type RevealStage } from '../reveal';
import { danceOf } from './dance';
import type { StudioSnapshot } from '../studio';

export const isPresenting = (s: StudioSnapshot): boolean => s.playback.context.presenting;

/** The stage a staged reveal has reached, or null when the whole cycle is shown. */
export function revealOf(s: StudioSnapshot): RevealStage | null {
  const { reveal } = s.playback.context;
  return reveal === null ? null : (REVEAL_STAGES[reveal] ?? null);
}

/** Whether a staged reveal is under way (Next and Previous move through it). */
export const isRevealing = (s: StudioSnapshot): boolean => s.playback.context.reveal !== null;

/**
 * What Next will show, in words ("Both perceptions"), or "The whole cycle, ready to play" at the
 * last stage; null when no reveal is under way.
 */
export function nextRevealWordsOf(s: StudioSnapshot): string | null {
  const { reveal } = s.playback.context;
  if (reveal === null) return null;
  const next = REVEAL_STAGES[reveal + 1];
  return next === undefined ? 'The whole cycle, ready to play' : REVEAL_WORDS[next];
}

/** What the reveal shows now, in words, for the announcement. */
export function revealWordsOf(s: StudioSnapshot): string | null {
  const stage = revealOf(s);
  return stage === null ? null : REVEAL_WORDS[stage];
}

/** The narration while a staged reveal is under way (instead of the dance's); null otherwise. */
export function revealNarrationOf(s: StudioSnapshot): string | null {
  const stage = revealOf(s);
  const dance = danceOf(s);
  if (stage === null || dance === null) return null;
  const [a, b] = dance.map.partners;
  return revealNarration(stage, [a.name, b.name]);
}
