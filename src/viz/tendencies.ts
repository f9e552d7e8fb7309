/** Positions and attachment styles in words that describe a tendency, never a verdict on a person (DOMAIN.md §1). */
import type { Attachment, Position } from '../core';

const POSITION_TENDENCY: Record<Position, string> = {
  pursuer: 'tends to pursue',
  withdrawer: 'tends to withdraw',
  blamer: 'tends to blame',
  placater: 'tends to placate',
  mixed: 'tends to switch between pursuing and withdrawing',
};

const ATTACHMENT_TENDENCY: Record<Attachment, string> = {
  anxious: 'anxious attachment tendency',
  avoidant: 'avoidant attachment tendency',
  fearful: 'fearful-avoidant attachment tendency',
  secure: 'secure attachment tendency',
};

export function positionTendency(position: Position): string {
  return POSITION_TENDENCY[position];
}

export function attachmentTendency(attachment: Attachment): string {
  return ATTACHMENT_TENDENCY[attachment];
}
