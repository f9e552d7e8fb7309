/**
 * The terms the glossary explains: each one's id (its address, `#/glossary/<id>`) and its name.
 * The explanations themselves live with the glossary page, which loads when opened.
 */

export const GLOSSARY_TERMS = {
  cycle: 'The cycle (dance of distress)',
  'the-line': 'Above and below the line',
  trigger: 'Trigger',
  perception: 'Perception',
  'reactive-emotion': 'Reactive emotion',
  move: 'Move',
  'primary-emotion': 'Primary emotion',
  'attachment-fear-and-longing': 'Attachment fear and longing',
  'pursuer-withdrawer': 'Pursuer and withdrawer',
  attachment: 'Attachment',
  'demon-dialogues': 'The three demon dialogues',
  'loop-state': 'The loop’s state: calm to deep, or calm to frozen',
  flooding: 'Flooding and the flood line',
  'negative-sentiment-override': 'Negative sentiment override',
  are: 'A.R.E.: accessible, responsive, engaged',
  repair: 'Repair',
  'self-soothing-break': 'Self-soothing break',
  'repair-windows': 'Repair windows',
  'therapist-present': 'Therapist present (co-regulation)',
  inertia: 'Emotional inertia',
  'set-point': 'Set point',
  influence: 'Influence',
  'steady-state': 'Steady states, nullclines and the phase plane',
  seed: 'Seed',
  'rounds-and-turns': 'Rounds and turns',
  endings: 'Reconnected, Disengaged, Unresolved',
} as const;

export type GlossaryId = keyof typeof GLOSSARY_TERMS;

export const GLOSSARY_IDS = Object.keys(GLOSSARY_TERMS) as GlossaryId[];

/**
 * The address of a term's entry (the app's routes read it back as the glossary page at that term).
 *
 * @example
 * glossaryHref('flooding'); // '#/glossary/flooding'
 */
export function glossaryHref(id?: GlossaryId): string {
  return id === undefined ? '#/glossary' : `#/glossary/${id}`;
}
