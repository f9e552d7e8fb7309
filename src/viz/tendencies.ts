/**
 * A partner's position and attachment in words that describe the cycle's moves and what it pulls
 * on — never a trait or a verdict on the person (DOMAIN.md §1): "Theo’s move in the cycle:
 * pursuing — protesting the distance, to be heard", not "tends to pursue".
 */
import type { Attachment, Position } from '../core';

/** Words for one line about a partner: a lead naming them, the key word (glossed), and what it is for. */
export interface CycleWords {
  readonly lead: string;
  readonly word: string;
  readonly rest: string;
}

const MOVES: Record<Position, { readonly word: string; readonly rest: string }> = {
  pursuer: { word: 'pursuing', rest: 'protesting the distance, to be heard and to close it' },
  withdrawer: { word: 'withdrawing', rest: 'going quiet, to keep things from getting worse' },
  blamer: { word: 'blaming', rest: 'pushing back hard, to be heard' },
  placater: { word: 'placating', rest: 'smoothing things over, to keep the peace' },
  mixed: {
    word: 'pursuing, then withdrawing',
    rest: 'reaching out and pulling back within one fight',
  },
};

const PULLS: Record<
  Exclude<Attachment, 'unsure'>,
  { readonly word: string; readonly rest: string }
> = {
  anxious: { word: 'anxious attachment', rest: 'distance feels like danger' },
  avoidant: { word: 'avoidant attachment', rest: 'calm comes from stepping back' },
  fearful: {
    word: 'fearful-avoidant attachment',
    rest: 'longing for closeness, and bracing against it',
  },
  secure: { word: 'secure attachment', rest: 'able to reach out, and to be reached' },
};

/**
 * @example
 * moveInCycle('Rosa', 'blamer'); // { lead: 'Rosa’s move in the cycle: ', word: 'blaming', rest: ' — pushing back hard, to be heard' }
 */
export function moveInCycle(name: string, position: Position): CycleWords {
  const { word, rest } = MOVES[position];
  return { lead: `${name}’s move in the cycle: `, word, rest: ` — ${rest}` };
}

/** What the cycle pulls on in the partner, or null when the map does not name it ("not sure"). */
export function pullOfCycle(name: string, attachment: Attachment): CycleWords | null {
  if (attachment === 'unsure') return null;
  const { word, rest } = PULLS[attachment];
  const lead =
    attachment === 'secure'
      ? `What ${name} brings to the cycle: `
      : `What the cycle pulls on in ${name}: `;
  return { lead, word, rest: ` — ${rest}` };
}
