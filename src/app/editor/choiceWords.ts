/** Positions and attachment tendencies as the editor offers them: tendencies in plain words, never verdicts (DOMAIN.md §1). */
import type { Attachment, Position } from '../../core';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export const POSITION_CHOICES: readonly Choice<Position>[] = [
  { value: 'pursuer', label: 'Tends to pursue (protest, criticise, ask for more)' },
  { value: 'withdrawer', label: 'Tends to withdraw (go quiet, defend, step away)' },
  { value: 'blamer', label: 'Tends to blame (push back hard, look for what went wrong)' },
  { value: 'placater', label: 'Tends to placate (smooth things over, give in to keep the peace)' },
  { value: 'mixed', label: 'Switches between pursuing and withdrawing' },
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
  'A tendency, never a verdict on a person: leave it at “Not sure” if you would rather not name one.';
