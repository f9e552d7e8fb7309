/** The closed vocabularies of a cycle map, named with the words of EFT (DOMAIN.md §1–2). */

/** A partner's usual move in the dance: a tendency, never a verdict on the person. */
export const POSITIONS = ['pursuer', 'withdrawer', 'blamer', 'placater', 'mixed'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * Attachment tendency, shown as a tendency (the research treats it as two continuous dimensions).
 * `unsure` ("not sure") is the default: naming one is optional, and never a verdict.
 */
export const ATTACHMENTS = ['anxious', 'avoidant', 'fearful', 'secure', 'unsure'] as const;
export type Attachment = (typeof ATTACHMENTS)[number];

/** What the other partner sees: the steps of the dance itself, in the order they happen. */
export const ABOVE_THE_LINE = ['trigger', 'perception', 'reactiveEmotion', 'move'] as const;
export type AboveTheLineLayer = (typeof ABOVE_THE_LINE)[number];

/** What stays hidden, and what a repair reaches for. */
export const BELOW_THE_LINE = ['primaryEmotion', 'attachmentFear', 'longing'] as const;
export type BelowTheLineLayer = (typeof BELOW_THE_LINE)[number];

/** All seven layers, in the order a therapist's worksheet asks about them. */
export const LAYERS = [...ABOVE_THE_LINE, ...BELOW_THE_LINE] as const;
export type Layer = AboveTheLineLayer | BelowTheLineLayer;

/** A short label and the worksheet's question for each layer, for forms, views and error messages. */
export const LAYER_INFO: Record<Layer, { label: string; question: string }> = {
  trigger: { label: 'Trigger', question: 'What do I see or hear?' },
  perception: { label: 'Perception', question: 'What do I tell myself it means?' },
  reactiveEmotion: { label: 'Reactive emotion', question: 'What do I feel on the surface?' },
  move: { label: 'Move', question: 'What do I do?' },
  primaryEmotion: { label: 'Primary emotion', question: 'What do I feel underneath?' },
  attachmentFear: { label: 'Attachment fear', question: 'What am I afraid of?' },
  longing: { label: 'Longing', question: 'What do I long for?' },
};

/** The repair moves Cyclemap knows how to play (Gottman's antidotes and EFT's change events). */
export const REPAIR_KINDS = [
  'nameTheCycle',
  'gentleStartUp',
  'softReach',
  'areResponse',
  'takeResponsibility',
  'selfSoothingBreak',
  'humourOrAffection',
] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

/** The kinds that need the other partner to receive them, in catalogue order. */
export const LANDING_KINDS = REPAIR_KINDS.filter(
  (kind): kind is Exclude<RepairKind, 'selfSoothingBreak'> => kind !== 'selfSoothingBreak',
);

export const REPAIR_CATALOGUE: Record<RepairKind, { label: string; description: string }> = {
  nameTheCycle: {
    label: 'Name the cycle',
    description: 'Catch the dance while it happens: "We\'re in our loop again."',
  },
  gentleStartUp: {
    label: 'Gentle start-up',
    description: 'Raise the concern without blame: "I feel … about … I need …"',
  },
  softReach: {
    label: 'Soft reach',
    description: 'Reach from the primary emotion and the longing, not from the anger.',
  },
  areResponse: {
    label: 'Reassuring A.R.E. response',
    description: 'Be accessible, responsive and engaged: "I\'m here. You matter to me."',
  },
  takeResponsibility: {
    label: 'Take responsibility',
    description: "Own one's own part of the moment instead of defending.",
  },
  selfSoothingBreak: {
    label: 'Self-soothing break',
    description:
      'At least 20 minutes apart to let the body calm down, with a promise to come back.',
  },
  humourOrAffection: {
    label: 'Humour or affection',
    description: 'A shared joke, a touch, a kind word that reminds both of the bond.',
  },
};
