/** Positions and attachment styles in words that describe a tendency, never a verdict on a person (DOMAIN.md §1). */
import type { Attachment, Position } from '../core';

const POSITION_TENDENCY: Record<Position, string> = {
  pursuer: 'tends to pursue',
  withdrawer: 'tends to withdraw',
  blamer: 'tends to blame',
  placater: 'tends to placate',
  mixed: 'tends to switch between pursuing and withdrawing',
};

const ATTACHMENT_TENDENCY: Record<Exclude<Attachment, 'unsure'>, string> = {
  anxious: 'anxious attachment tendency',
  avoidant: 'avoidant attachment tendency',
  fearful: 'fearful-avoidant attachment tendency',
  secure: 'secure attachment tendency',
};

export function positionTendency(position: Position): string {
  return POSITION_TENDENCY[position];
}

/** The attachment tendency in words, or null when the map does not name one ("not sure"). */
export function attachmentTendency(attachment: Attachment): string | null {
  return attachment === 'unsure' ? null : ATTACHMENT_TENDENCY[attachment];
}
