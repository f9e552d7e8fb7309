/**
 * The staged reveal a therapist uses to teach the cycle before it plays: both partners' triggers,
 * then their perceptions, reactive emotions and moves, the crossings between them, and last what
 * lies below the line. Stage 0 shows the loop empty; `null` means everything is shown.
 */

export const REVEAL_STAGES = [
  'start',
  'trigger',
  'perception',
  'reactiveEmotion',
  'move',
  'crossings',
  'below',
] as const;
export type RevealStage = (typeof REVEAL_STAGES)[number];

/** What each stage adds, as the Next button and the announcement say it. */
export const REVEAL_WORDS: Record<RevealStage, string> = {
  start: 'The loop, empty',
  trigger: 'Both triggers',
  perception: 'Both perceptions',
  reactiveEmotion: 'Both reactive emotions',
  move: 'Both moves',
  crossings: 'How each move sets off the other’s trigger',
  below: 'Below the line',
};

/** The step after `reveal`: the next stage, or everything (null) after the last. */
export function nextReveal(reveal: number | null): number | null {
  if (reveal === null) return null;
  return reveal + 1 < REVEAL_STAGES.length ? reveal + 1 : null;
}

/** The step before `reveal`; nothing comes before the empty loop. */
export function previousReveal(reveal: number | null): number | null {
  if (reveal === null) return null;
  return Math.max(0, reveal - 1);
}

/**
 * Whether a part of the loop is shown at a stage: `part` is the stage that brings it in.
 *
 * @example
 * isRevealed('perception', 1); // false: only the triggers are shown
 * isRevealed('perception', null); // true: nothing is held back
 */
export function isRevealed(part: RevealStage, reveal: number | null): boolean {
  return reveal === null || REVEAL_STAGES.indexOf(part) <= reveal;
}

/**
 * What the narration says at each stage of a staged reveal, in the map's names: one or two
 * sentences, the cycle as something both are caught in.
 *
 * @example
 * revealNarration('crossings', ['Theo', 'Priya']);
 * // "Each move sets off the other’s trigger: Theo’s move sets off Priya’s trigger, and Priya’s sets off Theo’s. …"
 */
export function revealNarration(stage: RevealStage, [a, b]: readonly [string, string]): string {
  switch (stage) {
    case 'start':
      return `This is the loop ${a} and ${b} get caught in. Next: what sets each of them off.`;
    case 'trigger':
      return 'Both triggers: what each one notices that sets the dance off.';
    case 'perception':
      return 'Both perceptions: what each one tells themselves it means.';
    case 'reactiveEmotion':
      return 'Both reactive emotions: what each one feels on the surface, in the moment.';
    case 'move':
      return 'Both moves: what each one does to protect themselves or the relationship.';
    case 'crossings':
      return `Each move sets off the other’s trigger: ${a}’s move sets off ${b}’s trigger, and ${b}’s sets off ${a}’s. Neither is the problem; the loop is.`;
    case 'below':
      return 'Below the line: what each one feels underneath, fears, and longs for. Press Play to watch the dance.';
  }
}
