/**
 * The loop's state word changing, said as a sentence. Keyed by the word itself, so the hot words
 * of a fight (Calm, Tense, Escalating, Deep in the cycle) and the cold words of a dance that
 * withdraws (Calm, Quiet, Distant, Frozen) are each said in their own way.
 */
import type { News } from './news';

interface CueSentences {
  /** 0 for calm, up to 3 for the deepest word of either register. */
  readonly depth: number;
  /** The dance has moved deeper into this word. */
  readonly deeper: string;
  /** The dance has eased back to this word. */
  readonly easing: string;
}

export const CUE_SENTENCES: Readonly<Record<string, CueSentences>> = {
  Calm: {
    depth: 0,
    deeper: 'The dance is calm.',
    easing: 'The dance settles back to calm.',
  },
  Tense: {
    depth: 1,
    deeper: 'The dance grows tense.',
    easing: 'The dance eases a little, though it is still tense.',
  },
  Escalating: {
    depth: 2,
    deeper: 'The dance is escalating.',
    easing: 'The dance cools a little, though it is still escalating.',
  },
  'Deep in the cycle': {
    depth: 3,
    deeper: 'The dance is deep in the cycle now.',
    easing: 'The dance is still deep in the cycle.',
  },
  Quiet: {
    depth: 1,
    deeper: 'The dance goes quiet.',
    easing: 'A little warmth comes back, though the dance is still quiet.',
  },
  Distant: {
    depth: 2,
    deeper: 'The dance goes quiet and distant.',
    easing: 'The distance eases a little, though the dance is still distant.',
  },
  Frozen: {
    depth: 3,
    deeper: 'The dance has frozen: the distance is at its deepest.',
    easing: 'The dance is still frozen.',
  },
};

const depthOf = (cue: string) => CUE_SENTENCES[cue]?.depth ?? 0;

/** Moments an easier word must hold before the narration says the dance has eased. */
const EASING_HOLD = 3;

/**
 * The loop's word as the narration tells it at each moment, given the word each moment shows. A
 * deeper word is told at once; an easing only once it has held for three moments, so a word
 * that flickers is not announced and taken back.
 *
 * @example
 * toldCues(['Calm', 'Tense', 'Calm', 'Tense', 'Calm', 'Calm', 'Calm']);
 * // ['Calm', 'Tense', 'Tense', 'Tense', 'Tense', 'Tense', 'Calm']
 */
export function toldCues(shown: readonly string[]): string[] {
  const told: string[] = [];
  shown.forEach((cue, i) => {
    const last = told[i - 1];
    const held = shown.slice(Math.max(0, i - EASING_HOLD + 1), i + 1).every((c) => c === cue);
    told.push(last !== undefined && depthOf(cue) < depthOf(last) && !held ? last : cue);
  });
  return told;
}

/**
 * The change of the loop's told word from one moment to the next, if it changed.
 *
 * @example
 * cueNews('Escalating', 'Tense')?.full; // ['The dance is escalating.']
 * cueNews('Tense', 'Escalating')?.full; // ['The dance eases a little, though it is still tense.']
 */
export function cueNews(now: string, before: string | null): News | null {
  if (before === null || before === now) return null;
  const words = CUE_SENTENCES[now];
  const sentence =
    words === undefined
      ? `The dance now reads: ${now}.`
      : depthOf(now) >= depthOf(before)
        ? words.deeper
        : words.easing;
  return { full: [sentence], essential: false };
}
