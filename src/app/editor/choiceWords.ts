/**
 * Positions and attachment tendencies as the editor offers them: the moves of the dance and what
 * the cycle pulls on, in plain words — never a label on the person (DOMAIN.md §1).
 */
import type { Attachment, Position } from '../../core';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export const POSITION_CHOICES: readonly Choice<Position>[] = [
  { value: 'pursuer', label: 'Pursuing: protesting the distance, criticising, asking for more' },
  { value: 'withdrawer', label: 'Withdrawing: going quiet, defending, stepping away' },
  { value: 'blamer', label: 'Blaming: pushing back hard, looking for what went wrong' },
  { value: 'placater', label: 'Placating: smoothing things over, giving in to keep the peace' },
  { value: 'mixed', label: 'Switching: pursuing, then withdrawing, within one fight' },
];

/** "Not sure" first: naming a tendency is optional, and not naming one is the default. */
export const ATTACHMENT_CHOICES: readonly Choice<Attachment>[] = [
  { value: 'unsure', label: 'Not sure' },
  { value: 'anxious', label: 'Anxious: reads distance as danger and reaches for closeness' },
  { value: 'avoidant', label: 'Avoidant: calms down by stepping back and relying on oneself' },
  { value: 'fearful', label: 'Fearful-avoidant: longs for closeness and braces against it' },
  { value: 'secure', label: 'Secure: can reach out, and can be reached' },
];

export const ATTACHMENT_NOTE =
  'A tendency the cycle pulls on, never a verdict on a person: leave it at “Not sure” if you would rather not name one.';
