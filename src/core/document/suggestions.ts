/**
 * Words to start from when mapping a cycle: for each layer, the examples a therapist's worksheet
 * gives (DOMAIN.md §1), to pick and then change into the partner's own words.
 */
import type { Layer, Position } from './vocabulary';

/** What is seen or heard on the surface that sets the sequence off. */
export const TRIGGERS = [
  'a sigh',
  'a closed door',
  'a late reply',
  'a raised voice',
  'silence',
  'eyes on the phone',
  'a sharp tone',
  'a turned back',
] as const;

/** What a partner tells themselves the trigger means, in their own voice. */
export const PERCEPTIONS = [
  'I don’t matter to you',
  'I can never get it right',
  'I’m all alone in this',
  'You don’t want me',
  'I’m about to be blamed again',
  'I’m failing you',
  'This is going to blow up',
] as const;

/** Reactive (secondary) emotions: what shows on the surface, above the line. */
export const REACTIVE_EMOTIONS = [
  'anger',
  'frustration',
  'irritation',
  'numbness',
  'resentment',
  'annoyance',
  'overwhelm',
  'panic',
] as const;

/** Primary (softer) emotions: what is felt underneath, below the line. */
export const PRIMARY_EMOTIONS = [
  'fear',
  'hurt',
  'sadness',
  'shame',
  'loneliness',
  'helplessness',
  'feeling small',
  'feeling unwanted',
] as const;

/** Protest moves: reaching for the other, often in a way the other hears as attack. */
export const PURSUER_MOVES = [
  'criticise',
  'demand',
  'chase',
  'raise my voice',
  'complain',
  'push for an answer',
  'follow from room to room',
  'bring up the past',
] as const;

/** Retreat moves: protecting the bond, or oneself, by stepping back. */
export const WITHDRAWER_MOVES = [
  'go quiet',
  'leave the room',
  'defend',
  'explain',
  'shut down',
  'change the subject',
  'agree just to end it',
  'get busy with something else',
] as const;

/** What a partner is afraid of, below the line. */
export const ATTACHMENT_FEARS = [
  'being abandoned',
  'not mattering',
  'being a failure',
  'being rejected',
  'being alone',
  'not being enough',
  'losing you',
] as const;

/** What a partner longs for: what a repair reaches for. */
export const LONGINGS = [
  'reassurance',
  'closeness',
  'acceptance',
  'appreciation',
  'to be wanted',
  'to know I matter to you',
  'to feel safe with you',
  'comfort',
] as const;

/** One example per layer in a map's own voice, for a field that is still empty. */
export const LAYER_EXAMPLES: Record<Layer, string> = {
  trigger: 'a sigh and a closed door',
  perception: 'I don’t matter to you',
  reactiveEmotion: 'frustration',
  move: 'I criticise and follow you from room to room',
  primaryEmotion: 'hurt and lonely',
  attachmentFear: 'being left on my own',
  longing: 'to know I matter to you',
};

/** Moves that lean towards the other first: pursuing and blaming both protest the distance. */
const PURSUING_POSITIONS: readonly Position[] = ['pursuer', 'blamer'];

/**
 * The suggestions for a layer; for the move, the partner's own position's moves come first, then
 * the others (a mixed position flips between both).
 *
 * @example
 * layerSuggestions('move', 'withdrawer')[0]; // 'go quiet'
 */
export function layerSuggestions(layer: Layer, position: Position): readonly string[] {
  switch (layer) {
    case 'trigger':
      return TRIGGERS;
    case 'perception':
      return PERCEPTIONS;
    case 'reactiveEmotion':
      return REACTIVE_EMOTIONS;
    case 'move':
      return PURSUING_POSITIONS.includes(position)
        ? [...PURSUER_MOVES, ...WITHDRAWER_MOVES]
        : [...WITHDRAWER_MOVES, ...PURSUER_MOVES];
    case 'primaryEmotion':
      return PRIMARY_EMOTIONS;
    case 'attachmentFear':
      return ATTACHMENT_FEARS;
    case 'longing':
      return LONGINGS;
  }
}

/** Layers where several words often belong together ("hurt, loneliness"): a pick adds to the field. */
export const COMBINING_LAYERS: readonly Layer[] = ['reactiveEmotion', 'primaryEmotion', 'longing'];
